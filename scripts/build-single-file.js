#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
// Writes dist/任务台账助手.html: the task pane as one self-contained page that works from file://
// with no network (WPS users, intranets, a machine without internet). Made from the production
// build in dist/web (`npm run build` runs this after webpack), nothing compiled again:
// - taskpane.css goes in a <style>; taskpane.js and every chunk it may load later (ExcelJS,
//   JSZip, the importer, pdfjs with its worker, cMaps and standard fonts — already inlined into
//   the chunks, see src/taskpane/pdf-pages.ts) go in <script> elements at the end of <body>. The
//   chunks come first: each one registers its modules in webpack's chunk list, so the pane's
//   `import()` finds them installed and never asks for a file.
// - There is no office.js here (its <meta> is dropped): with no URL the pane starts on files at
//   once (src/taskpane/taskpane.ts) and nothing points at the network.
// - help.html goes in a <script type="text/html" id="help-page">; the header's 使用说明 link opens
//   that copy (src/taskpane/help-link.ts).
// - The licence notices webpack put beside the chunks (*.LICENSE.txt) are kept in a comment.
//
// Usage: node scripts/build-single-file.js [site folder, default dist/web] [output file, default dist/任务台账助手.html]
const fs = require('fs');
const path = require('path');

const SINGLE_FILE_NAME = '任务台账助手.html';
const ENTRY = 'taskpane.js';

/** Replaces the one match of `pattern` in `text`; throws when it matches none or several times. */
function replaceOnce(text, pattern, replacement, what) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const count = (text.match(global) ?? []).length;
  if (count !== 1) throw new Error(`taskpane.html: expected one ${what}, found ${count}`);
  return text.replace(pattern, () => replacement);
}

/**
 * Script text that the HTML parser cannot end early: `</script`, `<script` and `<!--` only occur
 * in the bundles inside strings and regular expressions, where `\x3C` is the same `<`.
 */
function scriptText(js) {
  return js
    .replace(/^\/\/# sourceMappingURL=.*$/gm, '')
    .replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

/** The chunk files the entry's runtime names (`[name].[contenthash:8].js`, see webpack.config.js). */
function chunksOf(siteDir, entryJs) {
  return fs.readdirSync(siteDir)
    .filter((file) => /^.+\.([0-9a-f]{8})\.js$/.test(file))
    .filter((file) => entryJs.includes(`"${/\.([0-9a-f]{8})\.js$/.exec(file)[1]}"`))
    .sort();
}

/** Builds the single page from a pane build in `siteDir`; returns its size and what it holds. */
function buildSingleFile(siteDir, outFile) {
  const read = (file) => fs.readFileSync(path.join(siteDir, file), 'utf8');
  const entryJs = read(ENTRY);
  const chunks = chunksOf(siteDir, entryJs);
  if (chunks.length === 0) throw new Error(`${siteDir}: ${ENTRY} names no chunk file`);
  const scripts = [...chunks, ENTRY];
  const help = read('help.html');
  if (/<\/script|<!--/i.test(help)) throw new Error('help.html cannot be embedded: it holds “</script” or “<!--”');
  const licences = scripts
    .map((file) => path.join(siteDir, `${file}.LICENSE.txt`))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8').trim())
    .filter((text, i, all) => all.indexOf(text) === i)
    .join('\n\n')
    .replace(/--!?>/g, '- ->');

  let html = read('taskpane.html');
  html = replaceOnce(html, /<link\b[^>]*\bhref=["']?taskpane\.css["']?[^>]*>/, `<style>${read('taskpane.css').replace(/<\/style/gi, '<\\/style')}</style>`, 'taskpane.css link');
  html = replaceOnce(html, /<meta\b[^>]*\bname=["']?office-js["']?[^>]*>/, '', 'office-js meta');
  html = replaceOnce(html, /<script\b[^>]*\bsrc=["']?taskpane\.js["']?[^>]*><\/script>/, '', 'taskpane.js script');
  const body = [
    `<script type="text/html" id="help-page">${help}</script>`,
    ...scripts.map((file) => `<script>${scriptText(read(file))}</script>`),
  ].join('\n');
  html = replaceOnce(html, /<\/body>/i, `${body}\n</body>`, '</body>');
  html = `${html.trimEnd()}\n<!--\n${SINGLE_FILE_NAME}: licences of the bundled code\n\n${licences}\n-->\n`;

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, html);
  const sizes = scripts.map((file) => ({ file, bytes: Buffer.byteLength(read(file)) })).sort((a, b) => b.bytes - a.bytes);
  return { file: outFile, bytes: Buffer.byteLength(html), scripts: sizes };
}

module.exports = { buildSingleFile, SINGLE_FILE_NAME };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const site = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'web'));
  const out = path.resolve(process.argv[3] ?? path.join(root, 'dist', SINGLE_FILE_NAME));
  const built = buildSingleFile(site, out);
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`${path.relative(process.cwd(), built.file)}: ${mb(built.bytes)} (${built.scripts.slice(0, 4).map((s) => `${s.file} ${mb(s.bytes)}`).join(', ')}, …)`);
}
