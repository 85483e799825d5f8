import type { SourceRow, SourceTable } from './types';

/** An XML token: [1] '/' of a closing tag, [2] element name, [3] attributes, [4] '/' of an empty element, [5] text. */
export const XML_TOKEN = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const VAL = /\bw:val\s*=\s*"([^"]*)"/;

interface CellDraft {
  text: string;
  span: number;
  continuesMerge: boolean;
}

interface DraftRow {
  cells: CellDraft[];
  /** Grid columns left empty before the first cell (w:gridBefore). */
  gridBefore: number;
}

/**
 * What a paragraph's text goes to when it ends: the table cell or paragraph it is inside (a text
 * box's paragraphs are inside the paragraph that anchors it), or the body when the stack is empty.
 */
type Container = { kind: 'paragraph'; text: string; inner: string[] } | { kind: 'cell'; cell: CellDraft };

/** A run being read: whether its properties hide it (w:vanish). */
interface RunState {
  hidden: boolean;
}

const OFF = /^(0|false|off)$/;

/**
 * Reads `word/document.xml` (WordprocessingML, no DOM needed): paragraphs outside tables become
 * one-cell rows (the title), each table row a row of cells with `w:gridSpan` expanded (value, then
 * blanks) and `w:vMerge` continuations blank, as merged cells arrive from a worksheet. A table
 * after the first marks a break: the breakdown was continued in another table.
 *
 * Text is read as it shows: hidden runs (w:vanish) and deleted text are left out; of the
 * alternatives of an mc:AlternateContent (a text box as DrawingML, then as VML) only the first is
 * read; a text box's paragraphs follow the paragraph that anchors them.
 */
export function readDocumentXml(xml: string): SourceTable {
  const rows: SourceRow[] = [];
  let depth = 0;
  let tablesSeen = 0;
  let breakPending = false;
  let inText = false;
  const runs: RunState[] = [];
  /** Inside the properties of the run being read (its first child), not of a paragraph or an older revision. */
  let inRunProps = false;
  let runJustOpened = false;
  const containers: Container[] = [];
  const isRepeatedAlternative = alternativeFilter();
  let cells: CellDraft[] = [];
  let cell: CellDraft | null = null;
  let gridBefore = 0;
  let tableRows: DraftRow[] = [];

  const push = (values: string[], continued: number[] = [], spanned: number[] = []) => {
    const row: SourceRow = { row: rows.length + 1, cells: values, breakBefore: breakPending };
    if (continued.length > 0) row.continued = continued;
    if (spanned.length > 0) row.spanned = spanned;
    rows.push(row);
    breakPending = false;
  };
  const flushTable = () => {
    const place = cellPlacement(tableRows);
    for (const r of tableRows) push(expandRow(r, place), continuedColumns(r), spannedColumns(r, place));
    tableRows = [];
  };
  const top = () => containers[containers.length - 1];
  const write = (text: string) => {
    const paragraph = top();
    if (paragraph?.kind === 'paragraph' && !runs[runs.length - 1]?.hidden) paragraph.text += text;
  };
  const endParagraph = () => {
    if (top()?.kind !== 'paragraph') return;
    const ended = containers.pop() as Extract<Container, { kind: 'paragraph' }>;
    const lines = [ended.text, ...ended.inner];
    const into = top();
    if (into?.kind === 'paragraph') into.inner.push(...lines);
    else if (into?.kind === 'cell') for (const line of lines) into.cell.text += (into.cell.text === '' ? '' : '\n') + line;
    else if (depth === 0) for (const line of lines) if (line.trim() !== '') push([line.trim()]);
  };

  for (const m of xml.matchAll(XML_TOKEN)) {
    if (isRepeatedAlternative(m)) continue;
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) write(decodeEntities(text));
      continue;
    }
    if (!name) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    const firstInRun = runJustOpened;
    runJustOpened = false;
    switch (name) {
      case 'w:t':
        inText = !isClose && !isEmpty;
        break;
      case 'w:r':
        if (isClose) runs.pop();
        else if (!isEmpty) {
          runs.push({ hidden: false });
          runJustOpened = true;
        }
        break;
      case 'w:rPr':
        inRunProps = firstInRun && !isClose && !isEmpty;
        break;
      case 'w:vanish':
        if (inRunProps && !isClose) runs[runs.length - 1].hidden = !OFF.test(VAL.exec(attrs)?.[1] ?? 'true');
        break;
      case 'w:tab':
        // <w:tab/> inside w:pPr/w:tabs is a tab stop definition, not text.
        if (!isClose && runs.length > 0) write(depth > 0 ? ' ' : '\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (!isClose) write('\n');
        break;
      case 'w:p':
        if (!isClose) containers.push({ kind: 'paragraph', text: '', inner: [] });
        if (isClose || isEmpty) endParagraph();
        break;
      case 'w:tbl':
        if (isClose) {
          depth -= 1;
          if (depth === 0) flushTable();
        } else {
          depth += 1;
          if (depth === 1) {
            if (tablesSeen > 0) breakPending = true;
            tablesSeen += 1;
          }
        }
        break;
      case 'w:tr':
        if (depth !== 1) break;
        if (!isClose) {
          cells = [];
          gridBefore = 0;
        } else tableRows.push({ cells, gridBefore });
        break;
      case 'w:gridBefore':
        if (depth === 1) gridBefore = Number(VAL.exec(attrs)?.[1] ?? 0);
        break;
      case 'w:tc':
        if (depth !== 1) break;
        if (!isClose) {
          cell = { text: '', span: 1, continuesMerge: false };
          containers.push({ kind: 'cell', cell });
        } else if (cell) {
          while (containers.length > 0 && containers.pop()?.kind !== 'cell');
          cells.push(cell);
          cell = null;
        }
        break;
      case 'w:gridSpan':
        if (depth === 1 && cell) cell.span = Math.max(1, Number(VAL.exec(attrs)?.[1] ?? 1));
        break;
      case 'w:vMerge':
        if (depth === 1 && cell) cell.continuesMerge = (VAL.exec(attrs)?.[1] ?? 'continue') === 'continue';
        break;
    }
  }
  flushTable();
  return { rows, hasCellAddresses: false };
}

/**
 * An mc:AlternateContent holds the same content in several forms (a text box as DrawingML, then
 * as VML, for programs that cannot read the first): only the first is read. The filter is fed every
 * token of the document in order and says which ones belong to a later form.
 */
export function alternativeFilter(): (token: RegExpMatchArray) => boolean {
  const taken: boolean[] = [];
  let skipping: { name: string; depth: number } | null = null;
  return ([, closing, name, , selfClosing]) => {
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    if (skipping) {
      if (name === skipping.name && !isEmpty) skipping.depth += isClose ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      return true;
    }
    if (name === 'mc:AlternateContent' && !isEmpty) {
      if (isClose) taken.pop();
      else taken.push(false);
    } else if ((name === 'mc:Choice' || name === 'mc:Fallback') && !isClose && !isEmpty && taken.length > 0) {
      if (taken[taken.length - 1]) {
        skipping = { name, depth: 1 };
        return true;
      }
      taken[taken.length - 1] = true;
    }
    return false;
  };
}

/**
 * Where a table's cells are read from. Word and Writer keep one grid per table: a row whose borders
 * were dragged out of line (its 牵头单位 cell starting one grid column left of the header's) adds
 * grid columns that the other rows span. A cell starting at a position that more rows run over
 * than start at is read from the next position inside it where more rows start a cell. Rows of one
 * cell (titles, section rows) say nothing about columns.
 */
function cellPlacement(rows: readonly DraftRow[]): (start: number, span: number) => number {
  const starting = new Map<number, number>();
  const crossing = new Map<number, number>();
  for (const r of rows) {
    if (r.cells.length < 2) continue;
    let column = r.gridBefore;
    for (const c of r.cells) {
      starting.set(column, (starting.get(column) ?? 0) + 1);
      for (let i = 1; i < c.span; i++) crossing.set(column + i, (crossing.get(column + i) ?? 0) + 1);
      column += c.span;
    }
  }
  const starts = (p: number) => starting.get(p) ?? 0;
  return (start, span) => {
    if (starts(start) >= (crossing.get(start) ?? 0)) return start;
    for (let p = start + 1; p < start + span; p++) if (starts(p) > starts(start)) return p;
    return start;
  };
}

/** A row's cells by grid column: each cell's text where `place` puts it, blanks for the rest of its span and for vMerge continuations. */
function expandRow({ cells, gridBefore }: DraftRow, place: (start: number, span: number) => number): string[] {
  const out: string[] = Array.from({ length: gridBefore }, () => '');
  for (const c of cells) {
    const at = place(out.length, c.span);
    for (let column = out.length, end = out.length + c.span; column < end; column++) out.push(column === at && !c.continuesMerge ? tidyCell(c.text) : '');
  }
  return out;
}

function continuedColumns({ cells, gridBefore }: DraftRow): number[] {
  const columns: number[] = [];
  let column = gridBefore;
  for (const c of cells) {
    if (c.continuesMerge) for (let i = 0; i < c.span; i++) columns.push(column + i);
    column += c.span;
  }
  return columns;
}

/** The columns of each cell's span other than the one its text is read in (see cellPlacement). */
function spannedColumns({ cells, gridBefore }: DraftRow, place: (start: number, span: number) => number): number[] {
  const columns: number[] = [];
  let column = gridBefore;
  for (const c of cells) {
    const at = place(column, c.span);
    if (!c.continuesMerge) for (let i = column; i < column + c.span; i++) if (i !== at) columns.push(i);
    column += c.span;
  }
  return columns;
}

function tidyCell(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A reference to no character (beyond U+10FFFF) reads as U+FFFD rather than throwing; the file readers refuse such files first. */
function codePoint(cp: number): string {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return codePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return codePoint(parseInt(e.slice(1), 10));
    return NAMED[e];
  });
}
