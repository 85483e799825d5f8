/**
 * Hostile files opened as a ledger (readLedgerXlsx): each gets a Chinese error naming the file,
 * and no ledger; nothing is read half.
 */
import JSZip from 'jszip';
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
      return [corpus[i].file, r.ledger, r.findings.length, f.code, f.file, f.message.includes(corpus[i].file), /^[^A-Za-z]*$/.test(f.message.replace(corpus[i].file, '').replace(/xlsx?|zip|Excel|WPS/g, '')), (f.suggestion ?? '') !== ''];
    });
    expect(outcome).toEqual(corpus.map((c) => [c.file, null, 1, c.code, c.file, true, true, true]));
  }, GUARD_MS);

  it('tells a password, an old .xls, a renamed file and a cut-off download apart, in exact words', async () => {
    const named = new Map(corpus.map((c) => [c.file, c.bytes]));
    const cases: Array<[string, Buffer]> = [
      ['加密.xlsx', named.get('加密.xlsx')!],
      ['旧格式.xls', named.get('旧格式.xls')!],
      ['没有加密流.xlsx', compoundFile(['Workbook'])],
      ['CSV改名.xlsx', named.get('CSV改名.xlsx')!],
      ['下载中断.xlsx', named.get('下载中断.xlsx')!],
      ['空文件.xlsx', named.get('空文件.xlsx')!],
      ['文档.xlsx', await docxLike()],
    ];
    const results = await Promise.all(cases.map(([file, bytes]) => readLedgerXlsx(bytes, file)));
    const notWorkbook = (file: string, detail: string) => `“${file}”不是有效的 Excel 工作簿（.xlsx），无法打开（${detail}）`;
    const general = '请确认文件是用 Excel/WPS 另存为的 .xlsx 格式，且没有损坏或加密';
    expect(results.map((r) => [r.findings[0].code, r.findings[0].message, r.findings[0].suggestion])).toEqual([
      ['ledger.not-workbook', notWorkbook('加密.xlsx', '文件设置了打开密码（已加密）'), '请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存，再打开'],
      ['ledger.not-workbook', notWorkbook('旧格式.xls', '是旧版 .xls 格式'), '请用 Excel 或 WPS 打开后“另存为” .xlsx 格式，再打开'],
      [
        'ledger.not-workbook',
        notWorkbook('没有加密流.xlsx', '是加密的工作簿或旧版 .xls 格式'),
        '如设置了密码，请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存；如是旧版 .xls，请另存为 .xlsx 后再打开',
      ],
      ['ledger.not-workbook', notWorkbook('CSV改名.xlsx', '文件内容不是 .xlsx 格式，可能是改了扩展名的其他文件'), general],
      ['ledger.not-workbook', notWorkbook('下载中断.xlsx', '文件不完整，可能在下载或复制时中断'), general],
      ['ledger.not-workbook', notWorkbook('空文件.xlsx', '文件是空的（0 字节）'), general],
      ['ledger.not-workbook', notWorkbook('文档.xlsx', '是压缩文件，但不是 Excel 工作簿'), general],
    ]);
  }, GUARD_MS);
});

/** A zip that is not a workbook (a .docx's parts), named .xlsx. */
async function docxLike(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
