// test:unit leaves this suite out (slow: a generated corpus of hostile returns, each merged); npm test runs it.
/**
 * Hostile and broken returns (the corpus is generated in corpus.ts): each gets a clear Chinese
 * error naming the file, or merges correctly; a refused batch leaves the ledger as it was.
 */
import JSZip from 'jszip';
import { consolidate, type ConsolidationReport, type ParsedReturn } from '../../src/core/consolidate';
import { planReturns, type ReturnPlan } from '../../src/core/distribute';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { readCentralDirectory } from '../../src/xlsx/zip-limits';
import { seededRandom } from '../support/generate-random';
import { sampleLedger } from '../support/returns-ledger';
import { mergeThroughCli } from './refused-merge';
import { compoundFile, csvRenamed, editReturn, emptyWorkbook, passwordProtected, returnColumns, sheetPath, withDeclaredSize } from './corpus';

const GENERATED = '2024-09-10T09:00:00+08:00';
const OPTIONS = { batchId: 'hostile', time: '2024-09-26T10:00:00+08:00' };
const CJK = /[\u4e00-\u9fff]/;
/** Hang guard only (not a speed assertion). */
const GUARD_MS = 60_000;

const ledger = sampleLedger();
const plans = planReturns(ledger, { round: '2024-09' }).returns;
const finance = plans.find((p) => p.unit === '区财政局')!;

function randomBytes(n: number): Buffer {
  const rng = seededRandom(99);
  return Buffer.from(Array.from({ length: n }, () => rng.int(256)));
}

async function filled(plan: ReturnPlan): Promise<Buffer> {
  return editReturn(await writeReturnXlsx(plan, GENERATED), '报送表', (ws) => {
    const { column, rowOf } = returnColumns(ws);
    for (const row of plan.rows) {
      ws.getCell(rowOf(row.id), column('status')).value = '推进中';
      ws.getCell(rowOf(row.id), column('progress')).value = `${plan.unit}已部署`;
    }
  });
}

/** What the central directory says the entry's compressed data takes. */
function compressedSize(zip: Buffer, entry: string): number {
  const read = readCentralDirectory(zip, 100);
  if (!read.ok) throw new Error(read.problem.kind);
  return read.entries.find((e) => e.name === entry)!.compressedBytes;
}

/** Files that must be refused, each with the code of the error it gets. */
async function refusedCorpus(): Promise<Array<{ file: string; bytes: Buffer; code: string }>> {
  const good = await filled(finance);
  const otherLedger = { ...finance, ledgerId: 'tl-2024-some-other-ledger' };
  const sheet = await sheetPath(await JSZip.loadAsync(good), '报送表');
  return [
    { file: '乱码.xlsx', bytes: randomBytes(4096), code: 'file.not-zip' },
    { file: '空文件.xlsx', bytes: Buffer.alloc(0), code: 'file.truncated' },
    { file: '下载中断.xlsx', bytes: good.subarray(0, Math.floor(good.length / 2)), code: 'file.truncated' },
    { file: '加密.xlsx', bytes: await passwordProtected(good), code: 'file.encrypted' },
    { file: '加密-复合文档.xlsx', bytes: compoundFile(['EncryptionInfo', 'EncryptedPackage']), code: 'file.encrypted' },
    { file: '旧格式.xls', bytes: compoundFile(['Workbook', 'SummaryInformation']), code: 'file.old-xls' },
    { file: 'CSV改名.xlsx', bytes: csvRenamed(), code: 'file.not-zip' },
    { file: '空工作簿.xlsx', bytes: await emptyWorkbook(), code: 'return.not-return' },
    { file: '别的台账.xlsx', bytes: await filled(otherLedger), code: 'return.other-ledger' },
    { file: '声明偏大.xlsx', bytes: withDeclaredSize(good, sheet, compressedSize(good, sheet) * 1033), code: 'file.too-large' },
    // Too small to be a bomb whatever it declares: JSZip's own size check finds the damage.
    { file: '声明偏小.xlsx', bytes: withDeclaredSize(good, sheet, 10), code: 'file.truncated' },
  ];
}

function fileReport(report: ConsolidationReport, file: string) {
  const found = report.files.find((f) => f.file === file);
  if (!found) throw new Error(`no report for ${file}`);
  return found;
}

describe('hostile returns: refused with a clear Chinese error, the ledger untouched', () => {
  let corpus: Array<{ file: string; bytes: Buffer; code: string }>;
  let parsed: ParsedReturn[];
  beforeAll(async () => {
    corpus = await refusedCorpus();
    parsed = await Promise.all(corpus.map((c) => readReturnXlsx(new Uint8Array(c.bytes), c.file)));
  }, GUARD_MS);

  it('each file gets its own error naming the file, in Chinese', () => {
    const { report } = consolidate(ledger, parsed, OPTIONS);
    const outcome = corpus.map((c) => {
      const r = fileReport(report, c.file);
      const error = r.findings.find((f) => f.level === 'error')!;
      return [c.file, r.status, error.code, error.message.includes(`「${c.file}」`), CJK.test(error.message), error.file];
    });
    expect(outcome).toEqual(corpus.map((c) => [c.file, 'rejected', c.code, true, true, c.file]));
  });

  it('a batch of only such files changes nothing and does not touch the ledger object', () => {
    const before = structuredClone(ledger);
    const { ledger: after, report } = consolidate(ledger, parsed, OPTIONS);
    expect(after).toEqual(before);
    expect(ledger).toEqual(before);
    expect(report.changes).toBe(0);
    expect(report.missingUnits).toEqual(['区发改委', '区市场监管局', '区财政局', '区自然资源局', '区委组织部']);
  });

  it('one broken file never stops the others: the good return beside them merges', async () => {
    const good = await readReturnXlsx(new Uint8Array(await filled(finance)), '区财政局-报送表-2024-09.xlsx');
    const { ledger: after, report } = consolidate(ledger, [...parsed, good], OPTIONS);
    expect(fileReport(report, '区财政局-报送表-2024-09.xlsx').status).toBe('merged');
    expect(report.files.filter((f) => f.status === 'rejected')).toHaveLength(corpus.length);
    const byId = Object.fromEntries(after.tasks.map((t) => [t.id, t]));
    expect(byId['2-05'].unitReports['区财政局'].progress).toBe('区财政局已部署');
    expect(byId['1-03'].unitReports['区财政局'].status).toBe('推进中');
  });
});

describe('hostile returns through `task-ledger merge`: a refused batch leaves the ledger file as it was', () => {
  it('every file is listed as 未合并 with its Chinese error; the ledger file is byte for byte the same, no backup is made', async () => {
    const corpus = await refusedCorpus();
    const { exitCode, printed, ledgerUnchanged, entries } = await mergeThroughCli(ledger, corpus);
    expect(exitCode).toBe(3);
    expect(ledgerUnchanged).toBe(true);
    expect(entries).toEqual(['台账.xlsx', '报送表'].sort());
    expect(printed).toContain(`合并 ${corpus.length} 个文件`);
    expect(printed).toContain('台账没有变化，未写入。');
    for (const c of corpus) expect(printed).toMatch(new RegExp(`✗ ${c.file.replace(/[.()]/g, '\\$&')}.*未合并`));
  }, GUARD_MS);
});
