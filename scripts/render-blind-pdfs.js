#!/usr/bin/env node
'use strict';
// Renders the blind-round tables that an office would receive as PDF: each
// test/fixtures/<round>/<name>.html (the real cells of a published table, see SOURCES.md there)
// is printed to <name>.pdf by LibreOffice Writer, as a notice's attachment is (A4, header row
// repeated on each page, Noto CJK fonts). Run it again only when an .html changes; the PDFs are
// committed so that the test reads the same bytes everywhere.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

// Usage: node scripts/render-blind-pdfs.js <round folder under test/fixtures, e.g. blind-5> [name…]
const [round, ...only] = process.argv.slice(2);
if (!round) {
  console.error('usage: node scripts/render-blind-pdfs.js <blind-4|blind-5|…> [name…]');
  process.exit(2);
}
const dir = path.join(__dirname, '..', 'test', 'fixtures', round);
const names = only.length ? only : fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5));
for (const name of names) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
      '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, path.join(dir, `${name}.html`)], { stdio: 'inherit', timeout: 180000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${name}.pdf`);
}
