import type { TaskDraft } from './drafts';
import { endsWithClosingPunctuation, endsWithCutUnit, endsWithSeparator, startsWithSeparator } from './join-text';
import type { Line } from './lines';

/** A grid row under a vertically merged task cell: its own requirement and unit or deadline. */
export function isMergedTaskSubRow(line: Line): boolean {
  // Its text may stand in a kept column of unknown name (`细化分工`), held in notes.
  return !line.task && !line.breakBefore && Boolean(line.requirement || line.notes) && Boolean(line.lead || line.co || line.deadline);
}

/**
 * Whether a row continues the task above it, cut by a page break or a wrapped PDF line (never a
 * row of task text lying under a merged unit or deadline cell):
 * - no task text but a unit, deadline or requirement fragment (`区交通` / `运输局`), or a section
 *   title fragment right after a break (`八、持续推进基` / `层政务公开…`);
 * - task text with no deadline, after a break or when the text above is unfinished, and no unit
 *   of its own unless the unit list above was cut as well (`县工信局、县发改委、` / `县财政局`,
 *   or after a break `区财政` / `局`).
 * `drafts` are the tasks so far: whether the others end in punctuation says whether an
 * unpunctuated end means anything in this table.
 */
export function continuesPrevious(line: Line, previous: TaskDraft, drafts: readonly TaskDraft[]): boolean {
  if (line.seq && line.seq !== previous.seq) return false;
  // A task of its own under a merged unit or deadline cell is a row of the table, however the unit above ends.
  if (line.task && line.fromAbove) return false;
  if (!line.task) {
    const categoryFragment = Boolean(line.category) && line.breakBefore && previous.category.numbered;
    return Boolean(line.lead || line.co || line.deadline || line.requirement) || categoryFragment;
  }
  if (line.deadline) return false;
  const taskOpen = !endsWithClosingPunctuation(previous.task) && mostOthersEndClosed(drafts, previous);
  const unitsOpen = endsWithSeparator(previous.lead) || endsWithSeparator(previous.co);
  if (line.lead || line.co) {
    // After a page break both the task and its unit list may go on: `区财政` / `局`.
    if (line.breakBefore) {
      return taskOpen || unitsOpen || endsWithCutUnit(previous.lead) || endsWithCutUnit(previous.co) || startsWithSeparator(line.lead) || startsWithSeparator(line.co);
    }
    return unitsOpen && (taskOpen || (!line.seq && previous.seq !== ''));
  }
  return line.breakBefore || taskOpen;
}

function mostOthersEndClosed(drafts: readonly TaskDraft[], previous: TaskDraft): boolean {
  let others = 0;
  let closed = 0;
  for (const d of drafts) {
    if (d === previous) continue;
    others += 1;
    if (endsWithClosingPunctuation(d.task)) closed += 1;
  }
  // With no other task to judge by, an unpunctuated end is taken as unfinished.
  return others === 0 || closed * 2 >= others;
}
