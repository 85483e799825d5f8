import { ITEM_NUMBER } from './prose-lines';
import { parseCategoryHeading } from './section-heading';
import { readLabel } from './unit-label';

/**
 * A line whose words start a paragraph of a 分工方案 whatever the line above: an item's number
 * (`2.`, `（三）`), a section heading (`二、`), a label (`责任单位：`) — unless `above`, the text
 * before it, stops in mid-sentence. Text set without a first-line indent shows its paragraphs only
 * so, when the line above ends a character or two short of the measure.
 */
export function opensParagraph(line: string, above: string): boolean {
  const text = line.trim();
  // A line ending in `，` or `、`, or inside brackets, goes on, whatever the next one opens with
  // (`（牵头单位：X，` / `配合单位：Y）`, `[牵头单位：X；` / `责任单位：Y]`).
  // An item's own number (`2)`) closes no bracket.
  if (/[，,、（(“]$/.test(above.trim()) || unclosedBrackets(above.trim().replace(ITEM_NUMBER, '')) > 0) return false;
  // `2.5万户`: a decimal going on, no item `2.`.
  const item = ITEM_NUMBER.test(text) && !/^\d+[.．]\d/.test(text);
  return item || parseCategoryHeading(text) !== null || readLabel(text) !== null;
}

function unclosedBrackets(text: string): number {
  return (text.match(/[（(［[〔【]/g) ?? []).length - (text.match(/[）)］\]〕】]/g) ?? []).length;
}
