// The text concept: other parts of the code import it through this file.
export * from './invisible-chars';
export * from './links';
export * from './radicals';
