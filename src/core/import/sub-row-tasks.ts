import type { ColumnMap, UnknownColumn } from './header';
import { cellKind } from './copied-rows';
import type { SourceRow } from './types';

/**
 * The column whose rows are the tasks when the task column's cells are merged down over several of
 * them (`工作任务` over its `细化分工` rows, `项目名称` over its `工作任务` rows): null when no task cell
 * spans sub-rows. A sub-row has no task cell (merged above), text of its own in that column and a
 * unit or deadline of its own; the table's task column then names groups, and each row's own text is
 * its task (see AssemblyState). The column is the requirement column, else a column right of the task
 * column that would be kept beside it (`kept`): a second task column (`工作任务` right of `项目名称`), a
 * column of unknown name (`细化分工`), or a blank header cell under a name merged over two columns.
 */
export function subRowTaskColumn<K extends UnknownColumn>(columns: ColumnMap, kept: readonly K[], dataRows: readonly SourceRow[]): { index: number; kept?: K } | null {
  const task = columns.task;
  if (task === undefined) return null;
  const owns = [columns.lead, columns.co, columns.deadline].filter((i): i is number => i !== undefined);
  const filled = (r: SourceRow, i: number) => (r.cells[i] ?? '').trim() !== '';
  const ownsUnitOrDate = (r: SourceRow) => owns.some((i) => filled(r, i));
  const candidates = columns.requirement !== undefined ? [{ index: columns.requirement }]
    : kept.filter((k) => k.index > task).sort((a, b) => a.index - b.index).map((k) => ({ index: k.index, kept: k }));
  for (const candidate of candidates) {
    const texts = dataRows.filter((r) => filled(r, candidate.index));
    if (texts.length === 0 || !texts.every((r) => cellKind(r.cells[candidate.index]) !== 'unit' && cellKind(r.cells[candidate.index]) !== 'deadline')) continue;
    let groupOpen = false;
    let subRows = 0;
    for (const r of dataRows) {
      if (!ownsUnitOrDate(r)) continue;
      if (filled(r, task)) groupOpen = filled(r, candidate.index);
      else if (groupOpen && !r.breakBefore && filled(r, candidate.index)) subRows += 1;
    }
    if (subRows > 0) return candidate;
  }
  return null;
}
