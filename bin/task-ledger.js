#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled by `npm run build:cli` (run by `npm ci` through `prepare`).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('task-ledger 尚未编译：请先运行 npm ci 或 npm run build:cli\n');
  process.exit(2);
}
require(entry).main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`内部错误：${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
