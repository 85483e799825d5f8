import { placeUnknownColumns } from './column-content';
import { resolveDuplicateColumns, type NamedColumn, type ResolvedColumns } from './duplicate-columns';
import { findHeader, headerRole, matchDetails, type HeaderMatch, type UnknownColumn } from './header';
import type { SourceRow } from './types';

/**
 * A column name of a kind every office writes, though worded its own way (`省重点民生实事项目名称`,
 * `1-8月实际完成率%`, `督办事项`): its last words say what a column is, never a data cell's.
 */
const COLUMN_NAME_END = /(?:单位|部门|科室|处室|时限|时间|期限|任务|内容|名称|序号|编号|措施|举措|要求|备注|情况|目标|进度|领导|责任人|事项|项目|标准|节点|成效|率%?|数|类别)$/;

/** A header cell is short and no sentence. */
const MAX_NAME = 16;
const SENTENCE = /[。；;！!，,、]/;

/** How many rows below a header candidate are looked at to find its columns' roles. */
const DATA_ROWS = 30;

/**
 * The header of a table whose column names the importer does not know well enough to read by name
 * (`序号 | 省重点民生实事项目名称 | 责任单位 | 目标任务 | 1-8月实际完成情况 | …`): a row of three or more
 * short names, two or more of them ending as column names do, whose rows below show by their cells
 * which column holds the tasks and which the units. Its unknown columns are read by their cells, as
 * a named header's are (placeUnknownColumns), and said so in a 提示; null when no row reads so.
 */
export function findHeaderByContent(rows: readonly SourceRow[]): HeaderMatch | null {
  for (let i = 0; i < rows.length; i++) {
    const candidate = readCandidate(rows[i]);
    if (candidate === null) continue;
    const dataRows = rows.slice(i + 1, i + 1 + DATA_ROWS).filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
    if (dataRows.length < 2) continue;
    const { resolved: { columns, ...duplicates }, unknown, others } = candidate;
    const placed = placeUnknownColumns(columns, unknown, dataRows);
    const hasUnits = placed.columns.lead !== undefined || placed.columns.co !== undefined;
    if ((placed.columns.task === undefined && placed.columns.requirement === undefined) || !hasUnits) continue;
    return { start: i, index: i, columns, ...matchDetails(duplicates, unknown, others) };
  }
  return null;
}

/** The header read by its names (findHeader), else by its rows. */
export function findAnyHeader(rows: readonly SourceRow[]): HeaderMatch | null {
  return findHeader(rows) ?? findHeaderByContent(rows);
}

function readCandidate(row: SourceRow): { resolved: ResolvedColumns; unknown: UnknownColumn[]; others: UnknownColumn[] } | null {
  const filled = row.cells.map((c, index) => ({ index, name: c.replace(/\s+/g, '') })).filter((c) => c.name !== '');
  if (filled.length < 3 || filled.some((c) => c.name.length > MAX_NAME || SENTENCE.test(c.name))) return null;
  if (filled.filter((c) => COLUMN_NAME_END.test(c.name) || headerRole(c.name) !== null).length < 2) return null;
  const named: NamedColumn[] = [];
  const unknown: UnknownColumn[] = [];
  const others: UnknownColumn[] = [];
  for (const c of filled) {
    const role = headerRole(c.name);
    if (role === null) unknown.push(c);
    else if (role === 'other') others.push(c);
    else named.push({ role, index: c.index, name: c.name });
  }
  return { resolved: resolveDuplicateColumns(named), unknown, others };
}
