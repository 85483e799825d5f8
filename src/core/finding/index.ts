// The finding concept: other parts of the code import it through this file.
export * from './finding';
export * from './messages';
