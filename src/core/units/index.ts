// The units concept: other parts of the code import it through this file.
export * from './reporting-units';
export * from './unit-aliases';
export * from './unit-names';
export * from './unit-resolve';
export * from './unit-rules';
export * from './units';
