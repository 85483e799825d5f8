/**
 * Where the header's 使用说明 link goes: help.html beside the pane; in the single-file page
 * (任务台账助手.html, scripts/build-single-file.js) the copy of help.html embedded in it, opened
 * as a page of its own from a blob: URL, so it works from file:// with no network.
 */
export const HELP_PAGE_ID = 'help-page';

export function helpHref(): string {
  const embedded = document.getElementById(HELP_PAGE_ID)?.textContent;
  if (!embedded) return 'help.html';
  return URL.createObjectURL(new Blob([embedded], { type: 'text/html;charset=utf-8' }));
}
