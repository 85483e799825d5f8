#!/usr/bin/env node
'use strict';
// Saves the blind rounds' tables as the Office file an office receives as a notice's attachment: each
// test/fixtures/<round>/<name>.html (the real cells of a published table, see SOURCES.md there) is
// opened by LibreOffice — Calc for `xlsx` (merged cells stay merged, a cell's <br> lines stay in the
// cell), Writer for `docx` — and saved as test/fixtures/<xlsx|docx>-forms/<round>--<name>.<xlsx|docx>.
// Usage: node scripts/render-blind-office.js <xlsx|docx> [round…]. Run it again only when an .html
// changes; the files are committed so the tests read the same bytes everywhere.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const fixtures = path.join(__dirname, '..', 'test', 'fixtures');
const [format, ...asked] = process.argv.slice(2);
const FILTERS = { xlsx: ['HTML (StarCalc)', 'xlsx:Calc MS Excel 2007 XML'], docx: ['HTML (StarWriter)', 'docx:MS Word 2007 XML'] };
if (!FILTERS[format]) {
  console.error('usage: node scripts/render-blind-office.js <xlsx|docx> [round…]');
  process.exit(2);
}
const out = path.join(fixtures, `${format}-forms`);
const rounds = asked.length ? asked : fs.readdirSync(fixtures).filter((d) => /^(?:blind|dev)-\w+$/.test(d)).sort();
fs.mkdirSync(out, { recursive: true });
for (const round of rounds) {
  const dir = path.join(fixtures, round);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const name = `${round}--${file.slice(0, -5)}`;
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-office-'));
    try {
      fs.copyFileSync(path.join(dir, file), path.join(work, `${name}.html`));
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--norestore',
        `--infilter=${FILTERS[format][0]}`, '--convert-to', FILTERS[format][1], '--outdir', out, path.join(work, `${name}.html`)], { stdio: 'ignore', timeout: 180000 });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    console.log(`${name}.${format}`);
  }
}
