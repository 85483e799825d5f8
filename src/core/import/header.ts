import { resolveDuplicateColumns, type NamedColumn, type ResolvedColumns } from './duplicate-columns';
import { endsLikeUnit } from './join-text';
import type { SourceRow } from './types';

/** What a column of the breakdown holds. */
export type ColumnRole = 'seq' | 'category' | 'subcategory' | 'task' | 'requirement' | 'lead' | 'co' | 'deadline';

/** Column index per role (only the roles the table has). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** Header names per role, most specific first. Matched on the cell with whitespace removed. */
const SYNONYMS: ReadonlyArray<[ColumnRole, readonly string[]]> = [
  ['seq', ['序号', '编号']],
  ['category', ['工作类别', '任务类别', '类别', '板块', '项目', '类型', '工作板块', '重点领域', '领域']],
  ['task', ['工作任务', '任务内容', '主要任务', '重点任务', '工作内容', '任务事项', '工作事项', '重点工作', '任务']],
  ['requirement', ['具体要求', '工作要求', '工作措施', '具体措施', '主要措施', '工作目标', '具体内容']],
  ['lead', ['牵头单位', '牵头部门', '主责单位', '牵头领导单位', '牵头']],
  ['co', ['责任单位', '配合单位', '责任科室', '协办单位', '责任部门', '配合部门', '参与单位', '协同单位']],
  ['deadline', ['完成时限', '时限要求', '完成时间', '时间节点', '时限', '完成期限', '截止时间']],
];

function normalise(cell: string): string {
  return cell.replace(/[\s　*＊:：]/g, '');
}

/** Header words a table may have that the ledger does not take (a leader, a contact, notes). */
const IGNORED = /领导|责任人|联系人|联系电话|分管|备注|完成情况|进展情况|督办|评分|分值/;

/** Wider names, tried when no synonym matches (`重点工作任务`, `问题清单`, `牵头责任单位`, `整改时限`). */
const PATTERNS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['seq', /^(序号|编号|序|No\.?)$/i],
  ['lead', /牵头|主责|主办/],
  ['co', /(责任|配合|协办|参与|协同|承办|实施|负责)(单位|部门|科室|主体)/],
  ['deadline', /时限|时间|期限|节点|截止|完成日期|进度安排/],
  ['category', /类别|板块|领域|类型/],
  ['task', /任务|事项|问题|工作内容|工作项目|项目名称|重点工作|主要工作|具体工作/],
  ['requirement', /措施|要求|举措|目标|内容/],
];

/** The role a header cell names, 'ignored' for columns the ledger does not take, or null. */
export function headerRole(cell: string): ColumnRole | 'ignored' | null {
  const text = normalise(cell);
  if (text === '' || text.length > 12) return null;
  for (const [role, names] of SYNONYMS) if (names.includes(text)) return role;
  const base = text.replace(/[（(].*[）)]$/, '');
  for (const [role, names] of SYNONYMS) if (names.includes(base)) return role;
  // Wider names only for what reads as a column name, not as a heading or a sentence.
  if (/[、，。；,;!！?？“”"]/.test(base) || /^[一二三四五六七八九十（(\d]/.test(base)) return null;
  if (IGNORED.test(base)) return 'ignored';
  for (const [role, pattern] of PATTERNS) if (pattern.test(base)) return role;
  return null;
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
export function readHeaderColumns(row: SourceRow): (ResolvedColumns & { unknown: UnknownColumn[] }) | null {
  const named: NamedColumn[] = [];
  const unknown: UnknownColumn[] = [];
  for (const [index, cell] of row.cells.entries()) {
    if (cell.trim() === '') continue;
    const role = headerRole(cell) ?? longNameRole(cell);
    if (role === null) {
      if (!readsAsColumnName(cell)) return null;
      unknown.push({ index, name: normalise(cell) });
    } else if (role !== 'ignored') named.push({ role, index, name: normalise(cell) });
  }
  const resolved = resolveDuplicateColumns(named);
  const { columns } = resolved;
  if (Object.keys(columns).length < 2 || unknown.length >= named.length) return null;
  if (columns.task === undefined && columns.requirement === undefined) return null;
  return { ...resolved, unknown };
}

/** A short name of no known column that is no unit, date or sentence: `成果形式`, `民生实事`. */
function readsAsColumnName(cell: string): boolean {
  const text = normalise(cell);
  return text.length >= 2 && text.length <= 8 && !/[\d０-９、，。；,;!！?？“”"（）()/／]/.test(text)
    && (/(单位|部门|科室|处室)$/.test(text) || !endsLikeUnit(text))
    && !/前|底|末|持续|长期|每|年|月|季度/.test(text);
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
}

/** Finds the first header row; a second header row right below (sub-headers under a merged cell) refines it. */
export function findHeader(rows: readonly SourceRow[]): HeaderMatch | null {
  for (let i = 0; i < rows.length; i++) {
    const resolved = readHeaderColumns(rows[i]);
    if (!resolved) continue;
    const { columns, unknown, ...duplicates } = resolved;
    const more = {
      ...(duplicates.moreCo.length > 0 || duplicates.unused.length > 0 || duplicates.leadFromResponsible ? { duplicates } : {}),
      ...(unknown.length > 0 ? { unknown } : {}),
    };
    const next = rows[i + 1];
    // A full header again right below is a repeat, not sub-headers under merged cells.
    const sub = next && !readHeaderRow(next) ? readSubHeader(next) : null;
    if (sub) return { start: i, index: i + 1, columns: mergeSubHeader(columns, sub), ...more };
    return { start: i, index: i, columns, ...more };
  }
  return null;
}

/** A row of header names only (a sub-header under merged header cells), or null. */
export function readSubHeader(row: SourceRow): ColumnMap | null {
  const map: ColumnMap = {};
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i];
    if (cell.trim() === '') continue;
    const role = headerRole(cell);
    if (role === null) return null;
    if (role !== 'ignored') map[role] = i;
  }
  return Object.keys(map).length > 0 ? map : null;
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
    if (role !== null && role !== 'ignored') {
      named += 1;
      taskLike ||= role === 'task' || role === 'requirement';
    } else if (text.length > 2) return false;
  }
  return named >= 2 && taskLike;
}
