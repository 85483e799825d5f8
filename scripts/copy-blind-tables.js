#!/usr/bin/env node
'use strict';
// Copies a blind-round table as an office copies it from a web page: each
// test/fixtures/<round>/<name>.html (the real cells of a published table, see SOURCES.md there)
// is opened in Debian's Chromium, the page's body is selected and its text taken as the browser
// puts it on the clipboard (cells separated by tabs, rows by line breaks, a cell's paragraphs on
// lines of their own), written to <name>.copied.txt. Run it again only when an .html changes; the
// copies are committed so that the test reads the same text everywhere.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { withChromium, copiedText } = require('./blind-browser');

// Usage: node scripts/copy-blind-tables.js <round folder under test/fixtures, e.g. blind-6> <name…>
const [round, ...names] = process.argv.slice(2);
if (!round || names.length === 0) {
  console.error('usage: node scripts/copy-blind-tables.js <blind-6|…> <name…>');
  process.exit(2);
}
const dir = path.join(__dirname, '..', 'test', 'fixtures', round);

withChromium(async (page) => {
  for (const name of names) {
    await page.goto(pathToFileURL(path.join(dir, `${name}.html`)).href);
    fs.writeFileSync(path.join(dir, `${name}.copied.txt`), await copiedText(page));
    console.log(`${name}.copied.txt`);
  }
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
