// The ledger concept: other parts of the code import it through this file.
export * from './ledger-build';
export * from './ledger-category';
export * from './ledger-check';
export * from './ledger-fields';
export * from './ledger-finding-place';
export * from './ledger-grid';
export * from './ledger-read-reports';
export * from './ledger-read-sheets';
export * from './ledger-read-tasks';
export * from './ledger-read';
export * from './ledger-status';
export * from './ledger';
export * from './status-words';
export * from './task';
export * from './reimport';
export * from './task-match';
export * from './task-field-text';
