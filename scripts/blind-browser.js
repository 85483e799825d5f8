'use strict';
// Debian's Chromium for the blind-round scripts (copy-blind-tables.js, print-blind-tables.js): a fresh
// profile, headless, nothing reaching the network; and a page's text as the browser copies it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

/** Runs `work(page)` in a fresh Chromium, which is closed and its profile removed afterwards. */
async function withChromium(work) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'blind-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    locale: 'zh-CN',
  });
  try {
    await work(await context.newPage());
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The page's text as an office copies it: the body selected, the selection's text as the browser
 * puts it on the clipboard (cells separated by tabs, rows by line breaks, a cell's lines and
 * paragraphs on lines of their own), ending in a line break.
 */
async function copiedText(page) {
  const text = await page.evaluate(() => {
    const selection = window.getSelection();
    selection.selectAllChildren(document.body);
    return selection.toString();
  });
  return text.endsWith('\n') ? text : `${text}\n`;
}

module.exports = { withChromium, copiedText };
