#!/usr/bin/env node
'use strict';
// Copies a blind-round table as an office copies it from a web page: each
// test/fixtures/<round>/<name>.html (the real cells of a published table, see SOURCES.md there)
// is opened in Debian's Chromium, the page's body is selected and its text taken as the browser
// puts it on the clipboard (cells separated by tabs, rows by line breaks, a cell's paragraphs on
// lines of their own), written to <name>.copied.txt. Run it again only when an .html changes; the
// copies are committed so that the test reads the same text everywhere.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

// Usage: node scripts/copy-blind-tables.js <round folder under test/fixtures, e.g. blind-6> <name…>
const [round, ...names] = process.argv.slice(2);
if (!round || names.length === 0) {
  console.error('usage: node scripts/copy-blind-tables.js <blind-6|…> <name…>');
  process.exit(2);
}
const dir = path.join(__dirname, '..', 'test', 'fixtures', round);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'blind-copy-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    for (const name of names) {
      await page.goto(pathToFileURL(path.join(dir, `${name}.html`)).href);
      const text = await page.evaluate(() => {
        const selection = window.getSelection();
        selection.selectAllChildren(document.body);
        return selection.toString();
      });
      fs.writeFileSync(path.join(dir, `${name}.copied.txt`), text.endsWith('\n') ? text : `${text}\n`);
      console.log(`${name}.copied.txt`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
