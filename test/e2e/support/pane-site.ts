/**
 * The built pane and the stand-in script, built once per run of a test file. With
 * PANE_BUILD_DIR set, a build already in that directory is reused (handy while working on the
 * tests; remove the directory after changing src/). office.js is referenced by a relative URL,
 * so one build serves any port.
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

export async function paneSite(): Promise<PaneSite> {
  const kept = process.env.PANE_BUILD_DIR;
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
