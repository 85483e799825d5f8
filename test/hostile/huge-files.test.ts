// test:unit leaves this suite out (slow: a 2 GiB zip bomb and a 1,000,000-row sheet); npm test runs it.
/**
 * A 2 GiB zip bomb (a few MB on disk) and a sheet with 1,000,000 rows, through every reader:
 * refused by the zip size guard (src/xlsx/zip-limits.ts) with an exact Chinese message, before
 * anything is inflated; the good returns beside them still merge; a refused batch leaves the
 * ledger, object and file, as it was.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { CliError } from '../../src/cli/cli-error';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { consolidate } from '../../src/core/consolidate';
import { planReturns, type ReturnPlan } from '../../src/core/distribute';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { sampleLedger } from '../support/returns-ledger';
import { mergeThroughCli } from './refused-merge';
import { appendRows, docxBomb, editReturn, returnColumns, rewriteSheet, sheetPath, zipBomb } from './corpus';

/** Hang guard only (not a speed assertion): building the corpus compresses a 80 MB sheet. */
const GUARD_MS = 180_000;
const MB = 1024 * 1024;
const OPTIONS = { batchId: 'huge', time: '2024-09-26T10:00:00+08:00' };
const BOMB = 'zip-bomb.xlsx';
const MILLION = '百万行.xlsx';

const ledger = sampleLedger();
const plans = planReturns(ledger, { round: '2024-09' }).returns;
const planOf = (unit: string) => plans.find((p) => p.unit === unit)!;

async function filled(plan: ReturnPlan): Promise<Buffer> {
  return editReturn(await writeReturnXlsx(plan, '2024-09-10T09:00:00+08:00'), '报送表', (ws) => {
    const { column, rowOf } = returnColumns(ws);
    for (const row of plan.rows) ws.getCell(rowOf(row.id), column('progress')).value = `${plan.unit}已部署`;
  });
}

function lastRow(xml: string): number {
  return Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
}

/** The size the guard reports: one decimal below 100 MB, rounded up. */
function reportedMB(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

const tooLarge = (entry: string, limitMB: number, declaredMB: number) =>
  `其中的“${entry}”解压后将超过 ${limitMB} MB（压缩包声明 ${declaredMB} MB），可能是压缩炸弹或异常庞大的文件，已拒绝读取`;

let good: Buffer;
let bomb: Buffer;
let million: Buffer;
let sheet: string;
let millionMB: number;

beforeAll(async () => {
  good = await filled(planOf('区财政局'));
  sheet = await sheetPath(await JSZip.loadAsync(good), '报送表');
  bomb = await zipBomb(good, '报送表', 2);
  million = await rewriteSheet(good, '报送表', (xml) => appendRows(xml, 1_000_000, lastRow(xml) + 1));
  const inflated = await (await JSZip.loadAsync(million)).file(sheet)!.async('uint8array');
  millionMB = reportedMB(inflated.length);
}, GUARD_MS);

describe('a zip bomb and a 1,000,000-row sheet as returns', () => {
  it('each is refused with its exact Chinese message naming the file and the part', async () => {
    expect(bomb.length).toBeLessThan(4 * MB);
    expect(millionMB).toBeGreaterThan(64);
    const results = [await readReturnXlsx(bomb, BOMB), await readReturnXlsx(million, MILLION)];
    expect(results).toEqual([
      { kind: 'error', file: BOMB, findings: [{ level: 'error', code: 'file.too-large', message: `「${BOMB}」${tooLarge(sheet, 64, 2048)}。`, file: BOMB }] },
      { kind: 'error', file: MILLION, findings: [{ level: 'error', code: 'file.too-large', message: `「${MILLION}」${tooLarge(sheet, 64, millionMB)}。`, file: MILLION }] },
    ]);
  }, GUARD_MS);

  it('the good returns in the same batch still merge; a batch of only these leaves the ledger as it was', async () => {
    const refused = [await readReturnXlsx(bomb, BOMB), await readReturnXlsx(million, MILLION)];
    const before = structuredClone(ledger);
    const alone = consolidate(ledger, refused, OPTIONS);
    expect(alone.ledger).toEqual(before);
    expect(alone.report.changes).toBe(0);

    const finance = await readReturnXlsx(good, '区财政局.xlsx');
    const { ledger: after, report } = consolidate(ledger, [...refused, finance], OPTIONS);
    expect(Object.fromEntries(report.files.map((f) => [f.file, f.status]))).toEqual({ [BOMB]: 'rejected', [MILLION]: 'rejected', '区财政局.xlsx': 'merged' });
    const financeTasks = planOf('区财政局').rows.map((r) => r.id);
    const byId = Object.fromEntries(after.tasks.map((t) => [t.id, t]));
    expect(financeTasks.map((id) => byId[id].unitReports['区财政局'].progress)).toEqual(financeTasks.map(() => '区财政局已部署'));
    expect(ledger).toEqual(before);
  }, GUARD_MS);

  describe('through `task-ledger merge`', () => {
    it('lists both as 未合并 with their messages; the ledger file is byte for byte the same, no backup is made', async () => {
      const { exitCode, printed, ledgerUnchanged, entries } = await mergeThroughCli(ledger, [
        { file: BOMB, bytes: bomb },
        { file: MILLION, bytes: million },
      ]);
      expect(exitCode).toBe(3);
      expect(ledgerUnchanged).toBe(true);
      expect(entries).toEqual(['台账.xlsx', '报送表'].sort());
      expect(printed).toContain(`  ✗ ${BOMB}：未合并\n      「${BOMB}」${tooLarge(sheet, 64, 2048)}。\n`);
      expect(printed).toContain(`  ✗ ${MILLION}：未合并\n      「${MILLION}」${tooLarge(sheet, 64, millionMB)}。\n`);
      expect(printed).toContain('台账没有变化，未写入。');
    }, GUARD_MS);
  });
});

describe('a zip bomb and a 1,000,000-row sheet opened as a ledger', () => {
  it('is refused with its exact message and a suggestion, no ledger', async () => {
    expect(await readLedgerXlsx(bomb, BOMB)).toEqual({
      ledger: null,
      findings: [
        {
          level: 'error',
          code: 'ledger.too-large',
          field: 'file',
          message: `“${BOMB}”${tooLarge(sheet, 512, 2048)}`,
          suggestion: '请确认文件来源；如确是正常文件，请删除多余的空行、图片或工作表后另存，再试一次',
          file: BOMB,
        },
      ],
    });
  }, GUARD_MS);

  it('the 1,000,000-row sheet passes the size check (under the ledger’s 512 MB) and is refused by its rows', async () => {
    expect(millionMB).toBeLessThan(512);
    const { findings, ledger: read } = await readLedgerXlsx(million, MILLION);
    expect([read, findings.map((f) => [f.code, f.message])]).toEqual([
      null,
      [['ledger.too-large', `“${MILLION}”其中的工作表“${sheet}”超过 1000000 行，可能是异常庞大的文件（如整列填充到底），已拒绝读取`]],
    ]);
  }, GUARD_MS);
});

describe('a zip bomb and a 1,000,000-row sheet as a 任务分解表 (import)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tl-huge-import-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function importError(name: string, bytes: Buffer): Promise<[string, string]> {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    const err = await loadBreakdown(file).then(
      () => new Error('imported'),
      (e: Error) => e,
    );
    return [err instanceof CliError ? 'CliError' : err.name, err.message.replace(dir + path.sep, '')];
  }

  it('each is a CliError naming the file, with the guard’s message', async () => {
    const docx = await docxBomb(2);
    expect(docx.length).toBeLessThan(4 * MB);
    expect([await importError(BOMB, bomb), await importError(MILLION, million), await importError('分解表-炸弹.docx', docx)]).toEqual([
      ['CliError', `${BOMB}：${tooLarge(sheet, 64, 2048)}`],
      ['CliError', `${MILLION}：${tooLarge(sheet, 64, millionMB)}`],
      ['CliError', `分解表-炸弹.docx：${tooLarge('word/document.xml', 64, 2048)}`],
    ]);
  }, GUARD_MS);
});
