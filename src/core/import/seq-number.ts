/**
 * A 序号 cell: `1`, `12`, `1.2`, `3、`, and the section-and-item numbers some tables use
 * (`1-1`, `2-3`, `1.1.2`). Up to three digits a part: `2024-06` is no 序号.
 */
export const SEQ_NUMBER = /^[\d０-９]{1,3}([.．\-－–—][\d０-９]{1,3})*[.．、]?$/;

/** `①`…`⑳`: an item's number of one character, circled (a pattern's piece). */
export const CIRCLED_NUMBER = '[①-⑳]';
/** `⑴`…`⒇`: an item's number of one character in brackets, the twenty after the circled ones (a pattern's piece). */
export const BRACKETED_NUMBER = '[⑴-⒇]';

/** The number `③` or `⑶` stands for (3); NaN for any other character. */
export function circledValue(mark: string): number {
  const at = mark.charCodeAt(0) - '①'.charCodeAt(0);
  return at >= 0 && at < 40 ? (at % 20) + 1 : NaN;
}
