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
  return item || parseCategoryHeading(text) !== null || (readLabel(text) !== null && !labelCutAtLineEnd(above.trim(), text));
}

/** The labels a 分工方案 writes most, told whole when a line break cuts them (`责` / `任单位：`). */
const COMMON_LABELS = new Set(['责任单位', '牵头单位', '配合单位', '协办单位', '主办单位', '责任部门', '牵头部门', '配合部门', '完成时限', '完成时间', '时间节点', '责任领导', '牵头领导']);

/**
 * `牵头单位：市发改委；责` / `任单位：…`: a common label whose first characters end the line above —
 * the line goes on in that label (what reads as a label on the line alone, `任单位：`, is its cut end).
 */
function labelCutAtLineEnd(above: string, line: string): boolean {
  const tail = /[\u4e00-\u9fa5]{1,3}$/.exec(above)?.[0];
  const own = readLabel(line)?.label.replace(/\s+/g, '') ?? '';
  if (tail === undefined || COMMON_LABELS.has(own)) return false;
  for (let n = 1; n <= tail.length; n++) {
    const whole = readLabel(tail.slice(-n) + line)?.label.replace(/\s+/g, '');
    if (whole !== undefined && COMMON_LABELS.has(whole)) return true;
  }
  return false;
}

function unclosedBrackets(text: string): number {
  return (text.match(/[（(［[〔【]/g) ?? []).length - (text.match(/[）)］\]〕】]/g) ?? []).length;
}
