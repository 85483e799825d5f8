#!/usr/bin/env node
'use strict';
// Prints the blind rounds' prose breakdowns as the PDF of a notice: each test/fixtures/<round>/<name>.txt
// whose expected result says `"kind": "prose"` becomes test/fixtures/prose-pdf/<round>--<name>.pdf, every
// line of the text a paragraph of its own (A4, Noto Serif CJK 16 pt, justified), printed by LibreOffice
// Writer; and <round>--<name>.indented.pdf, each paragraph's first line set in 2 characters, as 公文 are set
// (the flat one is the harder: only the words show where a paragraph starts); and, for each, <…>.copied.txt,
// the text copied out of the PDF (pdftotext: the printed lines, wrapped at the measure). The words are the real text, unchanged;
// the PDF adds what a PDF does to them: lines wrapped at the measure, paragraphs cut by page breaks.
// Run it again only when a prose .txt changes; the PDFs are committed so the test reads the same bytes.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const fixtures = path.join(__dirname, '..', 'test', 'fixtures');
const out = path.join(fixtures, 'prose-pdf');
fs.mkdirSync(out, { recursive: true });
const rounds = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(fixtures).filter((d) => /^blind-\d+$/.test(d)).sort();
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const style = (indent) => `margin:0;text-indent:${indent}pt;text-align:justify;font-family:'Noto Serif CJK SC';font-size:16pt;line-height:150%`;
const FORMS = [['', 0], ['.indented', 32]];

for (const round of rounds) {
  const dir = path.join(fixtures, round);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (expected.kind !== 'prose' || !expected.form.endsWith('.txt')) continue;
    const lines = fs.readFileSync(path.join(dir, expected.form), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
    for (const [suffix, indent] of FORMS) {
      const name = `${round}--${expected.document}${suffix}`;
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:3.7cm 2.6cm 3.5cm 2.8cm}</style></head><body>\n`
        + lines.map((l) => `<p style="${style(indent)}">${escape(l.trim())}</p>`).join('\n') + '\n</body></html>\n';
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prose-pdf-'));
      try {
        fs.writeFileSync(path.join(work, `${name}.html`), html);
        execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--norestore',
          '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', out, path.join(work, `${name}.html`)], { stdio: 'ignore', timeout: 180000 });
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
      // The text a person copies out of that PDF: its printed lines (poppler's pdftotext).
      execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(out, `${name}.pdf`), path.join(out, `${name}.copied.txt`)]);
      console.log(`${name}.pdf, ${name}.copied.txt`);
    }
  }
}
