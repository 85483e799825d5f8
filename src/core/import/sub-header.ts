import { headerRole, readsAsColumnName, type ColumnRole } from './header';
import { PERIOD_NAME, PERSON_WORDS } from './header-words';
import { isFigure } from './value-column';

/**
 * A header of two rows: a top cell over several sub-columns (`责任单位` over `牵头单位` / `配合单位`,
 * `时间节点` over `一季度`…`四季度`, `投资完成情况` over `完成额度（万元）` / `占比（%）`), the other top
 * cells standing alone beside them (merged down). One reading for every form the table comes in:
 * a grid's two rows, or page text giving the top names then the sub-names (spreadSubNames).
 */

/** A column of persons or their phones (`责任领导`, `联系电话`). */
const PERSON = new RegExp(`${PERSON_WORDS}|电话`);

/** `一季度`, `第二季度`, `3月`, `1-3月`, `上半年`: a period a column of stages stands for. */
const PERIOD = new RegExp(String.raw`^(?:${PERIOD_NAME}|全年)$`);

export function isPeriodName(name: string): boolean {
  return PERIOD.test(name.replace(/[\s　]/g, ''));
}

/** What a sub-column is under its top cell: a unit column of its own, a period of the deadline's stages, a column kept in 备注. */
export type SubColumn = { kind: 'role'; role: ColumnRole } | { kind: 'period' } | { kind: 'other'; name: string } | null;

function family(role: ColumnRole | 'other' | null): string | null {
  return role === 'lead' || role === 'co' ? 'unit' : role;
}

/**
 * How `sub` reads under `top`, or null when it cannot stand there: units under units (`牵头单位`
 * under `责任单位`), periods under a deadline (`一季度` under `时间节点`, the row's stages) or under a
 * report's column (`一季度` under `进展情况`), any name under a column the ledger keeps in 备注
 * (`完成额度（万元）` under `投资完成情况`, named by both).
 */
export function subColumn(top: string, sub: string): SubColumn {
  const above = headerRole(top);
  const own = headerRole(sub);
  if (family(above) === 'unit') return family(own) === 'unit' ? { kind: 'role', role: own as ColumnRole } : null;
  if (above === 'deadline') return isPeriodName(sub) ? { kind: 'period' } : null;
  if (above !== 'other') return null;
  // `责任领导`, `联系电话` after `进展情况`: columns of their own, not a report's parts.
  if (PERSON.test(sub) && !PERSON.test(top)) return null;
  if ((own !== null && own !== 'other') || (own === null && !isPeriodName(sub) && !readsAsColumnName(sub))) return null;
  return { kind: 'other', name: `${top.trim()}（${sub.trim()}）` };
}

/**
 * Page text of a two-row header gives the top names (merged-down cells and cells over sub-columns
 * alike), then the sub-names, with no sign of which top cell each stands under. Each run of sub-names
 * of one kind (units, periods, other names) goes under one top cell that takes them all, in order: a
 * unit or deadline cell taking them first, else the last report column taking them (`投资完成情况`
 * after `月度进展情况`: a group's name comes after the report's own column). The header as one row,
 * a column's name for each column (see subName), or null when the sub-names cannot be placed so.
 */
export function spreadSubNames(top: readonly string[], subs: readonly string[]): string[] | null {
  if (subs.length < 2 || subs.some((s) => s.trim() === '')) return null;
  const runs: string[][] = [];
  for (const s of subs) {
    const last = runs[runs.length - 1];
    if (last && runKind(last[0]) === runKind(s) && !last.includes(s)) last.push(s);
    else runs.push([s]);
  }
  const parents: number[] = [];
  let from = 0;
  for (const run of runs) {
    if (run.length < 2) return null;
    const takes = top.flatMap((t, k) => (k >= from && run.every((s) => subColumn(t, s) !== null) ? [k] : []));
    if (takes.length === 0) return null;
    const parent = takes.find((k) => headerRole(top[k]) !== 'other') ?? takes[takes.length - 1];
    parents.push(parent);
    from = parent + 1;
  }
  return top.flatMap((t, k) => {
    const r = parents.indexOf(k);
    return r < 0 ? [t] : runs[r].map((s) => subName(t, s));
  });
}

/**
 * A sub-column's name in a header of one row: a unit column's own (`牵头单位`); else both names
 * (`时间节点（一季度）`, `投资完成情况（占比(%)）`), read by the top one (see headerRole, periodColumns).
 */
function subName(top: string, sub: string): string {
  const under = subColumn(top, sub);
  return under?.kind === 'role' ? sub.trim() : `${top.trim()}（${sub.trim()}）`;
}

/** `时间节点（一季度）`: the deadline's period columns in a header of one row (see subName), when two or more. */
export function periodColumns(names: readonly string[]): Array<{ index: number; name: string }> {
  const periods = names.flatMap((n, index) => {
    const name = periodUnderDeadline(n);
    return name === null ? [] : [{ index, name }];
  });
  return periods.length >= 2 ? periods : [];
}

/** `时间节点（一季度）` → `一季度`: a period column under the deadline (see subName), its cells a stage's text; else null. */
export function periodUnderDeadline(name: string): string | null {
  const m = /^(.+)（([^（）]+)）$/.exec(name.trim());
  return m && headerRole(m[1]) === 'deadline' && isPeriodName(m[2]) ? m[2] : null;
}

function runKind(name: string): string {
  if (isPeriodName(name)) return 'period';
  return family(headerRole(name)) === 'unit' ? 'unit' : 'other';
}

/** The top cell over column `i` of a grid's header: its own, else the nearest to its left that spans over it (blank cells between). */
export function topOver(top: readonly string[], sub: readonly string[], i: number): string {
  for (let k = i; k >= 0; k--) {
    if ((top[k] ?? '').trim() !== '') return top[k];
    // A blank top cell over a blank sub-cell: no span reaches across it.
    if ((sub[k] ?? '').trim() === '') return '';
  }
  return '';
}

/** `√`, `✓`, `●`: a cell only marking its period. */
const MARK = /^[√✓✔●○◆★☆▲△■□·是]$/;

/**
 * The deadline of a row whose stages stand in period columns (`一季度 | 二季度 | … ` under
 * `时间节点`): the stages as one schedule (`一季度：完成选址；四季度：投入运营`), which the deadline
 * reads by its last period; a cell only marking its period gives the period alone. '' when none is filled.
 */
export function periodSchedule(cells: readonly string[], periods: ReadonlyArray<{ index: number; name: string }>): string {
  return periods.flatMap(({ index, name }) => {
    const cell = (cells[index] ?? '').trim();
    if (cell === '' || /^[/／\\—–-]+$/.test(cell)) return [];
    return [MARK.test(cell) ? name : `${name}：${cell}`];
  }).join('；');
}

/** `合计`, `小计`, `总计`: the words opening a row of totals. */
export const TOTALS = /^(?:合\s*计|小\s*计|总\s*计|共\s*计)[:：]?$/;

/**
 * A row of figures beside one word: a total (`合计 | 182852 | 55219.1`) or a section heading with its
 * section's figures (`一、市级重点民生实事 | 16842 | 4906.1 29.1`). The word, or null.
 */
export function wordBesideFigures(filled: readonly string[]): string | null {
  const words = filled.filter((c) => !c.split(/\s+/).every((p) => isFigure(p)));
  return filled.length >= 2 && words.length === 1 ? words[0] : null;
}
