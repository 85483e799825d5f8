/**
 * A 序号 cell: `1`, `12`, `1.2`, `3、`, and the section-and-item numbers some tables use
 * (`1-1`, `2-3`, `1.1.2`). Up to three digits a part: `2024-06` is no 序号.
 */
export const SEQ_NUMBER = /^[\d０-９]{1,3}([.．\-－–—][\d０-９]{1,3})*[.．、]?$/;
