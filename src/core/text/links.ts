/**
 * How a hyperlink lives in a text field (e.g. 佐证材料): the cell's text, then its address after
 * a space when the text does not already show it — `会议纪要 https://example.cn/a.pdf`. A cell
 * whose text is empty or is the address reads as the address alone. Writing back, a text that
 * contains a web address becomes a hyperlink cell to the first such address, showing the text
 * unchanged, so reading it again gives the same text.
 */

/** `http(s)://`, `ftp://`, `file:` and `mailto:` addresses, up to a space or Chinese punctuation. */
const LINK = /(?:https?:\/\/|ftp:\/\/|file:\/\/\/?|mailto:)[^\s<>"'，。；、：！？（）【】《》“”‘’]+/i;

/** The text of a hyperlink cell showing `text` and pointing at `address`. */
export function linkedText(text: string, address: string): string {
  if (address === '' || text.includes(address)) return text;
  if (text.trim() === '') return address;
  return `${text} ${address}`;
}

/** The first address in `text` a writer links the cell to, if any. */
export function firstLink(text: string): string | undefined {
  const m = LINK.exec(text);
  return m ? m[0].replace(/[.,;:!?)\]]+$/, '') : undefined;
}
