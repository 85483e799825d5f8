// The deadline concept: other parts of the code import it through this file.
export * from './deadline-check';
export * from './deadline-due';
export * from './deadline-formula';
export * from './deadline-in-text';
export * from './deadline-mentions';
export * from './deadline-normalize';
export * from './deadline-range';
export * from './deadline-recurring';
export * from './deadline-term';
export * from './deadline';
export * from './iso-date';
