/**
 * Hostile files opened as a ledger (readLedgerXlsx): each gets a Chinese error naming the file,
 * and no ledger; nothing is read half.
 */
import { planReturns } from '../../src/core/distribute';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { seededRandom } from '../support/generate-random';
import { sampleLedger } from '../support/returns-ledger';
import { compoundFile, csvRenamed, emptyWorkbook, passwordProtected } from './corpus';

const GUARD_MS = 60_000;

describe('hostile files opened as a ledger', () => {
  let corpus: Array<{ file: string; bytes: Buffer; code: string }>;
  beforeAll(async () => {
    const ledger = await writeLedgerXlsx(sampleLedger());
    const rng = seededRandom(5);
    const plan = planReturns(sampleLedger(), { round: '2024-09' }).returns[0];
    corpus = [
      { file: '乱码.xlsx', bytes: Buffer.from(Array.from({ length: 2048 }, () => rng.int(256))), code: 'ledger.not-workbook' },
      { file: '空文件.xlsx', bytes: Buffer.alloc(0), code: 'ledger.not-workbook' },
      { file: '下载中断.xlsx', bytes: ledger.subarray(0, Math.floor(ledger.length / 2)), code: 'ledger.not-workbook' },
      { file: '加密.xlsx', bytes: await passwordProtected(ledger), code: 'ledger.not-workbook' },
      { file: '旧格式.xls', bytes: compoundFile(['Workbook']), code: 'ledger.not-workbook' },
      { file: 'CSV改名.xlsx', bytes: csvRenamed(), code: 'ledger.not-workbook' },
      { file: '空工作簿.xlsx', bytes: await emptyWorkbook(), code: 'ledger.not-ledger' },
      { file: '报送表.xlsx', bytes: await writeReturnXlsx(plan, '2024-09-10T09:00:00+08:00'), code: 'ledger.not-ledger' },
    ];
  }, GUARD_MS);

  it('each is refused with its own Chinese error naming the file and a suggestion', async () => {
    const results = await Promise.all(corpus.map((c) => readLedgerXlsx(c.bytes, c.file)));
    const outcome = results.map((r, i) => {
      const f = r.findings[0];
      return [corpus[i].file, r.ledger, r.findings.length, f.code, f.file, f.message.includes(corpus[i].file), /^[^A-Za-z]*$/.test(f.message.replace(corpus[i].file, '').replace(/xlsx|zip|Excel|WPS/g, '')), (f.suggestion ?? '') !== ''];
    });
    expect(outcome).toEqual(corpus.map((c) => [c.file, null, 1, c.code, c.file, true, true, true]));
  }, GUARD_MS);
});
