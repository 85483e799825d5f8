/**
 * A size guard for .xlsx/.docx files, run before ExcelJS or JSZip inflate anything: reads the
 * zip's central directory (what every entry declares) and refuses a file that would inflate
 * past a limit, whose header claims more than DEFLATE can produce, that holds absurdly many
 * entries, needs Zip64, or whose directory is malformed. Plain Uint8Array/DataView only: this
 * also runs in the task pane.
 *
 * What an entry really inflates to is checked next, by zip-inflate-check.ts; guardZip
 * (zip-guard.ts) runs both.
 */
import { zipLimitMessages as msg } from '../core/finding';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Declared uncompressed size of any one entry. */
  maxEntryBytes: number;
  maxEntries: number;
  /** `<row>` elements in any one worksheet, counted while inflating (see zip-inflate-check.ts). */
  maxRowsPerSheet: number;
}

const MB = 1024 * 1024;

/**
 * Rows per sheet in a ledger: below Excel's own 1,048,576, above a 5,000-task ledger's 变更记录
 * after a year of monthly rounds (~560,000 rows). ExcelJS needs ~3.8 GB to read 1,000,000 rows.
 */
const LEDGER_MAX_ROWS = 1_000_000;

/** A 报送表 or a 任务分解表 (.xlsx/.docx): a few thousand rows at most. */
export const RETURN_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 64 * MB, maxEntryBytes: 64 * MB, maxEntries: 2000, maxRowsPerSheet: 100_000 };
export const BREAKDOWN_ZIP_LIMITS: ZipLimits = RETURN_ZIP_LIMITS;
/** A 任务台账: 50,000 tasks with years of 变更记录 stay far below this. */
export const LEDGER_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 512 * MB, maxEntryBytes: 512 * MB, maxEntries: 2000, maxRowsPerSheet: LEDGER_MAX_ROWS };

/** DEFLATE emits at most 258 bytes per 2 bits (~1032:1); a header claiming more lies. */
export const MAX_DEFLATE_RATIO = 1032;

export type ZipProblem =
  | { kind: 'malformed' }
  | { kind: 'zip64' }
  | { kind: 'too-many-entries'; entries: number; limit: number }
  | { kind: 'entry-too-large'; entry: string; declaredBytes: number; limitBytes: number }
  | { kind: 'total-too-large'; declaredBytes: number; limitBytes: number }
  | { kind: 'lying-header'; entry: string; compressedBytes: number; declaredBytes: number }
  | { kind: 'inflates-beyond-declared'; entry: string; declaredBytes: number }
  | { kind: 'too-many-rows'; entry: string; limit: number };

export type ZipCheck = { ok: true; entries: ZipEntryInfo[]; totalBytes: number } | { ok: false; problem: ZipProblem };

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedBytes: number;
  declaredBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const MAX_COMMENT = 0xffff;
export const STORED = 0;

/** Checks the declared sizes against the limits; never inflates. */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const read = readCentralDirectory(bytes, limits.maxEntries);
  if (!read.ok) return read;
  let total = 0;
  for (const e of read.entries) {
    if (e.declaredBytes > limits.maxEntryBytes) return { ok: false, problem: { kind: 'entry-too-large', entry: e.name, declaredBytes: e.declaredBytes, limitBytes: limits.maxEntryBytes } };
    const lie = e.method === STORED ? e.declaredBytes > e.compressedBytes : e.declaredBytes > e.compressedBytes * MAX_DEFLATE_RATIO;
    if (lie) return { ok: false, problem: { kind: 'lying-header', entry: e.name, compressedBytes: e.compressedBytes, declaredBytes: e.declaredBytes } };
    total += e.declaredBytes;
  }
  if (total > limits.maxTotalBytes) return { ok: false, problem: { kind: 'total-too-large', declaredBytes: total, limitBytes: limits.maxTotalBytes } };
  return { ok: true, entries: read.entries, totalBytes: total };
}

/** The entries the central directory lists, or why it cannot be trusted. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): { ok: true; entries: ZipEntryInfo[] } | { ok: false; problem: ZipProblem } {
  const fail = (problem: ZipProblem) => ({ ok: false as const, problem });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return fail({ kind: 'malformed' });
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) return fail({ kind: 'zip64' });
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return fail({ kind: 'zip64' });
  if (count > maxEntries) return fail({ kind: 'too-many-entries', entries: count, limit: maxEntries });
  // Read the directory where it ends (just before the EOCD), as JSZip does for zips with a prefix.
  if (offset + size > eocd) return fail({ kind: 'malformed' });
  const entries: ZipEntryInfo[] = [];
  let at = eocd - size;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_LENGTH > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return fail({ kind: 'malformed' });
    const compressedBytes = view.getUint32(at + 20, true);
    const declaredBytes = view.getUint32(at + 24, true);
    if (compressedBytes === 0xffffffff || declaredBytes === 0xffffffff) return fail({ kind: 'zip64' });
    const nameLength = view.getUint16(at + 28, true);
    const next = at + CENTRAL_LENGTH + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) return fail({ kind: 'malformed' });
    const name = new TextDecoder().decode(bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength));
    entries.push({ name, method: view.getUint16(at + 10, true), compressedBytes, declaredBytes });
    at = next;
  }
  return { ok: true, entries };
}

/** Offset of the End of Central Directory record, searched backwards over a possible comment; -1 if none. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_LENGTH + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

/** The Chinese reason for a refusal, without the file name (the reader adds it its own way). */
export function zipProblemText(problem: Exclude<ZipProblem, { kind: 'malformed' }>): string {
  switch (problem.kind) {
    case 'zip64':
      return msg.zip64();
    case 'too-many-entries':
      return msg.tooManyEntries(problem.entries, problem.limit);
    case 'entry-too-large':
      return msg.entryTooLarge(problem.entry, megabytes(problem.limitBytes), megabytes(problem.declaredBytes));
    case 'total-too-large':
      return msg.totalTooLarge(megabytes(problem.limitBytes), megabytes(problem.declaredBytes));
    case 'lying-header':
    case 'inflates-beyond-declared':
      return msg.lyingHeader(problem.entry);
    case 'too-many-rows':
      return msg.tooManyRows(problem.entry, problem.limit);
  }
}

/** Whole MB, or one decimal below 100 MB so a file just over the limit does not read "64 MB > 64 MB". */
function megabytes(bytes: number): number {
  const mb = bytes / MB;
  return mb >= 100 ? Math.round(mb) : Math.ceil(mb * 10) / 10;
}
