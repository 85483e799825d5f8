/**
 * The hidden 撤销数据 sheet, packed: each merge (batch) is one record of its changes, kept as
 * JSON text over as few rows as Excel's 32,767-character cell allows, instead of one row per
 * changed value (62,093 rows for one round of 300 returns into 5,000 tasks; twelve rounds neared
 * Excel's row limit and made every merge several times slower than reading and writing the file).
 *
 * One row per part of a batch: 批次 | 段 | 段数 | 记录数 | 校验 | 数据. The record is
 * `{"s": [texts…], "g": [[time, round, unit, taskId, sourceFile, field, old, new, field, old, new…]…]}`:
 * every text once in `s`, each group one (task, unit) of one return with only the fields that
 * changed, as indexes into `s`. 校验 is a checksum of the batch's 批次, 记录数 and 数据, so a
 * batch edited or cut by hand is told apart (and undo refuses it) rather than half-restored.
 * The values are exact: nothing is trimmed or turned into a date on the way.
 *
 * A ledger written before this format holds one row per change with 变更记录's nine columns;
 * ledger-read.ts reads both (isPackedUndoData tells them apart) and the layout writes this one.
 */
import type { ChangeRecord } from './ledger';
import type { GridValue, SheetGrid } from './ledger-grid';

export const UNDO_DATA_HEADERS = ['批次', '段', '段数', '记录数', '校验', '数据'] as const;

/** Characters of JSON per cell: under Excel's 32,767 with room to spare. */
export const UNDO_DATA_CHUNK = 30_000;

export interface UndoDataRow {
  batchId: string;
  /** 1-based part of the batch's record, of `parts`. */
  part: number;
  parts: number;
  /** Changes in the batch. */
  records: number;
  checksum: string;
  data: string;
}

const GROUP_KEYS = ['time', 'round', 'unit', 'taskId', 'sourceFile'] as const;

/** Consecutive records with the same batch id. */
function batches(changes: readonly ChangeRecord[]): ChangeRecord[][] {
  const out: ChangeRecord[][] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last && last[0].batchId === c.batchId) last.push(c);
    else out.push([c]);
  }
  return out;
}

function packBatch(records: readonly ChangeRecord[]): string {
  const s: string[] = [];
  const index = new Map<string, number>();
  const at = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = s.length;
      s.push(text);
      index.set(text, i);
    }
    return i;
  };
  const g: number[][] = [];
  let previous: ChangeRecord | undefined;
  for (const r of records) {
    const group = g[g.length - 1];
    if (group && previous && GROUP_KEYS.every((k) => previous![k] === r[k])) group.push(at(r.field), at(r.oldValue), at(r.newValue));
    else g.push([...GROUP_KEYS.map((k) => at(r[k])), at(r.field), at(r.oldValue), at(r.newValue)]);
    previous = r;
  }
  return JSON.stringify({ s, g });
}

/** 32-bit FNV-1a of the text, as 8 hex digits: enough to tell a hand edit, not a safeguard against forgery. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function batchChecksum(batchId: string, records: number, data: string): string {
  return checksum(`${batchId}\n${records}\n${data}`);
}

/** Cuts text into parts of at most `size` characters, never between the two halves of a surrogate pair. */
function split(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length > 0 ? parts : [''];
}

/** The rows of 撤销数据 (header excluded) for these changes, oldest batch first. */
export function packChanges(changes: readonly ChangeRecord[], chunk = UNDO_DATA_CHUNK): UndoDataRow[] {
  const rows: UndoDataRow[] = [];
  for (const records of batches(changes)) {
    const batchId = records[0].batchId;
    const data = packBatch(records);
    const sum = batchChecksum(batchId, records.length, data);
    const parts = split(data, chunk);
    parts.forEach((text, i) => rows.push({ batchId, part: i + 1, parts: parts.length, records: records.length, checksum: sum, data: text }));
  }
  return rows;
}

/** Whether a 撤销数据 sheet is in this packed form (its header), rather than one row per change. */
export function isPackedUndoData(grid: SheetGrid): boolean {
  const header = grid.rows[0] ?? [];
  return UNDO_DATA_HEADERS.every((h, i) => header[i] === h);
}

export interface UnpackedUndoData {
  /** The changes of every whole batch, in order. */
  changes: ChangeRecord[];
  /**
   * The batches in the order the sheet holds them, each with its changes or, for a batch whose
   * rows were edited, removed or reordered by hand, `damaged`.
   */
  batches: Array<{ batchId: string; changes: ChangeRecord[] } | { batchId: string; damaged: true }>;
}

const text = (v: GridValue | undefined): string => (v === null || v === undefined ? '' : String(v));

function unpackBatch(batchId: string, records: number, data: string): ChangeRecord[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  const { s, g } = (parsed ?? {}) as { s?: unknown; g?: unknown };
  if (!Array.isArray(s) || !Array.isArray(g) || !s.every((x) => typeof x === 'string')) return null;
  const texts = s as string[];
  const out: ChangeRecord[] = [];
  for (const group of g as unknown[]) {
    if (!Array.isArray(group) || group.length < 8 || (group.length - 5) % 3 !== 0) return null;
    if (!group.every((i) => Number.isInteger(i) && i >= 0 && i < texts.length)) return null;
    const t = (group as number[]).map((i) => texts[i]);
    for (let f = 5; f < t.length; f += 3) {
      out.push({ time: t[0], round: t[1], unit: t[2], taskId: t[3], field: t[f], oldValue: t[f + 1], newValue: t[f + 2], sourceFile: t[4], batchId });
    }
  }
  return out.length === records ? out : null;
}

/** The packed 撤销数据 sheet back to changes; see UnpackedUndoData. */
export function unpackChanges(grid: SheetGrid): UnpackedUndoData {
  const rows = grid.rows.slice(1).filter((row) => row.some((v) => text(v) !== ''));
  const runs: Array<{ batchId: string; rows: GridValue[][] }> = [];
  for (const row of rows) {
    const batchId = text(row[0]);
    const last = runs[runs.length - 1];
    if (last && last.batchId === batchId) last.rows.push(row);
    else runs.push({ batchId, rows: [row] });
  }
  const result: UnpackedUndoData = { changes: [], batches: [] };
  for (const run of runs) {
    const first = run.rows[0];
    const parts = Number(first[2]);
    const records = Number(first[3]);
    const sum = text(first[4]);
    const whole =
      run.rows.length === parts &&
      run.rows.every((row, i) => Number(row[1]) === i + 1 && Number(row[2]) === parts && Number(row[3]) === records && text(row[4]) === sum);
    const data = run.rows.map((row) => text(row[5])).join('');
    const changes = whole && batchChecksum(run.batchId, records, data) === sum ? unpackBatch(run.batchId, records, data) : null;
    if (changes) {
      result.changes.push(...changes);
      result.batches.push({ batchId: run.batchId, changes });
    } else {
      result.batches.push({ batchId: run.batchId, damaged: true });
    }
  }
  return result;
}
