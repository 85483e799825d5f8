#!/usr/bin/env node
'use strict';
// Saves the blind rounds' tables as the workbook an office receives as a notice's attachment: each
// test/fixtures/<round>/<name>.html (the real cells of a published table, see SOURCES.md there) is
// opened by LibreOffice Calc (merged cells stay merged, a cell's <br> lines stay in the cell) and
// saved as test/fixtures/xlsx-forms/<round>--<name>.xlsx. Run it again only when an .html changes;
// the workbooks are committed so the test reads the same bytes everywhere.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const fixtures = path.join(__dirname, '..', 'test', 'fixtures');
const out = path.join(fixtures, 'xlsx-forms');
const rounds = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(fixtures).filter((d) => /^(?:blind|dev)-\w+$/.test(d)).sort();
fs.mkdirSync(out, { recursive: true });
for (const round of rounds) {
  const dir = path.join(fixtures, round);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const name = `${round}--${file.slice(0, -5)}`;
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xlsx-'));
    try {
      fs.copyFileSync(path.join(dir, file), path.join(work, `${name}.html`));
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--norestore',
        '--infilter=HTML (StarCalc)', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, path.join(work, `${name}.html`)], { stdio: 'ignore', timeout: 180000 });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    console.log(`${name}.xlsx`);
  }
}
