/** Small helpers to drive the pane in a Playwright page like a user: roles and visible labels. */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

export const SHOTS_DIR = path.resolve(__dirname, '../../../test-results/taskpane');

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

export async function step(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
}

/** Clicks a button that opens a file chooser and picks `files`. */
export async function pickFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

/** Runs `action` and saves the download it starts into `dir`; returns the saved path. */
export async function download(page: Page, dir: string, action: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** Waits until the status line says `text` (what screen readers hear too); fails at once with the pane's error. */
export async function statusSays(page: Page, text: string): Promise<void> {
  const said = page.locator('#status-line', { hasText: text });
  await said.or(page.locator('.error-box:visible')).first().waitFor({ timeout: 60_000 });
  const error = await errorText(page);
  if (error !== null && !(await said.isVisible())) throw new Error(`the pane shows an error instead of “${text}”: ${error}`);
}

export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.busy-row')?.getAttribute('data-busy') === 'false');
}

export async function errorText(page: Page): Promise<string | null> {
  const box = page.locator('.error-box');
  return (await box.isVisible()) ? box.locator('.error-text').innerText() : null;
}

/** On the 合并 step, picks the returns and waits for the consolidation report; the file rows' states. */
export async function mergeReturns(page: Page, returns: string[]): Promise<string[]> {
  await step(page, '合并');
  await pickFiles(page, '选择报送表并合并 (.xlsx)…', returns);
  await page.locator('#panel-merge .result h3').waitFor();
  await idle(page);
  return page.locator('#panel-merge .file-row .file-state').allInnerTexts();
}
