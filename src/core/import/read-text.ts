import { isDeadlineLike, isMostlyUnits, isUnitLike } from './column-content';
import { readAlignedRows } from './read-aligned';
import { joinCopiedLines } from './copied-lines';
import { readCellLines } from './read-cell-lines';
import { joinParagraphHeader } from './paragraph-header';
import { rowBarsAsTabText } from './row-bars';
import { joinWrappedBarHeader } from './wrapped-bar-header';
import { parseCategoryHeading } from './section-heading';
import type { SourceRow, SourceTable } from './types';

type Separator = '\t' | '|';

const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/**
 * Text as extracted from a PDF or copied from Excel/Word: tab-separated (Excel's quoting of cells
 * holding line breaks is understood), `|`-separated, a web page's text with one cell a line (see
 * readCellLines), or, with none of these, columns aligned with spaces.
 * A blank line marks a possible page break.
 */
export function readText(pageText: string): SourceTable {
  const text = rowBarsAsTabText(pageText) ?? pageText;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cellLines = readCellLines(lines);
  if (cellLines) return { rows: cellLines, hasCellAddresses: false };
  const separator = chooseSeparator(lines);
  if (separator === '\t' && !lines.some((l) => l.includes('\t'))) {
    const aligned = readAlignedRows(lines);
    if (aligned) return { rows: aligned, hasCellAddresses: false };
  }
  const rows: SourceRow[] = [];
  // Rows (by line number) whose `|` line does not end in a bar: the line may have been wrapped mid-cell.
  const openEnd = new Set<number>();
  let breakBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      breakBefore = true;
      continue;
    }
    if (separator === '|' && MARKDOWN_RULE.test(line.trim())) continue;
    const start = i;
    let cells: string[];
    if (separator === '\t') {
      const parsed = splitTabbed(lines, i);
      cells = parsed.cells;
      i = parsed.lastLine;
    } else {
      cells = splitPiped(line);
      if (!line.trim().endsWith('|')) openEnd.add(start + 1);
    }
    const row: SourceRow = { row: start + 1, cells, breakBefore };
    if (separator === '|' && cells.length >= 2 && cells[cells.length - 1] === '') row.padded = true;
    rows.push(row);
    breakBefore = false;
  }
  if (separator !== '\t') return { rows: joinWrappedBarHeader(rows, openEnd, commonWidth(rows)), hasCellAddresses: false };
  const joined = joinCopiedLines(rows);
  return { rows: joinSplitCells(joinParagraphHeader(joined, commonWidth(joined))), hasCellAddresses: false };
}

/**
 * Word copies a cell holding two paragraphs as two lines: `一、…\t第一段` then `第二段\t区政府办\t持续推进`.
 * Two consecutive short lines whose cells add up to exactly the table's width (one cell shared)
 * are one row, the shared cell holding a line break.
 */
function joinSplitCells(rows: readonly SourceRow[]): SourceRow[] {
  const width = commonWidth(rows);
  if (width < 3) return [...rows];
  const out: SourceRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const b = rows[i + 1];
    const fits = b && !b.breakBefore && a.cells.length >= 2 && b.cells.length >= 2 && a.cells.length < width
      && a.cells.length + b.cells.length - 1 === width && b.cells[0] !== '' && endsMidCell(a) && !parseCategoryHeading(b.cells[0]);
    if (!fits) {
      out.push(a);
      continue;
    }
    const shared = [a.cells[a.cells.length - 1], b.cells[0]].filter((c) => c !== '').join('\n');
    out.push({ ...a, cells: [...a.cells.slice(0, -1), shared, ...b.cells.slice(1)] });
    i += 1;
  }
  return out;
}

/** A line whose last cell may go on (a paragraph of text), not a row ending in its units, deadline or `/` (a web copy lacking merged cells). */
function endsMidCell(row: SourceRow): boolean {
  const last = row.cells[row.cells.length - 1];
  return !isUnitLike(last) && !isMostlyUnits(last) && !isDeadlineLike(last) && !/^(?:[/／\\—–-]+|无)$/.test(last.trim());
}

/** The number of cells most rows with a tab have. */
function commonWidth(rows: readonly SourceRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.cells.length >= 2) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) if (count > bestCount || (count === bestCount && width > best)) [best, bestCount] = [width, count];
  return best;
}

function chooseSeparator(lines: readonly string[]): Separator {
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  const piped = lines.filter((l) => (l.match(/\|/g) ?? []).length >= 2).length;
  return piped > tabbed ? '|' : '\t';
}

/** `a<br>b`: a line break inside a cell of a Markdown or HTML-copied table. */
const LINE_BREAK_TAG = /\s*<br\s*\/?>\s*/gi;

function splitPiped(line: string): string[] {
  const t = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|').map((c) => c.trim().replace(LINE_BREAK_TAG, '\n').trim());
}

/** Splits one tab-separated record starting at `lines[first]`; a cell starting with `"` may span lines. */
function splitTabbed(lines: readonly string[], first: number): { cells: string[]; lastLine: number } {
  const cells: string[] = [];
  let lineNo = first;
  let rest = lines[first];
  for (;;) {
    if (rest.startsWith('"')) {
      const quoted = readQuoted(lines, lineNo, rest);
      if (quoted) {
        cells.push(quoted.value.trim());
        lineNo = quoted.lineNo;
        rest = quoted.rest;
        if (rest.startsWith('\t')) {
          rest = rest.slice(1);
          continue;
        }
        return { cells, lastLine: lineNo };
      }
    }
    const tab = rest.indexOf('\t');
    if (tab < 0) {
      cells.push(rest.trim());
      return { cells, lastLine: lineNo };
    }
    cells.push(rest.slice(0, tab).trim());
    rest = rest.slice(tab + 1);
  }
}

/** Excel quoting: `"a""b` … `"` possibly over several lines; null when the quote never closes properly. */
function readQuoted(lines: readonly string[], lineNo: number, rest: string): { value: string; lineNo: number; rest: string } | null {
  let value = '';
  let text = rest.slice(1);
  let current = lineNo;
  for (;;) {
    const q = text.indexOf('"');
    if (q < 0) {
      if (current + 1 >= lines.length || current - lineNo > 20) return null;
      value += text + '\n';
      current += 1;
      text = lines[current];
      continue;
    }
    if (text[q + 1] === '"') {
      value += text.slice(0, q + 1);
      text = text.slice(q + 2);
      continue;
    }
    const after = text.slice(q + 1);
    if (after !== '' && !after.startsWith('\t')) return null;
    return { value: value + text.slice(0, q), lineNo: current, rest: after };
  }
}
