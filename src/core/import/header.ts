import { resolveDuplicateColumns, type NamedColumn, type ResolvedColumns } from './duplicate-columns';
import { HEADER_WORDS, INDICATOR, LISTED_PROGRESS, MARKED_LEAD_NOTE, NOT_A_FIELD, PERIOD_PLAN, PERIOD_PROGRESS, UNIT_AND_PERSON, WIDE_NAMES, type ColumnRole } from './header-words';
import { endsLikeUnit } from './join-text';
import { periodColumns, subColumn, topOver } from './sub-header';
import type { SourceRow } from './types';

export type { ColumnRole } from './header-words';

/** Column index per role (only the roles the table has). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** A column's name as its role is read: `责　任　单　位`, `完成时限*：` say what `责任单位`, `完成时限` say. */
export function normalise(cell: string): string {
  // A `?` where a character was lost (a page saved in a code page without it: `序号?`, `牵头单位?`).
  return cell.replace(/[\s　*＊:：]/g, '').replace(/[?？]+$/, '');
}

/** The measures a column's name gives its figures in, in brackets (`（万元）`, `(%)`). */
const MEASURES = String.raw`万?元|亿元|%|％|个|人|公里|平方米|万平方米`;
/** A figure's measure after a name (`（万元）`, `(%`: its bracket cut by the page's line), or brackets left empty. */
const MEASURE = new RegExp(String.raw`[（(](?:${MEASURES})?[）)]?$`);
/** A figure's measure alone (`(万元)`, `（%）`, `(人`). */
const MEASURE_ALONE = new RegExp(String.raw`^[（(](?:${MEASURES})[）)]?$`);

/** Whether a line is a figure's measure alone (`完成额度` / `(万元)`: the name on the line above). */
export function isMeasure(line: string): boolean {
  return MEASURE_ALONE.test(line);
}

/** A progress report's money (`投资计划`, `计划总投资`, `完成额度`, `占比`): figures kept in 备注. */
const FIGURES = /^(?:(?:计划|年度|累计|已?完成)?(?:总)?投资(?:计划|额|总额|完成额)?|(?:完成|到位)?(?:额度|金额|资金)|(?:完成)?占比)$/;

/**
 * Whether a column's name says it holds money figures (`2025年投资计划（万元）`, `完成额度`, a sub-column
 * `投资完成情况（占比(%)）` by its sub-name): a bare number in it is a figure, no 序号.
 */
export function namesFigures(cell: string): boolean {
  const text = normalise(cell);
  const sub = /^[^（(]+[（(](.+)[）)]$/.exec(text)?.[1] ?? text;
  return [text, sub].some((n) => FIGURES.test(n.replace(/^\d{4}年度?/, '').replace(/[（(].*[）)]$/, '').replace(MEASURE, '')));
}

/**
 * The role a header cell names (its words from the field registry, see header-words.ts), 'other'
 * for a column the ledger has no field for (`责任领导`: kept in 备注), or null.
 */
export function headerRole(cell: string): ColumnRole | 'other' | null {
  if (MARKED_LEAD_NOTE.test(cell)) return 'lead';
  const text = normalise(cell);
  // `2022年预期目标`, `2024年度重点任务`: a short name with the plan's year before it is read by its
  // name (`2025年重点工作任务分解表` is a title).
  // `2023年10-12月份进展情况`, `2024年1-3月份进度安排`: a period's progress or the next period's plan
  // (a year typed with a digit too many, `20224年`, is still a year).
  const period = text.replace(/^\d{4,5}年度?/, '');
  if (period !== text && (PERIOD_PROGRESS.test(period) || PERIOD_PLAN.test(period))) return 'other';
  const unyeared = text.replace(/^\d{4}年度?(?=[\u4e00-\u9fa5])/, '');
  if (unyeared !== text) return unyeared.replace(MEASURE, '').length <= 6 ? headerRole(unyeared) : null;
  // `责任部门（加*号为牵头部门，其余为参与部门）`: a name with its explanation in brackets is read by its name.
  const base = text.replace(/[（(].*[）)]$/, '').replace(MEASURE, '');
  const listed = listedNamesRole(base);
  if (listed) return listed;
  if (base === '' || base.length > 12) return null;
  for (const { role, words } of HEADER_WORDS) if (words.includes(text)) return role;
  for (const { role, words } of HEADER_WORDS) if (words.includes(base)) return role;
  if (PERIOD_PROGRESS.test(base) || PERIOD_PLAN.test(base) || FIGURES.test(base)) return 'other';
  // Wider names only for what reads as a column name, not as a heading or a sentence.
  if (/[、，。；,;!！?？“”"]/.test(base) || /^[一二三四五六七八九十（(\d]/.test(base)) return null;
  const unitAndPerson = UNIT_AND_PERSON.exec(base);
  const unitRole = unitAndPerson ? headerRole(unitAndPerson[1]) : null;
  if (unitRole === 'lead' || unitRole === 'co') return unitRole;
  if (NOT_A_FIELD.test(base)) return 'other';
  for (const [role, pattern] of WIDE_NAMES) if (pattern.test(base)) return role;
  return null;
}

/**
 * A name listing names, joined by `、` or `及`, read by its parts: a report's progress when a part
 * names progress (`执行措施、工作进展、取得成效`: kept in 备注); the lead's column when the first
 * names the lead and the rest units (`牵头、责任部门`, `牵头单位、配合单位`: its cells
 * `牵头单位：X；责任部门：Y`, each label saying who does what); the text role all its parts name
 * (`项目内容及目标要求`). Null when the parts say nothing together (the name is read whole).
 */
function listedNamesRole(name: string): ColumnRole | 'other' | null {
  const parts = name.split(/[、及]/);
  if (parts.length < 2 || parts.some((p) => p.length < 2 || p.length > 8)) return null;
  if (parts.some((p) => LISTED_PROGRESS.test(p))) return 'other';
  const roles = parts.map((p) => headerRole(p));
  if (roles[0] === 'lead' && roles.every((r) => r === 'lead' || r === 'co')) return 'lead';
  return (roles[0] === 'task' || roles[0] === 'requirement') && roles.every((r) => r === roles[0]) ? roles[0] : null;
}

/** A header cell the importer has no role for (`成果形式`, `考核指标`, `市里落实单位`). */
export interface UnknownColumn {
  index: number;
  name: string;
}

/** Roles named by a row, when it reads as a header: at least two roles, one of them task-like, and nothing else. */
export function readHeaderRow(row: SourceRow): ColumnMap | null {
  return readHeaderColumns(row)?.columns ?? null;
}

/**
 * As readHeaderRow, with what a role named twice became (see resolveDuplicateColumns), and the
 * columns whose names it does not know: a header may have a few (fewer than the names it knows),
 * as long as they read as column names and not as a data row's values.
 */
export function readHeaderColumns(row: SourceRow): (ResolvedColumns & { unknown: UnknownColumn[]; others: UnknownColumn[] }) | null {
  const named: NamedColumn[] = [];
  const unknown: UnknownColumn[] = [];
  const others: UnknownColumn[] = [];
  const blank: UnknownColumn[] = [];
  const sections = indicatorSections(row.cells);
  for (const [index, cell] of row.cells.entries()) {
    if (cell.trim() === '') {
      blank.push({ index, name: `第${index + 1}列` });
      continue;
    }
    const role = headerRole(cell) ?? longNameRole(cell) ?? sections.get(index) ?? null;
    if (role === null) {
      if (!readsAsColumnName(cell)) return null;
      unknown.push({ index, name: normalise(cell) });
    } else if (role === 'other') others.push({ index, name: normalise(cell) });
    else named.push({ role, index, name: normalise(cell) });
  }
  const resolved = resolveDuplicateColumns(named);
  const { columns } = resolved;
  if (Object.keys(columns).length < 2 || unknown.length >= named.length) return null;
  // No task-like name (`民生实事`, `重点项目`): a column of unknown name beside units or deadlines may hold
  // the tasks, found by its cells (see placeUnknownColumns).
  const unitsOrDeadline = columns.lead !== undefined || columns.co !== undefined || columns.deadline !== undefined;
  const taskByContent = unknown.length > 0 && unitsOrDeadline;
  if (columns.task === undefined && columns.requirement === undefined && !taskByContent) {
    // A blank header cell over the tasks (`序号 | | 牵头单位 | 完成时限`): the column is found by its cells.
    const before = blank.filter((b) => b.index < Math.min(...Object.values(columns).filter((i) => i !== columns.seq)));
    if (!unitsOrDeadline || Object.keys(columns).length < 3 || before.length === 0) return null;
    return { ...resolved, unknown: [...unknown, ...before].sort((a, b) => a.index - b.index), others };
  }
  return { ...resolved, unknown, others };
}

/**
 * `一级指标 | 二级指标 | 序号 | 主要任务`: the levels of 指标 (see INDICATOR) named before the task
 * column are its sections — the first the 工作类别 (unless a column names one), the next its
 * subsection; a third level is no section the ledger has, a column kept as text. So is a column
 * naming projects right before what they hold (`重点项目 | 项目内容及目标要求`): each project's name
 * (`公共卫生`) the section of its content, the task. Column → role.
 */
export function indicatorSections(names: readonly string[]): Map<number, 'category' | 'subcategory'> {
  const roles = names.map((n) => headerRole(n) ?? longNameRole(n));
  const task = roles.findIndex((r) => r === 'task' || r === 'requirement');
  const free = (['category', 'subcategory'] as const).filter((r) => !roles.includes(r));
  const levels = names.flatMap((n, i) => (i < task && roles[i] === null && INDICATOR.test(normalise(n)) ? [i] : []));
  const projects = task > 0 && roles[task - 1] === null && PROJECTS.test(normalise(names[task - 1])) && CONTENT.test(normalise(names[task]));
  if (levels.length === 0 && projects) levels.push(task - 1);
  return new Map(levels.slice(0, free.length).map((i, k) => [i, free[k]]));
}

/** `重点项目`, `民生项目`: a column of projects' names; `项目内容`, `建设内容`: what each holds. */
const PROJECTS = /项目$/;
const CONTENT = /内容/;

/** A short name of no known column that is no unit, date or sentence: `成果形式`, `民生实事`. */
export function readsAsColumnName(cell: string): boolean {
  const text = normalise(cell);
  // A web page's information block above the table (`• 来源:…`, `• 字号:[ 大 中 小 ]`): a list's bullet, a control's brackets.
  return text.length >= 2 && text.length <= 8 && !/[\d０-９、，。；,;!！?？“”"（）()/／•●▪■◆[\]［］]/.test(text)
    && (/(单位|部门|科室|处室)$/.test(text) || !endsLikeUnit(text))
    // A deadline's words (`年底前`, `每季度`), but not `上半年推进情况`, `年度目标`, `当前进度` or
    // `月度工作计划` in a name.
    && !/前$|底|末|持续|长期|每|(?<!半)年(?!度)|月(?!度)|季度/.test(text);
}

/**
 * A name longer than the usual ones whose end names the role: `陕西省《工作要点》部署任务` beside
 * `西安市落实措施` (a higher office's task, then the local measure). No sentence, no numbering.
 */
function longNameRole(cell: string): ColumnRole | null {
  const text = normalise(cell);
  if (text.length <= 12) return null;
  if (text.length > 20 || /[、，。；,;!！?？“”"]/.test(text) || /^[一二三四五六七八九十（(\d]/.test(text)) return null;
  const role = headerRole(text.slice(-4));
  return role === 'task' || role === 'requirement' || role === 'lead' || role === 'co' || role === 'deadline' ? role : null;
}

export interface HeaderMatch {
  /** Index into the rows of the (first) header row: what is above it is the title. */
  start: number;
  /** Index into the rows of the header row (the last one when the header spans two rows). */
  index: number;
  columns: ColumnMap;
  /** Present when the header names a role twice (see resolveDuplicateColumns). */
  duplicates?: Omit<ResolvedColumns, 'columns'>;
  /** Present when the header has columns whose names the importer does not know. */
  unknown?: UnknownColumn[];
  /** Present when the header has columns the ledger has no field for (`责任领导`): kept in 备注. */
  others?: UnknownColumn[];
  /** Present when the deadline's cell is over period columns (`一季度`…`四季度`): the row's stages, read as one schedule. */
  periods?: UnknownColumn[];
}

/** A match's optional parts — what a role named twice became, unknown columns, columns kept in 备注 — each only when there is one. */
export function matchDetails(duplicates: Omit<ResolvedColumns, 'columns'>, unknown: UnknownColumn[], others: UnknownColumn[]): Pick<HeaderMatch, 'duplicates' | 'unknown' | 'others'> {
  return {
    ...(duplicates.moreCo.length > 0 || duplicates.unused.length > 0 || duplicates.leadFromResponsible ? { duplicates } : {}),
    ...(unknown.length > 0 ? { unknown } : {}),
    ...(others.length > 0 ? { others } : {}),
  };
}

/** Finds the first header row; a second header row right below (sub-headers under a merged cell) refines it. */
export function findHeader(rows: readonly SourceRow[]): HeaderMatch | null {
  for (let i = 0; i < rows.length; i++) {
    const resolved = readHeaderColumns(rows[i]);
    if (!resolved) continue;
    const { columns, unknown, others, ...duplicates } = resolved;
    const more = matchDetails(duplicates, unknown, others);
    const next = rows[i + 1];
    // A full header again right below is a repeat, not sub-headers under merged cells.
    const sub = next && !readHeaderRow(next) ? readSubHeader(next, rows[i].cells) : null;
    if (sub) {
      // A sub-header's columns the ledger has no field for (`责任领导` under `责任人`) are kept too.
      const allOthers = [...others.filter((o) => !sub.others.some((u) => u.index === o.index)), ...sub.others].sort((a, b) => a.index - b.index);
      return { start: i, index: i + 1, columns: mergeSubHeader(columns, sub.columns), ...more, ...(allOthers.length > 0 ? { others: allOthers } : {}),
        ...(sub.periods.length > 0 && columns.deadline !== undefined ? { periods: sub.periods } : {}) };
    }
    // `时间节点（一季度）`…: a header of one row naming the deadline's period columns (page text's two rows as one).
    const periods = periodColumns(rows[i].cells);
    if (periods.length === 0 || columns.deadline === undefined) return { start: i, index: i, columns, ...more };
    const taken = new Set(periods.map((p) => p.index));
    const kept = { ...duplicates, unused: duplicates.unused.filter((u) => !taken.has(u.index)) };
    return { start: i, index: i, columns: { ...columns, deadline: periods[0].index }, ...matchDetails(kept, unknown, others), periods };
  }
  return null;
}

/**
 * A row of header names only (a sub-header under merged header cells), or null. Under the top
 * cells of `top` (see subColumn): periods under a deadline (its stages), names under a column kept
 * in 备注 (named by both).
 */
export function readSubHeader(row: SourceRow, top: readonly string[] = []): { columns: ColumnMap; others: UnknownColumn[]; periods: UnknownColumn[] } | null {
  const map: ColumnMap = {};
  const others: UnknownColumn[] = [];
  const periods: UnknownColumn[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i];
    if (cell.trim() === '') continue;
    const role = headerRole(cell);
    const under = role === null ? subColumn(topOver(top, row.cells, i), cell) : null;
    if (role === 'other') others.push({ index: i, name: normalise(cell) });
    else if (role !== null) map[role] = i;
    else if (under?.kind === 'period') periods.push({ index: i, name: normalise(cell) });
    else if (under?.kind === 'other') others.push({ index: i, name: normalise(under.name) });
    else return null;
  }
  if (periods.length === 1) return null;
  return Object.keys(map).length > 0 || others.length > 0 || periods.length > 0 ? { columns: map, others, periods } : null;
}

function mergeSubHeader(top: ColumnMap, sub: ColumnMap): ColumnMap {
  const merged: ColumnMap = {};
  const taken = new Set(Object.values(sub));
  for (const [role, index] of Object.entries(top) as Array<[ColumnRole, number]>) {
    if (!taken.has(index) && sub[role] === undefined) merged[role] = index;
  }
  return { ...merged, ...sub };
}

/**
 * The rest of a repeated header whose cells wrapped onto a second line (`责任` / `领导`,
 * `完成` / `时限`): every cell a header name, or the end of one of the header's names.
 */
export function isHeaderRemnant(row: SourceRow, headerCells: readonly string[]): boolean {
  const names = headerCells.map(normalise).filter((n) => n !== '');
  const filled = row.cells.map(normalise).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => headerRole(c) !== null || names.some((n) => n.length > c.length && n.endsWith(c)));
}

/** A header repeated on a later page; its columns may be shifted (PDF text), so only its names count. */
export function isRepeatedHeader(row: SourceRow): boolean {
  return readHeaderRow(row) !== null || isCutHeader(row);
}

/**
 * A repeated header whose cells a page break or the PDF extraction cut (`牵头` | `位`): a task-like
 * header name, another header name, and nothing else but fragments of one or two characters.
 */
function isCutHeader(row: SourceRow): boolean {
  let named = 0;
  let taskLike = false;
  for (const cell of row.cells) {
    const text = normalise(cell);
    if (text === '') continue;
    const role = headerRole(text);
    if (role !== null && role !== 'other') {
      named += 1;
      taskLike ||= role === 'task' || role === 'requirement';
    } else if (text.length > 2) return false;
  }
  return named >= 2 && taskLike;
}
