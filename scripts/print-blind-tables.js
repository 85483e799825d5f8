#!/usr/bin/env node
'use strict';
// Prints the blind rounds' tables as a browser prints them: each test/fixtures/<round>/<name>.html
// (the real cells of a published table, see SOURCES.md there) is opened in Debian's Chromium and
// printed to test/fixtures/browser/<round>--<name>.pdf (A4 landscape, the header repeated on each
// page, Noto CJK), and its text copied as an office copies it from the page (the body selected, the
// selection's text as the browser puts it on the clipboard: cells separated by tabs, a cell's line
// breaks and paragraphs on lines of their own) to <round>--<name>.copied.txt. A PDF from another producer than LibreOffice: its rules are filled rectangles and
// its text comes in other pieces, as PDFs saved from a browser or WPS do. Run it again only when an
// .html changes; the PDFs are committed so the test reads the same bytes everywhere.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { withChromium, copiedText } = require('./blind-browser');

const fixtures = path.join(__dirname, '..', 'test', 'fixtures');
const out = path.join(fixtures, 'browser');
const rounds = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(fixtures).filter((d) => /^blind-\d+$/.test(d)).sort();
const STYLE = `table{border-collapse:collapse}td,th{font-family:'Noto Sans CJK SC';font-size:10.5pt;vertical-align:middle}`;

fs.mkdirSync(out, { recursive: true });
withChromium(async (page) => {
  for (const round of rounds) {
    const dir = path.join(fixtures, round);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const name = file.slice(0, -5);
      await page.goto(pathToFileURL(path.join(dir, file)).href);
      fs.writeFileSync(path.join(out, `${round}--${name}.copied.txt`), await copiedText(page));
      await page.addStyleTag({ content: STYLE });
      await page.pdf({ path: path.join(out, `${round}--${name}.pdf`), format: 'A4', landscape: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
      console.log(`${round}--${name}.pdf, .copied.txt`);
    }
  }
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
