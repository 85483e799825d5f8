// One folder per test run, shared by every suite's worker: built artefacts that several suites
// need (the production pane build) are made once in it (see test/e2e/support/pane-site.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export default async function globalSetup(): Promise<void> {
  process.env.TL_TEST_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-test-run-'));
}
