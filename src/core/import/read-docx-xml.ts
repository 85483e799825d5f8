import type { SourceRow, SourceTable } from './types';

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const VAL = /\bw:val\s*=\s*"([^"]*)"/;

interface CellDraft {
  text: string;
  span: number;
  continuesMerge: boolean;
}

/**
 * Reads `word/document.xml` (WordprocessingML, no DOM needed): paragraphs outside tables become
 * one-cell rows (the title), each table row a row of cells with `w:gridSpan` expanded (value, then
 * blanks) and `w:vMerge` continuations blank, as merged cells arrive from a worksheet. A table
 * after the first marks a break: the breakdown was continued in another table.
 */
export function readDocumentXml(xml: string): SourceTable {
  const rows: SourceRow[] = [];
  let depth = 0;
  let tablesSeen = 0;
  let breakPending = false;
  let inText = false;
  let inRun = false;
  let paragraph = '';
  let cells: CellDraft[] = [];
  let cell: CellDraft | null = null;
  let gridBefore = 0;

  const push = (values: string[], continued: number[] = []) => {
    const row: SourceRow = { row: rows.length + 1, cells: values, breakBefore: breakPending };
    if (continued.length > 0) row.continued = continued;
    rows.push(row);
    breakPending = false;
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) paragraph += decodeEntities(text);
      continue;
    }
    if (!name) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    switch (name) {
      case 'w:t':
        inText = !isClose && !isEmpty;
        break;
      case 'w:r':
        inRun = !isClose && !isEmpty;
        break;
      case 'w:tab':
        // <w:tab/> inside w:pPr/w:tabs is a tab stop definition, not text.
        if (!isClose && inRun) paragraph += depth > 0 ? ' ' : '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (!isClose) paragraph += '\n';
        break;
      case 'w:p':
        if (isClose || isEmpty) {
          if (depth === 0) {
            if (paragraph.trim() !== '') push([paragraph.trim()]);
          } else if (cell) {
            cell.text += (cell.text === '' ? '' : '\n') + paragraph;
          }
          paragraph = '';
        } else {
          paragraph = '';
        }
        break;
      case 'w:tbl':
        if (isClose) depth -= 1;
        else {
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
        } else push(expandRow(cells, gridBefore), continuedColumns(cells, gridBefore));
        break;
      case 'w:gridBefore':
        if (depth === 1) gridBefore = Number(VAL.exec(attrs)?.[1] ?? 0);
        break;
      case 'w:tc':
        if (depth !== 1) break;
        if (!isClose) cell = { text: '', span: 1, continuesMerge: false };
        else if (cell) {
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
  return { rows, hasCellAddresses: false };
}

function expandRow(cells: readonly CellDraft[], gridBefore: number): string[] {
  const out: string[] = Array.from({ length: gridBefore }, () => '');
  for (const c of cells) {
    out.push(c.continuesMerge ? '' : tidyCell(c.text));
    for (let i = 1; i < c.span; i++) out.push('');
  }
  return out;
}

function continuedColumns(cells: readonly CellDraft[], gridBefore: number): number[] {
  const columns: number[] = [];
  let column = gridBefore;
  for (const c of cells) {
    if (c.continuesMerge) for (let i = 0; i < c.span; i++) columns.push(column + i);
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

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e];
  });
}
