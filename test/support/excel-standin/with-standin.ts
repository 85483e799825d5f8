import type { ExcelStandin } from './globals';

/** Runs `action` with the stand-in installed as the globals Excel and Office, restoring them after. */
export async function withStandin<T>(standin: ExcelStandin, action: () => Promise<T>): Promise<T> {
  const restore = standin.install();
  try {
    return await action();
  } finally {
    restore();
  }
}
