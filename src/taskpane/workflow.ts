/**
 * The pane's calls into the domain and the file adapters. Everything heavy (the importer,
 * ExcelJS, JSZip) is loaded here with import(), when a step first needs it, so the first
 * screen stays small. No domain rule lives here: only what to call, in what order.
 */
import type { DistributionPlan, ReturnPlan } from '../core/distribute';
import type { ParsedReturn } from '../core/consolidate';
import type { Finding } from '../core/finding';
import type { BreakdownInput, ChosenColumns, SheetRows, TablePreview } from '../core/import';
import type { Ledger } from '../core/ledger';
import type { Progress } from './context';
import type { PickedFile } from './store/ledger-store';

export type BreakdownSource =
  | { kind: 'text'; text: string; file?: string }
  | { kind: 'grid'; rows: string[][]; file?: string }
  | { kind: 'docx'; bytes: Uint8Array; file?: string }
  | { kind: 'pdf'; bytes: Uint8Array; file?: string }
  | { kind: 'sheets'; sheets: SheetRows[]; file?: string };

/**
 * What an import gives the pane: a ledger, or why none was made. `stopped`: no table, no header
 * or no task (the core's own finding says which); `no-year`: the table is read but its deadlines
 * cannot mean dates without a plan year. Neither changes anything.
 */
export type ImportOutcome =
  | { kind: 'ledger'; ledger: Ledger; update?: UpdateReport }
  | { kind: 'stopped'; finding: Finding; preview?: ColumnsPreview }
  | { kind: 'no-year' };

/** The first rows of a table the importer could not read, for the clerk to choose its columns (指定列). */
export type ColumnsPreview = TablePreview & { sheet?: string };

/** What a re-import did, in the words the CLI uses: the counts, then each task added, removed and changed. */
export interface UpdateReport {
  summary: string;
  sections: Array<{ heading: string; lines: string[] }>;
}

/**
 * `update`: the open ledger a revised breakdown updates (重新导入, as `import --update`): same
 * identity, tasks matched, `report` says what was added, removed and changed.
 */
export async function importToLedger(source: BreakdownSource, options: { planYear?: number; today: string; update?: Ledger | null; columns?: ChosenColumns }): Promise<ImportOutcome> {
  const [{ importBreakdown, importWorkbook, importedTable, previewBreakdown, previewWorkbook }, { buildLedger, reimportLedger, reimportReportSections, REIMPORT_MSG }] = await Promise.all([import('../core/import'), import('../core/ledger')]);
  const importOptions = { planYear: options.planYear, file: source.file, columns: options.columns };
  const input = source.kind === 'sheets' ? source.sheets : await breakdownInput(source);
  const result = Array.isArray(input) ? importWorkbook(input, importOptions) : importBreakdown(input, importOptions);
  if (!result || !importedTable(result)) {
    const stop = result?.findings.find((f) => f.level === 'error') ?? result?.findings[0] ?? { code: 'import.no-tasks', level: 'error', message: '' } as Finding;
    // The clerk may get past the stop by choosing the columns, when there is a table to choose them in (a scan or prose has none).
    const preview = Array.isArray(input) ? previewWorkbook(input) : previewBreakdown(input);
    return { kind: 'stopped', finding: stop, ...(preview.width >= 2 ? { preview } : {}) };
  }
  if (result.planYear === null) return { kind: 'no-year' };
  if (options.update) {
    const { mergeBlockers } = await import('../core/consolidate');
    const blocker = mergeBlockers(options.update, options.update.meta.title)[0];
    if (blocker) return { kind: 'stopped', finding: blocker };
    const { ledger, report } = reimportLedger(options.update, result, { time: nowIso(), file: source.file });
    return { kind: 'ledger', ledger, update: { summary: REIMPORT_MSG.summary(report), sections: reimportReportSections(report) } };
  }
  return { kind: 'ledger', ledger: buildLedger(result, { ledgerId: newLedgerId(), createdAt: nowIso() }) };
}

/** The ledger's tasks as the pane lists them after an import: 任务编号 and the office's fields, labels from the field registry. */
export interface TaskTable {
  headers: string[];
  rows: string[][];
}

/** The fields listed; 具体要求 only when some task has one. */
const LISTED_FIELDS = ['task', 'requirement', 'leadUnits', 'deadline'] as const;

export async function taskTable(ledger: Ledger): Promise<TaskTable> {
  const [{ FIELD_LABELS }, { taskFieldText }] = await Promise.all([import('../core/fields'), import('../core/ledger')]);
  const fields = LISTED_FIELDS.filter((f) => f !== 'requirement' || ledger.tasks.some((t) => (t.requirement ?? '') !== ''));
  return {
    headers: [FIELD_LABELS.id, ...fields.map((f) => FIELD_LABELS[f])],
    rows: ledger.tasks.map((t) => [t.id, ...fields.map((f) => taskFieldText(t, f))]),
  };
}

async function breakdownInput(source: Exclude<BreakdownSource, { kind: 'sheets' }>): Promise<BreakdownInput> {
  if (source.kind === 'docx') return { kind: 'docx', documentXml: await docxDocumentXml(source.bytes, source.file ?? '') };
  if (source.kind === 'pdf') {
    const { readPdfInPage } = await import('./pdf-pages');
    return { kind: 'pdf', pages: await readPdfInPage(source.bytes, source.file ?? '') };
  }
  return source.kind === 'text' ? { kind: 'text', text: source.text } : { kind: 'grid', rows: source.rows };
}

/**
 * An .xlsx picked in 导入 is a ledger when it holds the ledger's 任务台账 sheet, otherwise a
 * breakdown table (its sheets, for the importer): told by content, never by the file name.
 * A file that is no workbook at all is left to the ledger reader, whose message names it.
 */
export async function readPickedWorkbook(file: PickedFile): Promise<{ kind: 'ledger' } | { kind: 'breakdown'; sheets: SheetRows[] }> {
  const [{ readSheetGrids }, { LEDGER_SHEETS }] = await Promise.all([import('../xlsx/read-grid'), import('../core/ledger')]);
  let sheets: SheetRows[];
  try {
    sheets = await readSheetGrids(file.bytes);
  } catch {
    return { kind: 'ledger' };
  }
  return sheets.some((s) => s.sheet === LEDGER_SHEETS.tasks) ? { kind: 'ledger' } : { kind: 'breakdown', sheets };
}

async function docxDocumentXml(bytes: Uint8Array, file: string): Promise<string> {
  const { readDocxDocumentXml } = await import('../docx/read-docx');
  return readDocxDocumentXml(bytes, file);
}

/** One .xlsx per unit of the plan. */
export async function writeReturnFile(plan: ReturnPlan): Promise<Uint8Array> {
  const { writeReturnXlsx } = await import('../xlsx/write-return');
  return toBytes(await writeReturnXlsx(plan, nowIso()));
}

/** Every unit's return in one .zip, named after the ledger and the round. */
export async function zipReturns(ledger: Ledger, plan: DistributionPlan, progress: Progress): Promise<PickedFile> {
  const [{ default: JSZip }, { safeFileStem }] = await Promise.all([import('jszip'), import('../core/consolidate')]);
  const zip = new JSZip();
  const round = plan.returns[0]?.round ?? '';
  for (const [i, unitPlan] of plan.returns.entries()) {
    progress(i, plan.returns.length);
    zip.file(unitPlan.fileName, await writeReturnFile(unitPlan));
  }
  progress(plan.returns.length, plan.returns.length);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { name: `${safeFileStem(`${ledger.meta.title}-报送表-${round}`)}.zip`, bytes };
}

/** Reads returned files one by one (a bad file becomes an 'error' return, never a throw). */
export async function readReturnFiles(files: readonly PickedFile[], onRead: (index: number, phase: 'reading' | 'read') => void): Promise<ParsedReturn[]> {
  const { readReturnXlsx } = await import('../xlsx/read-return');
  const parsed: ParsedReturn[] = [];
  for (const [i, file] of files.entries()) {
    onRead(i, 'reading');
    await nextFrame();
    parsed.push(await readReturnXlsx(file.bytes, file.name));
    onRead(i, 'read');
  }
  return parsed;
}

/** Lets the page draw what changed (a file's row, the progress bar) before the next piece of work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function newLedgerId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `ledger-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newBatchId(time: string): string {
  return `merge-${time.replace(/[^0-9]/g, '')}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Local date-time without zone, as the ledger's 更新时间 shows it: `2024-09-30T14:05:00`. */
export function nowIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}`;
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
