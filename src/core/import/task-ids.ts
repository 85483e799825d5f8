/**
 * Stable task IDs: `<section no>-<index within the section, 2 digits>` (`1-03`, `12-10`). Tasks of a
 * table without sections are numbered in section 0 (`0-07`). The counter runs per section number,
 * so IDs stay unique even when two sections share a number; past 99 the index simply grows (`0-100`).
 */
export function assignTaskIds(categoryNumbers: readonly number[]): string[] {
  const counters = new Map<number, number>();
  return categoryNumbers.map((no) => {
    const index = (counters.get(no) ?? 0) + 1;
    counters.set(no, index);
    return `${no}-${String(index).padStart(2, '0')}`;
  });
}
