// `npm run test:unit`: the fast tests, which need neither a browser, LibreOffice, poppler, a
// webpack build nor other processes. A suite is left out when it, or a test helper it imports
// (followed through relative imports inside test/), starts one of those; so a new suite is sorted
// without a list. A slow suite says so in its first line (`test:unit leaves this suite out`).
const fs = require('fs');
const path = require('path');
const base = require('./jest.config.js');

const TOOL_USE = /\b(soffice|chromium|playwright-core|webpack|pdftotext|pdfinfo|pdftoppm|child_process)\b/;
const SLOW = /^\/\/ test:unit leaves this suite out/;
const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveLocal(fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function usesTools(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  if (TOOL_USE.test(text)) return true;
  for (const match of text.matchAll(IMPORT)) {
    const target = resolveLocal(file, match[1]);
    if (target && target.includes(`${path.sep}test${path.sep}`) && usesTools(target, seen)) return true;
  }
  return false;
}

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const toolSuites = testFiles(path.join(__dirname, 'test')).filter((file) => SLOW.test(fs.readFileSync(file, 'utf8')) || usesTools(file));

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.transpile.json' }] },
  testPathIgnorePatterns: ['/node_modules/', ...toolSuites.map((file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
};
