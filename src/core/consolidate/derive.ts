/**
 * The ledger row of a task is derived from its lead units' reports.
 *
 * Overall status (完成状态) of a task, from the reports of its CURRENT lead units (a unit
 * without a report counts as "not reported"):
 * 1. no lead unit has reported a status → the ledger keeps the status it has;
 * 2. every lead unit reported 已完成 or 已销号 → 已销号 when all said 已销号, else 已完成;
 * 3. otherwise, any lead unit 推进中, 已完成 or 已销号 → 推进中;
 * 4. otherwise, every lead unit 暂缓 → 暂缓;
 * 5. otherwise (未开始, 暂缓 or not reported, nobody started) → 未开始.
 * A task is therefore done only when every lead unit says it is done.
 *
 * 进展情况 and 佐证材料: for one lead unit, that unit's text as written; for several, one line
 * per unit that wrote something, in the order of 牵头单位: `【区工信局】已完成…` (a unit's own
 * line breaks become `；`, or nothing after a closing mark, so each unit stays one line when printed).
 * A task no lead unit has reported on yet keeps the ledger's own status and texts, and a text no
 * lead unit wrote anything for keeps the ledger's own (e.g. a note the office typed).
 */
import { DONE_STATUSES, type LedgerTask, type Status, type UnitReport } from '../ledger';
import { reportingUnits } from '../units';

export interface DerivedRow {
  status: Status | '';
  progress: string;
  evidence: string;
}

export function deriveTaskRow(task: LedgerTask): DerivedRow {
  const units = reportingUnits(task);
  const reports = units.map((unit) => task.unitReports[unit]);
  if (reports.every((r) => r === undefined)) {
    return { status: task.status, progress: task.progress, evidence: task.evidence };
  }
  return {
    status: deriveStatus(reports.map((r) => r?.status ?? ''), task.status),
    progress: composeText(units, reports, 'progress') ?? task.progress,
    evidence: composeText(units, reports, 'evidence') ?? task.evidence,
  };
}

export function deriveStatus(statuses: ReadonlyArray<Status | ''>, current: Status | ''): Status | '' {
  if (statuses.length === 0 || statuses.every((s) => s === '')) return current;
  const isDone = (s: Status | '') => s !== '' && DONE_STATUSES.includes(s);
  if (statuses.every(isDone)) return statuses.every((s) => s === '已销号') ? '已销号' : '已完成';
  if (statuses.some((s) => s === '推进中' || isDone(s))) return '推进中';
  if (statuses.every((s) => s === '暂缓')) return '暂缓';
  return '未开始';
}

function composeText(
  units: readonly string[],
  reports: ReadonlyArray<UnitReport | undefined>,
  field: 'progress' | 'evidence',
): string | undefined {
  const written = units
    .map((unit, i) => ({ unit, text: reports[i]?.[field] ?? '' }))
    .filter((w) => w.text !== '');
  if (written.length === 0) return undefined;
  if (units.length === 1) return written[0].text;
  return written.map((w) => `【${w.unit}】${oneLine(w.text)}`).join('\n');
}

/** A unit's own line breaks as `；`, none after a sentence already ended (`4条。` then `第二条` stays `4条。第二条`). */
function oneLine(text: string): string {
  return text.replace(/\n+/g, '；').replace(/([。；！？，、：])；/g, '$1');
}
