/**
 * The built pane and the stand-in script, built once per test run: the first suite that asks
 * builds them into the run's shared folder (TL_TEST_RUN_DIR, from test/global-setup.js) while
 * the others wait for it. With PANE_BUILD_DIR set, a build already in that directory is reused
 * across runs (handy while working on the tests; remove the directory after changing src/).
 * office.js is referenced by a relative URL, so one build serves any port.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildPane, buildStandinScript } from './build-pane';

export const OFFICE_JS_PATH = 'office-js/office.js';

export interface PaneSite {
  /** The built pages (taskpane.html …). */
  site: string;
  /** The stand-in's browser script, to serve in office.js's place. */
  standinScript: string;
  cleanup(): void;
}

const BUILT = 'built';
const WAIT_MS = 500;
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

/** Builds into `dir` once across the run's processes: a lock folder says who builds, a marker file that it is done. */
async function buildOnce(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const done = path.join(dir, BUILT);
  const lock = path.join(dir, 'building');
  for (const start = Date.now(); !fs.existsSync(done); await new Promise((r) => setTimeout(r, WAIT_MS))) {
    if (Date.now() - start > BUILD_TIMEOUT_MS) throw new Error(`the shared pane build in ${dir} did not finish`);
    try {
      fs.mkdirSync(lock);
    } catch {
      continue; // another suite is building
    }
    try {
      await buildPane(path.join(dir, 'site'), OFFICE_JS_PATH);
      await buildStandinScript(path.join(dir, 'standin'));
      fs.writeFileSync(done, '');
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

export async function paneSite(): Promise<PaneSite> {
  const kept = process.env.PANE_BUILD_DIR;
  const run = process.env.TL_TEST_RUN_DIR;
  if (!kept && run) {
    const shared = path.join(run, 'pane');
    await buildOnce(shared);
    const standinScript = fs.readFileSync(path.join(shared, 'standin', 'standin-office.js'), 'utf8');
    return { site: path.join(shared, 'site'), standinScript, cleanup: () => undefined };
  }
  const dir = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-pane-site-'));
  const site = path.join(dir, 'site');
  const standin = path.join(dir, 'standin');
  if (!kept || !fs.existsSync(path.join(site, 'taskpane.html'))) await buildPane(site, OFFICE_JS_PATH);
  if (!kept || !fs.existsSync(path.join(standin, 'standin-office.js'))) await buildStandinScript(standin);
  return {
    site,
    standinScript: fs.readFileSync(path.join(standin, 'standin-office.js'), 'utf8'),
    cleanup: () => { if (!kept) fs.rmSync(dir, { recursive: true, force: true }); },
  };
}
