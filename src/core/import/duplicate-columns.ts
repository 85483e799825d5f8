import type { ColumnMap, ColumnRole } from './header';

/** A header cell that names a role. */
export interface NamedColumn {
  role: ColumnRole;
  index: number;
  name: string;
}

/** A second column of a role (a second 具体要求-like column): its text is kept beside the one the role takes. */
export interface UnusedColumn {
  role: ColumnRole;
  index: number;
  name: string;
  /** The column that holds the role instead. */
  keptName: string;
}

export interface ResolvedColumns {
  columns: ColumnMap;
  /** Further 配合单位-like columns, read as co units too (`责任单位` and `配合单位` beside `牵头单位`). */
  moreCo: number[];
  unused: UnusedColumn[];
  /** Set when `责任单位` is read as the lead column because a `配合单位` column stands beside it. */
  leadFromResponsible?: { lead: string; co: string };
}

/**
 * `工作要求 | 具体要求` and no 工作任务: the general one holds the tasks, the `具体…` one their details
 * (the first of two when neither says `具体`); but measures before what is asked of them
 * (`具体措施 | 工作要求`, `工作举措 | 目标要求`) are the tasks, whatever their name's start.
 */
function requirementAsTask(named: readonly NamedColumn[]): NamedColumn | undefined {
  if (named.some((c) => c.role === 'task')) return undefined;
  const requirements = named.filter((c) => c.role === 'requirement');
  if (requirements.length < 2) return undefined;
  const measures = requirements.find((c) => MEASURES.test(c.name));
  const demands = requirements.filter((c) => !MEASURES.test(c.name) && DEMANDS.test(c.name));
  if (measures && demands.length > 0 && demands.every((c) => c.index > measures.index)) return measures;
  return requirements.find((c) => !/^具体/.test(c.name)) ?? requirements[0];
}
const MEASURES = /措施|举措/;
const DEMANDS = /要求|标准|目标/;

/**
 * Of two columns of one role, the one the role keeps: the first, but for the requirement a
 * `具体…` column (具体要求 beside 工作要求: the ledger's own 具体要求), for the deadline a time the
 * work ends by (`竣工时间`) over one it starts at (`开工时间`), and for the task the tasks
 * themselves (`具体任务`) over a project's name (`项目名称`).
 */
function keeps(kept: NamedColumn, other: NamedColumn): NamedColumn {
  if (other.role === 'requirement') return /^具体/.test(other.name) && !/^具体/.test(kept.name) ? other : kept;
  if (other.role === 'deadline') return STARTS.test(kept.name) && !STARTS.test(other.name) ? other : kept;
  if (other.role === 'task') return NAMES.test(kept.name) && TASKS.test(other.name) ? other : kept;
  return kept;
}
/** A project's (or 实事's) name: beside a column of the tasks themselves, it names what they belong to. */
const NAMES = /(?:项目|实事|事项)名称$/;
/** The tasks themselves (`具体任务及目标`, `工作任务`), not a target (`目标任务`, `任务目标`) nor what is asked (`任务要求`). */
const TASKS = /^(?:(?:具体|工作|主要|重点)任务(?:$|及|和|内容)|任务(?:内容)?$)/;
/** A time the work starts at, no deadline: `开工时间`, `开始时间`, `启动时间`, `计划开工日期`. */
const STARTS = /开工|开始|启动|起始/;

/** Co-unit column names that mean helping, not answering for the task. */
const HELPING = /配合|协办|参与|协同|协助|协作/;

/**
 * Gives each role one column when a header names a role twice:
 * - two unit columns and no 牵头单位: `责任单位` (answering) leads, `配合单位` (helping) helps;
 * - with a 牵头单位 column, every further unit column holds co units;
 * - any other role (`整改措施` and `整改目标`): the first column keeps it (for the requirement a
 *   `具体…` one), the others are kept as text beside it (see assembleTasks).
 */
export function resolveDuplicateColumns(named: readonly NamedColumn[]): ResolvedColumns {
  const columns: ColumnMap = {};
  const moreCo: number[] = [];
  const unused: UnusedColumn[] = [];
  const coColumns = named.filter((c) => c.role === 'co');
  const hasLead = named.some((c) => c.role === 'lead');
  let leadFromResponsible: ResolvedColumns['leadFromResponsible'];
  if (!hasLead && coColumns.length > 1) {
    const answering = coColumns.find((c) => !HELPING.test(c.name));
    const helping = coColumns.find((c) => HELPING.test(c.name));
    if (answering && helping) {
      columns.lead = answering.index;
      leadFromResponsible = { lead: answering.name, co: helping.name };
    }
  }
  const asTask = requirementAsTask(named);
  if (asTask) columns.task = asTask.index;
  for (const c of named) {
    if (c.index === columns.lead || c === asTask) continue;
    const kept = named.find((k) => k.index === columns[c.role]);
    if (kept === undefined) columns[c.role] = c.index;
    else if (c.role === 'co') moreCo.push(c.index);
    else {
      const winner = keeps(kept, c);
      const loser = winner === kept ? c : kept;
      columns[c.role] = winner.index;
      for (const u of unused) if (u.keptName === loser.name) u.keptName = winner.name;
      unused.push({ role: loser.role, index: loser.index, name: loser.name, keptName: winner.name });
    }
  }
  const resolved: ResolvedColumns = { columns, moreCo, unused };
  if (leadFromResponsible) resolved.leadFromResponsible = leadFromResponsible;
  return resolved;
}

/**
 * A role's kept column blank in every data row while a second column of that role holds text (a
 * report's `主要任务` merged down from rows not given, `全年目标任务` beside it): the second column
 * takes the role, and the blank one is dropped (it holds nothing to keep).
 */
export function preferFilledColumns<H extends { columns: ColumnMap; duplicates?: Omit<ResolvedColumns, 'columns'> }>(
  header: H, rows: ReadonlyArray<{ cells: readonly string[] }>,
): H {
  const unused = header.duplicates?.unused ?? [];
  const blank = (index: number) => rows.every((r) => (r.cells[index] ?? '').trim() === '');
  const filled = unused.find((u) => header.columns[u.role] !== undefined && blank(header.columns[u.role] as number) && !blank(u.index));
  if (!filled || !header.duplicates) return header;
  const rest = unused.filter((u) => u !== filled);
  return { ...header, columns: { ...header.columns, [filled.role]: filled.index }, duplicates: { ...header.duplicates, unused: rest } };
}
