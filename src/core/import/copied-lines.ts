import { isDeadlineLike, isMostlyUnits, isUnitLike, opensWithStage } from './column-content';
import { fullWidth } from './copied-rows';
import { headerRole, isRepeatedHeader, readsAsColumnName } from './header';
import { narrowName } from './narrow-name';
import { isPageNumber, NOTE } from './page-furniture';
import { parseCategoryHeading } from './section-heading';
import type { SourceRow } from './types';
import { isPersonName } from './unit-persons';
import { SEQ_NUMBER } from './seq-number';
import { spreadSubNames } from './sub-header';


/**
 * A table copied from a web page whose cells hold line breaks or paragraphs: the browser writes each
 * on a line of its own, so a row (the header too) spans several tab-separated lines.
 * - A line break (`<br>`): the line ends inside a cell, the next line goes on in the same cell
 *   (`市民政局` / `伍泽国\t已完成。`).
 * - Paragraphs (`<p>`): the row's line ends with an empty cell (a tab), the paragraphs follow on
 *   lines of their own, blank lines between, then the row's further cells on a new line.
 * The header is put back together first (its cells must read as column names), giving the width a
 * row may reach; a data row takes the lines after it until one starts a row of its own (a 序号 or a
 * section heading first), or the row would grow wider than the header (one more cell when a header
 * cell spans two columns). Tables copied without such cells come out as they were.
 */
export function joinCopiedLines(rows: readonly SourceRow[]): SourceRow[] {
  const headerAt = rows.findIndex((r) => r.cells.length >= 2 && r.cells.some((c) => isRoleName(c)));
  if (headerAt < 0) return [...rows];
  const out = rows.slice(0, headerAt);
  const header = joinHeader(rows, headerAt);
  let i = header.next;
  // Sub-headers under a header cell over several columns (`牵头单位\t配合单位` under `责任单位`): the
  // browser writes them alone on the next line; they go under that cell (see spreadSubNames).
  const next = i < rows.length ? rows[i].cells.map((c) => c.trim()) : [];
  const spread = next.length >= 2 ? spreadSubNames(header.row.cells, next) : null;
  if (spread) i += 1;
  out.push(spread ? { ...header.row, cells: spread } : header.row);
  const width = (spread ?? header.row.cells).length;
  // A header name over two columns (`工作措施` over a group `（一）…` and its numbered measure): lines wider
  // than the header say so; only a row opening with the group's heading fills that column too.
  const wider = fullWidth(rows.slice(i).filter((r) => !isRepeatedHeader(r)), width);
  let lastHadParagraphs = false;
  const shortAfterParagraphs = new Set<SourceRow>();
  const dataFrom = out.length;
  while (i < rows.length) {
    const lead = leadingLines(rows, i);
    const row = lead ? lead.row : rows[i];
    if (lead) i = lead.at;
    if (row.cells.length < 2) {
      out.push(row);
      i += 1;
      continue;
    }
    const whole = parseCategoryHeading(row.cells[0].trim()) !== null ? wider : width;
    let cells = [...row.cells];
    // A row line ending in an empty cell short of the header's width: a cell of paragraphs may follow.
    let paragraphs = cells[cells.length - 1].trim() === '' && cells.length < width;
    let gotParagraph = false;
    let paragraphCell = false;
    let j = i + 1;
    for (; j < rows.length; j++) {
      const next = rows[j];
      if (startsRow(next) || isPageNumber(next) || startsWholeRow(rows, j, cells.length, width)) break;
      if (paragraphs && next.cells.length === 1) {
        const last = cells.length - 1;
        cells[last] = [cells[last], next.cells[0].trim()].filter((c) => c !== '').join('\n');
        gotParagraph = true;
        paragraphCell = true;
        continue;
      }
      if (paragraphs) {
        // The row's further cells after its paragraphs; with no paragraph, a row of its own.
        if (!gotParagraph || cells.length + next.cells.length > width + 1) break;
        cells = [...cells, ...next.cells];
        paragraphs = false;
        continue;
      }
      if (next.cells.length === 1 && moreParagraph(cells, next.cells[0], width)) {
        cells[cells.length - 1] = `${cells[cells.length - 1]}\n${next.cells[0].trim()}`;
        paragraphCell = true;
        continue;
      }
      const joinedWidth = cells.length + next.cells.length - 1;
      if (next.breakBefore || joinedWidth > whole || !goesOn(cells[cells.length - 1], next.cells[0], joinedWidth === whole)) break;
      cells = [...cells.slice(0, -1), `${cells[cells.length - 1]}\n${next.cells[0].trim()}`, ...next.cells.slice(1)];
    }
    // Blank lines between a cell's paragraphs are no page break: the row after them does not start a page.
    const built = { ...row, cells, ...(lastHadParagraphs ? { breakBefore: false } : {}) };
    if (paragraphs && gotParagraph) shortAfterParagraphs.add(built);
    out.push(built);
    lastHadParagraphs = paragraphCell;
    i = j;
  }
  return withCellAfterParagraphs(out, dataFrom, shortAfterParagraphs, width);
}

/**
 * A browser writes the cell after a cell of paragraphs on a line of its own without a tab: a row
 * left short by its paragraphs (`2⇥一般公共预算…⇥` / `区财政局` / `区税务局` / `区政府有关部门,…`) takes
 * its last paragraph as its next cell when every other row of the table fills every column (no
 * column is merged down, so none may be missing).
 */
function withCellAfterParagraphs(out: SourceRow[], from: number, short: ReadonlySet<SourceRow>, width: number): SourceRow[] {
  const others = out.slice(from).filter((r) => r.cells.length >= 2 && !short.has(r));
  if (short.size === 0 || others.length < 2 || !others.every((r) => r.cells.length === width && r.cells[width - 1].trim() !== '')) return out;
  return out.map((r) => {
    const paragraphs = short.has(r) ? r.cells[r.cells.length - 1].split('\n') : [];
    if (paragraphs.length < 2 || r.cells.length + 1 !== width) return r;
    return { ...r, cells: [...r.cells.slice(0, -1), paragraphs.slice(0, -1).join('\n'), paragraphs[paragraphs.length - 1]] };
  });
}

/**
 * A line standing alone (blank lines around it) after a row's line: the next paragraph of the row's
 * last cell (`经开区` / `高新园（邹区镇）` / `各街道`: a cell of units a paragraph each), when the row
 * has all its cells or both are units. Not a section heading or a note.
 */
function moreParagraph(cells: readonly string[], line: string, width: number): boolean {
  const text = line.trim();
  if (text === '' || parseCategoryHeading(text) || NOTE.test(text) || SEQ_NUMBER.test(text)) return false;
  const last = cells[cells.length - 1].split('\n').pop() ?? '';
  // After a cell of units, a line that names none is the task of a row whose other cells are merged above.
  if ((isUnitLike(last) || isMostlyUnits(last)) && !isUnitLike(text)) return false;
  return cells.length === width || isUnitLike(text);
}

/**
 * Short lines opening the next row's first cell (`长沙` / `先导` / `区管委会⇥推进…⇥…`, a merged cell's
 * `<br>`s), not lines of the row's last cell: taken into that cell, the row would grow wider than the header.
 */
function startsWholeRow(rows: readonly SourceRow[], at: number, cells: number, width: number): boolean {
  const ahead = rows[at].cells.length === 1 ? leadingLines(rows, at) : null;
  // Only a name cut narrow: a whole unit alone on its line (`区统计局`) is the last cell's next line.
  return ahead !== null && ahead.narrow && cells + ahead.row.cells.length - 1 > width;
}

/** A line of a cell broken over lines (`<br>`) before the row's first tab: short, no sentence. */
const SHORT_LINE = 16;

/**
 * The first cell of a row broken over lines (`（一）` / `持续` / `推进` / `建设⇥1⇥完成…`: a category merged
 * down, its `<br>`s each a line): the lines standing alone before a row's line are that cell's first
 * lines, when they are short and the row's line does not start a row of its own (a 序号 first).
 * The row with its first cell whole, and where its line is; null when `at` starts no such run.
 */
function leadingLines(rows: readonly SourceRow[], at: number): { row: SourceRow; at: number; narrow: boolean } | null {
  const piece = (r: SourceRow, first: boolean) => {
    const text = r.cells[0].trim();
    const heading = parseCategoryHeading(text);
    // Only a bare number (`（一）`) may open the cell: a heading with its title is a row of its own.
    return r.cells.length === 1 && !r.breakBefore && text !== '' && text.length <= SHORT_LINE && !NOTE.test(text) && !isPageNumber(r)
      && (heading === null || (first && heading.title === ''));
  };
  let end = at;
  while (end < rows.length && piece(rows[end], end === at)) end += 1;
  const line = rows[end];
  if (end === at || !line || line.cells.length < 2 || line.breakBefore || startsRow(line)) return null;
  // The row's line goes on with the cell's last piece (`建设⇥1⇥…`), not with a task or a repeated header.
  const rest = line.cells[0].trim();
  if (rest.length > SHORT_LINE || SEQ_NUMBER.test(rest) || /^\d/.test(rest) || line.cells.some((c) => isRoleName(c))) return null;
  const lines = [...rows.slice(at, end).map((r) => r.cells[0].trim()), line.cells[0].trim()];
  const narrow = narrowName(lines);
  return { row: { ...rows[at], cells: [narrow ?? lines.join('\n'), ...line.cells.slice(1)] }, at: end, narrow: narrow !== null };
}

/** The header's first line and the lines its cells go on over (each joined cell a column name). */
function joinHeader(rows: readonly SourceRow[], at: number): { row: SourceRow; next: number } {
  let cells = [...rows[at].cells];
  let next = at + 1;
  for (;;) {
    // Lines of one cell between: a name's explanation broken over lines (`责任部门` / `(加*号为牵头部门,` / `其余为参与部门)⇥责任街镇`).
    let end = next;
    while (end < rows.length && rows[end].cells.length === 1 && rows[end].cells[0].trim() !== '' && !rows[end].breakBefore && end - next < 3) end += 1;
    if (end >= rows.length || rows[end].cells.length < 2 || rows[end].breakBefore || startsRow(rows[end])) break;
    const line = rows[end].cells;
    const between = rows.slice(next, end).map((r) => r.cells[0].trim());
    const joined = [cells[cells.length - 1], ...between, line[0]].join('\n');
    if (line[0].trim() === '' || !isColumnName(joined) || !line.every((c, k) => k === 0 || isColumnName(c)) || (end === next && !isColumnName(line[0]) && !/^[（(][^]*[）)]$/.test(line[0].trim()))
      || twoNames(cells[cells.length - 1], line[0])) break;
    cells = [...cells.slice(0, -1), joined, ...line.slice(1)];
    next = end + 1;
  }
  return { row: { ...rows[at], cells }, next };
}

/** `完成时限` then `牵头单位`: two names of their own (a sub-header row below the header), not one name wrapped. */
function twoNames(a: string, b: string): boolean {
  // `(标*者为牵头部门)`: the name's explanation, no name of its own.
  if (/^[（(]/.test(b.trim())) return false;
  const first = headerRole(a);
  const second = headerRole(b);
  // `备注` then `完成额度（万元）`: a sub-header's figures after the header's last name; `责任单位` / `及责任人` one name.
  const joins = /[及和与、/／]$/.test(a.trim()) || /^[及和与、/／]/.test(b.trim());
  return first !== null && second !== null && first !== 'other' && (second !== 'other' || !joins) && first !== second;
}

function isRoleName(cell: string): boolean {
  const role = headerRole(cell);
  return role !== null && role !== 'other';
}

function isColumnName(cell: string): boolean {
  return cell.trim() === '' || headerRole(cell) !== null || readsAsColumnName(cell.replace(/\s+/g, ''));
}

/**
 * Whether the next line's first cell goes on in the cell the line before ended with: not after a
 * cell that ends a row (units, a deadline, `/`: a row lacking merged cells), unless what follows the
 * units is the person in charge (`市民政局` / `伍泽国`) or, making the row whole (`completes`), more
 * units one a line (`县住建局` / `县财政局\t12月底前`).
 */
function goesOn(last: string, next: string, completes: boolean): boolean {
  if (next.trim() === '') return false;
  // `区农业农村委*、` / `区规划资源局、`: a list going on.
  if (/[、，,；;]$/.test(last.trim())) return true;
  // `第二季度：…` / `第四季度：…`: a schedule's stages, one a line, however short each.
  if (opensWithStage(last.split('\n').pop() ?? '') && opensWithStage(next)) return true;
  if (isDeadlineLike(last) || /^(?:[/／\\—–-]+|无)$/.test(last.trim())) return false;
  // A list of units does not go on in a task's text: that is a row lacking its merged cells.
  if (isMostlyUnits(last) && !isUnitLike(next) && !isPersonName(next.trim())) return false;
  return !isUnitLike(last) || isPersonName(next.trim()) || (completes && isUnitLike(next));
}

/** A line that starts a row of its own: its first cell a 序号 or a section heading, or a table note. */
function startsRow(row: SourceRow): boolean {
  const first = row.cells[0].trim();
  if (row.cells.length === 1) return parseCategoryHeading(first) !== null || NOTE.test(first);
  return SEQ_NUMBER.test(first) || parseCategoryHeading(first) !== null;
}
