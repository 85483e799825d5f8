import { headerRole } from './header';
import type { SourceRow } from './types';

interface Token {
  text: string;
  /** Display column where the token starts (CJK and full-width characters count two). */
  at: number;
}

const GAP = /\s{2,}|\u3000+/;

/**
 * Text laid out in columns with spaces (`pdftotext -layout`, a PDF viewer's copy): when a line of
 * header names separated by wide gaps is found, every later line's pieces go to the column whose
 * header starts nearest. Null when no such header line exists.
 */
export function readAlignedRows(lines: readonly string[]): SourceRow[] | null {
  const header = lines.findIndex(isAlignedHeader);
  if (header < 0) return null;
  const anchors = tokens(lines[header]).map((t) => t.at);
  const rows: SourceRow[] = [];
  let breakBefore = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      breakBefore = true;
      return;
    }
    const cells = i < header ? [line.trim()] : place(tokens(line), anchors);
    rows.push({ row: i + 1, cells, breakBefore });
    breakBefore = false;
  });
  return rows;
}

function isAlignedHeader(line: string): boolean {
  const found = tokens(line);
  if (found.length < 3) return false;
  const roles = found.map((t) => headerRole(t.text));
  return roles.every((r) => r !== null) && roles.some((r) => r === 'task' || r === 'requirement');
}

function place(found: readonly Token[], anchors: readonly number[]): string[] {
  const cells = anchors.map(() => '');
  for (const token of found) {
    let best = 0;
    anchors.forEach((a, k) => {
      if (Math.abs(a - token.at) < Math.abs(anchors[best] - token.at)) best = k;
    });
    cells[best] += token.text;
  }
  return cells;
}

function tokens(line: string): Token[] {
  const found: Token[] = [];
  let rest = line.replace(/\s+$/, '');
  let at = 0;
  while (rest !== '') {
    const lead = /^\s*/.exec(rest)?.[0] ?? '';
    at += width(lead);
    rest = rest.slice(lead.length);
    const gap = GAP.exec(rest);
    const text = gap ? rest.slice(0, gap.index) : rest;
    found.push({ text, at });
    at += width(text);
    rest = rest.slice(text.length);
  }
  return found;
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/.test(ch) ? 2 : 1;
  return w;
}
