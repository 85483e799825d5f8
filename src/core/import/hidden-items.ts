/** An item number in running text: `6.`, `7、`, `8．` — not a decimal (`0.5`), nor a year's or a date's part (`2017.4`). */
const ITEM_NUMBER = /(?<![\d.．])(\d{1,2})[.．、](?!\d)/g;

/** Fewer numbered items than this in a row may be a cell's own list or a stray figure. */
export const HIDDEN_RUN = 3;

export interface ItemRun {
  from: number;
  to: number;
}

/**
 * The longest run of item numbers counting up by one (`6.` … `13.`), in the order the text gives them,
 * other words and numbers between; null when it is shorter than `least` (HIDDEN_RUN). A section heading
 * holding such a run, or a task holding one that does not start at 1 (a cell's own list does), is rows
 * of the table read into one text.
 */
export function itemRun(text: string, least = HIDDEN_RUN): ItemRun | null {
  const endingAt = new Map<number, ItemRun>();
  let best: ItemRun | null = null;
  for (const m of text.matchAll(ITEM_NUMBER)) {
    const value = Number(m[1]);
    const run = { from: endingAt.get(value - 1)?.from ?? value, to: value };
    endingAt.set(value, run);
    if (!best || run.to - run.from > best.to - best.from) best = run;
  }
  return best && best.to - best.from + 1 >= least ? best : null;
}
