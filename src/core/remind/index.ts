// The remind concept (催报通知): other parts of the code import it through this file.
export * from './reminder';
