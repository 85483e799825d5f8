import type { ColumnMap } from './header';
import { SEQ_NUMBER } from './seq-number';
import type { SourceRow } from './types';

/** A target's figure: `186`, `5.6亿元`, `不低于 30`, `2600人`, `低于 4.1`, `95%以上`. */
const FIGURE = /^(?:(?:不低于|不高于|不超过|低于|高于|超过|达到|约|[≥≤＞＜><])\s*)?[\d０-９][\d０-９.,，．]*\s*(?:%|‰|[万亿]?元|[万亿]|个|人次|万人|人|家|户|项|亩|公里|座|所|套|吨)?(?:以上|以下|以内|左右)?$/;

/** The share of a column's filled cells that must be figures (or distinct names) to read it so. */
const MOST = 0.6;

/** `186`, `5.6亿元`, `不低于 30`: a target's figure (a bare number is one too). */
export function isFigure(cell: string): boolean {
  return FIGURE.test(cell.trim());
}

/**
 * `项目 | 分值 | 目标任务 | 监考单位` over `全社会固定资产投资额 | 3 | 186 | 区发改委`: a target table.
 * The column named as the tasks' holds a figure per row — the target — so holds no tasks; the text
 * column before it that names a different thing on each row (the indicator, often under a header
 * cell over two columns read as the category) does. The figures become the tasks' 具体要求 when the
 * table has none; a category column of the same header span keeps its role. Else the map as given.
 */
export function taskBesideFigures(columns: ColumnMap, dataRows: readonly SourceRow[]): ColumnMap {
  const at = columns.task;
  if (at === undefined) return columns;
  const rows = dataRows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  const cellsAt = (i: number) => rows.map((r) => (r.cells[i] ?? '').trim()).filter((c) => c !== '');
  const figures = cellsAt(at);
  if (figures.length < 2 || figures.filter((c) => FIGURE.test(c)).length / figures.length < MOST) return columns;
  const taken = new Set(Object.entries(columns).filter(([role]) => role !== 'category' && role !== 'subcategory').map(([, i]) => i));
  let best: number | undefined;
  for (let i = 0; i < at; i++) {
    if (taken.has(i)) continue;
    const cells = cellsAt(i);
    const names = cells.filter((c) => !FIGURE.test(c) && !SEQ_NUMBER.test(c));
    // A name on (nearly) every row, each once: the indicators, not a category merged down its rows.
    if (cells.length < rows.length * MOST || names.length / cells.length < MOST || new Set(names).size < names.length * 0.8) continue;
    if (best === undefined || cells.length >= cellsAt(best).length) best = i;
  }
  if (best === undefined) return columns;
  const refined: ColumnMap = { ...columns, task: best };
  if (refined.requirement === undefined) refined.requirement = at;
  if (refined.category === best) {
    delete refined.category;
    // The header cell over the category and the indicator: the column before the indicator is the category.
    if (best > 0 && !taken.has(best - 1) && cellsAt(best - 1).length > 0) refined.category = best - 1;
  }
  if (refined.subcategory === best) delete refined.subcategory;
  return refined;
}
