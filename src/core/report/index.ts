// The report concept: other parts of the code import it through this file.
export * from './light';
export * from './status-table-heading';
export * from './status-table-title';
export * from './status-table';
export * from './summary';
export * from './unit-summary';
export * from './unit-part';
