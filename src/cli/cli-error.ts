/** An error the CLI shows to the user in Chinese and maps to an exit code (2: bad input). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
