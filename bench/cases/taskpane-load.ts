/**
 * What the first screen really loads: taskpane.html opened in Chromium from the built folder,
 * every http(s) request (office.js from its CDN) refused, and every JavaScript file the page asks
 * for until it has been idle for a second and a half.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { openBrowser } from '../../test/e2e/support/browser';

const SETTLE_MS = 1500;

/** File names (relative to `dir`) of the scripts the page loaded, office.js excluded. */
export async function scriptsLoadedOnOpen(dir: string): Promise<string[]> {
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.route(/^https?:/, (route) => route.abort());
    const loaded: string[] = [];
    const root = pathToFileURL(dir).href + '/';
    page.on('requestfinished', (request) => {
      const url = request.url();
      if (url.startsWith(root) && url.endsWith('.js')) loaded.push(decodeURIComponent(url.slice(root.length)));
    });
    await page.goto(pathToFileURL(path.join(dir, 'taskpane.html')).href, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    await page.close();
    return [...new Set(loaded)].sort();
  } finally {
    await browser.close();
  }
}
