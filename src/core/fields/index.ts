// The field registry: other parts of the code import it through this file.
export * from './task-fields';
