import { CIRCLED_NUMBER } from './seq-number';

/** An item mark of a group's rows: `(1)`, `（2）`, `①`. */
const ITEM_MARK = new RegExp(String.raw`[（(]\s*\d{1,2}\s*[）)]|${CIRCLED_NUMBER}`, 'g');

/**
 * A content cell holding one numbered item of a group (`(1)地区生产总值增长5%左右。` beside the
 * group's name `主要预期目标`, merged over the group's rows): the item is the task, the name its
 * group. A cell opening with a mark and holding a second one is a task's own numbered details.
 */
export function isGroupItem(text: string): boolean {
  const marks = text.trim().match(ITEM_MARK) ?? [];
  return marks.length === 1 && text.trim().search(ITEM_MARK) === 0;
}
