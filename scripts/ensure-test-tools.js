#!/usr/bin/env node
'use strict';
// The tests open our files in real programs: Chromium (playwright-core), LibreOffice Calc and
// Writer (soffice; Writer saves the .docx breakdowns the importer reads), poppler-utils (pdftotext, pdfinfo, pdftoppm) and Noto CJK fonts. Install what is missing
// from Debian when we are root; otherwise fail and name the packages. Never skip silently.
const { execSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const needs = [
  { pkg: 'chromium', ok: () => fs.existsSync('/usr/bin/chromium') },
  { pkg: 'libreoffice-calc-nogui', ok: () => has('soffice') },
  { pkg: 'libreoffice-writer-nogui', ok: () => hasWriter() },
  { pkg: 'poppler-utils', ok: () => has('pdftotext') && has('pdfinfo') && has('pdftoppm') },
  { pkg: 'fonts-noto-cjk', ok: () => fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') || fontHas('Noto Sans CJK') },
];

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
// Writer is a library beside soffice (libswlo.so), present with either Writer package.
function hasWriter() {
  const r = spawnSync('sh', ['-c', 'readlink -f "$(command -v soffice)"'], { encoding: 'utf8' });
  const program = r.status === 0 && r.stdout.trim() ? path.dirname(r.stdout.trim()) : '/usr/lib/libreoffice/program';
  return fs.existsSync(path.join(program, 'libswlo.so'));
}
function fontHas(name) {
  const r = spawnSync('fc-list', [], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes(name);
}

const missing = needs.filter((n) => !n.ok()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`测试需要以下 Debian 软件包，但当前不是 root，无法自动安装：${missing.join(' ')}`);
  console.error(`请运行：sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.error(`安装测试所需的 Debian 软件包：${missing.join(' ')}`);
try {
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error(`安装失败：${missing.join(' ')}。请手动安装后再运行测试。`);
  process.exit(1);
}
const still = needs.filter((n) => !n.ok()).map((n) => n.pkg);
if (still.length) {
  console.error(`安装后仍缺少：${still.join(' ')}`);
  process.exit(1);
}
