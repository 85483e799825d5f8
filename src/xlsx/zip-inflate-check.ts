/**
 * The second half of the zip guard: inflates every entry once as a stream, keeping nothing, and
 * stops at the first entry that inflates past the size its header declared (the lie the
 * directory check in zip-limits.ts cannot see) or a worksheet with more rows than the limit.
 * Runs only after checkZipLimits passed, so the total it inflates is bounded by that limit;
 * a stream stops within one input chunk (JSZip reads 16 KB at a time). Entries too small to
 * matter are not streamed (see SMALL_ENTRY_BYTES). Browser-safe.
 */
import type JSZip from 'jszip';
import { MAX_DEFLATE_RATIO, STORED, type ZipEntryInfo, type ZipLimits, type ZipProblem } from './zip-limits';

interface ChunkStream {
  on(event: 'data', callback: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', callback: () => void): ChunkStream;
  on(event: 'error', callback: (err: Error) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** JSZip's entry stream (public API, missing from its typings). */
function entryStream(file: JSZip.JSZipObject): ChunkStream {
  return (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * An entry small enough that DEFLATE cannot make it large: at most this many bytes even if its
 * header lies (compressed × MAX_DEFLATE_RATIO). Such an entry needs no size check, and a
 * worksheet among them is inflated whole to count its rows; streaming each of the dozen small
 * parts of a 报送表 cost a third of what ExcelJS takes to read it.
 */
const SMALL_ENTRY_BYTES = 16 * 1024 * 1024;

/**
 * `entries`: what the central directory declares (readCentralDirectory). An entry JSZip names
 * differently (an odd name encoding) is allowed the largest declared size, still under the limit.
 */
export async function checkInflatedEntries(zip: JSZip, entries: readonly ZipEntryInfo[], limits: ZipLimits): Promise<ZipProblem | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const largest = Math.max(0, ...entries.map((e) => e.declaredBytes));
  const small = smallEntries(entries, limits);
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const maxRows = WORKSHEET.test(file.name) ? limits.maxRowsPerSheet : Infinity;
    const problem = small.has(file.name)
      ? maxRows === Infinity ? null : await countRowsWhole(file, maxRows)
      : await inflateCounting(file, byName.get(file.name)?.declaredBytes ?? largest, maxRows);
    if (problem) return problem;
  }
  return null;
}

/**
 * The names of the entries that cannot inflate past SMALL_ENTRY_BYTES nor the entry limit, when
 * even together at their worst they stay under the total limit (otherwise none: all are streamed).
 */
function smallEntries(entries: readonly ZipEntryInfo[], limits: ZipLimits): Set<string> {
  const cap = Math.min(SMALL_ENTRY_BYTES, limits.maxEntryBytes);
  const worst = (e: ZipEntryInfo) => (e.method === STORED ? e.compressedBytes : e.compressedBytes * MAX_DEFLATE_RATIO);
  const small = entries.filter((e) => worst(e) <= cap);
  const others = entries.filter((e) => worst(e) > cap);
  const total = small.reduce((sum, e) => sum + worst(e), 0) + others.reduce((sum, e) => sum + e.declaredBytes, 0);
  return total <= limits.maxTotalBytes ? new Set(small.map((e) => e.name)) : new Set();
}

async function countRowsWhole(file: JSZip.JSZipObject, maxRows: number): Promise<ZipProblem | null> {
  let xml: Uint8Array;
  try {
    xml = await file.async('uint8array');
  } catch {
    return { kind: 'malformed' };
  }
  return rowCounter()(xml) > maxRows ? { kind: 'too-many-rows', entry: file.name, limit: maxRows } : null;
}

function inflateCounting(file: JSZip.JSZipObject, declaredBytes: number, maxRows: number): Promise<ZipProblem | null> {
  return new Promise((resolve) => {
    const rows = rowCounter();
    let bytes = 0;
    const stream = entryStream(file);
    const stop = (problem: ZipProblem) => {
      stream.pause();
      resolve(problem);
    };
    stream
      .on('data', (chunk) => {
        bytes += chunk.length;
        if (bytes > declaredBytes) return stop({ kind: 'inflates-beyond-declared', entry: file.name, declaredBytes });
        if (maxRows !== Infinity && rows(chunk) > maxRows) stop({ kind: 'too-many-rows', entry: file.name, limit: maxRows });
      })
      // JSZip's own check: fewer bytes than declared, a bad CRC or broken DEFLATE data.
      .on('error', () => resolve({ kind: 'malformed' }))
      .on('end', () => resolve(null))
      .resume();
  });
}

const [LT, R, O, W] = [...'<row'].map((ch) => ch.charCodeAt(0));
/** What may follow `<row` in a row's start tag (not `<rowBreaks`). */
const TAG_END = new Set([' ', '>', '/', '\t', '\n', '\r'].map((ch) => ch.charCodeAt(0)));

/**
 * Counts `<row` start tags across chunk boundaries; returns the running total. It looks only at
 * each `w` (found by the typed array's own indexOf: a worksheet holds few besides `<row`) and the
 * bytes around it, keeping the last three bytes of a chunk and a `<row` it ended with for the next.
 */
function rowCounter(): (chunk: Uint8Array) => number {
  let count = 0;
  /** The three bytes before the current chunk, oldest first (0 before the first). */
  let before = [0, 0, 0];
  /** The previous chunk ended with `<row`: the first byte of this one decides. */
  let pending = false;
  return (chunk) => {
    const n = chunk.length;
    if (n === 0) return count;
    if (pending && TAG_END.has(chunk[0])) count++;
    pending = false;
    const at = (k: number) => (k >= 0 ? chunk[k] : before[3 + k]);
    for (let i = chunk.indexOf(W); i >= 0; i = chunk.indexOf(W, i + 1)) {
      if (at(i - 1) !== O || at(i - 2) !== R || at(i - 3) !== LT) continue;
      if (i + 1 < n) {
        if (TAG_END.has(chunk[i + 1])) count++;
      } else pending = true;
    }
    before = [at(n - 3), at(n - 2), at(n - 1)];
    return count;
  };
}
