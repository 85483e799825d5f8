// Removes the test run's shared folder (test/global-setup.ts).
import * as fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TL_TEST_RUN_DIR) fs.rmSync(process.env.TL_TEST_RUN_DIR, { recursive: true, force: true });
}
