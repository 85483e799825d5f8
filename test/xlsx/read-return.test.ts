import ExcelJS from 'exceljs';
import { planReturns } from '../../src/core/distribute';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { docx, encrypted, textFile, truncated } from '../support/returns-bad-files';
import { asOldXls } from '../support/returns-old-xls';
import { fillReturn } from '../support/returns-fill';
import { sampleLedger } from '../support/returns-ledger';

const GENERATED = '2024-09-10T09:00:00+08:00';
const plans = planReturns(sampleLedger(), { round: '2024-09', reportBy: '2024-09-25' }).returns;
const finance = plans.find((p) => p.unit === '区财政局')!;
const org = plans.find((p) => p.unit === '区委组织部')!;

async function errorOf(bytes: Uint8Array, file: string): Promise<[string, string]> {
  const parsed = await readReturnXlsx(bytes, file);
  if (parsed.kind !== 'error') throw new Error('expected an error');
  return [parsed.findings[0].code, parsed.findings[0].message];
}

describe('readReturnXlsx: broken files', () => {
  let blank: Buffer;
  beforeAll(async () => {
    blank = await writeReturnXlsx(finance, GENERATED);
  });

  it('a password-protected workbook', async () => {
    expect(await errorOf(await encrypted(blank), '财政局.xlsx')).toEqual([
      'file.encrypted', '「财政局.xlsx」设置了打开密码，无法读取。请单位取消密码（文件→信息→保护工作簿）后重新报送。',
    ]);
  });

  it('a truncated file', async () => {
    expect(await errorOf(truncated(blank), '财政局.xlsx')).toEqual(['file.truncated', '「财政局.xlsx」文件不完整（可能在下载或复制时中断），无法打开，请单位重新发送。']);
    expect(await errorOf(new Uint8Array(0), '空.xlsx')).toEqual(['file.truncated', '「空.xlsx」文件不完整（可能在下载或复制时中断），无法打开，请单位重新发送。']);
  });

  it('not a zip at all', async () => {
    expect(await errorOf(textFile(), '财政局.xlsx')).toEqual(['file.not-zip', '「财政局.xlsx」不是 Excel 工作簿（.xlsx）：文件内容无法识别，请确认发来的是报送表本身。']);
  });

  it('an old .xls', async () => {
    expect(await errorOf(asOldXls(blank), '财政局.xls')).toEqual(['file.old-xls', '「财政局.xls」是旧版 .xls 格式，请用 Excel 或 WPS 打开后“另存为”.xlsx 再合并。']);
  });

  it('a Word document', async () => {
    expect(await errorOf(await docx(), '说明.docx')).toEqual(['file.not-workbook', '「说明.docx」是压缩文件，但不是 Excel 工作簿，不是报送表。']);
  });

  it('a workbook that is not a return', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await errorOf(bytes, '通讯录.xlsx')).toEqual(['return.not-return', '「通讯录.xlsx」不是本系统生成的报送表：找不到“报送表信息”，也找不到含“工作任务”“完成状态”等列名的表头。']);
  });

  it('a return whose header row was destroyed (wrong template)', async () => {
    const bytes = await fillReturn(blank, {}, { also: (ws) => ws.spliceRows(4, 1) });
    expect(await errorOf(bytes, '财政局.xlsx')).toEqual(['return.wrong-template', '「财政局.xlsx」工作表「报送表」找不到表头（应有“工作任务”“完成状态”等列名），报送表模板可能被改动，未合并。']);
  });
});

describe('readReturnXlsx: what units do to cells', () => {
  it('takes a formula’s cached value as text and says so; text starting with = stays text', async () => {
    const blank = await writeReturnXlsx(finance, GENERATED);
    const bytes = await fillReturn(blank, {
      '2-05': { progress: { formula: '"已公开"&"3次"', result: '已公开3次' }, evidence: '=HYPERLINK("http://x")', phone: '+86 0793' },
    });
    const parsed = await readReturnXlsx(bytes, '财政局.xlsx');
    if (parsed.kind !== 'return') throw new Error('not read');
    const row = parsed.rows.find((r) => r.fields.id?.text === '2-05')!;
    expect([row.fields.progress?.text, row.fields.evidence?.text, row.fields.phone?.text]).toEqual(['已公开3次', '=HYPERLINK("http://x")', '+86 0793']);
    expect(parsed.findings.map((f) => f.message)).toEqual(['「财政局.xlsx」工作表「报送表」第 6 行 H6 单元格：单元格是公式，已按其显示的值作为文字合并，公式和外部链接不带入台账。']);
  });

  it('keeps a hyperlink’s text and address, and an external reference only as its cached value', async () => {
    const blank = await writeReturnXlsx(finance, GENERATED);
    const bytes = await fillReturn(blank, {}, {
      also: (ws) => {
        ws.getCell('I6').value = { text: '佐证材料1', hyperlink: 'https://www.gf.gov.cn/zwgk/1.html' };
        ws.getCell('H6').value = { formula: "'[进展汇总.xlsx]Sheet1'!A1", result: '引用的进展' };
      },
    });
    const parsed = await readReturnXlsx(bytes, '财政局.xlsx');
    if (parsed.kind !== 'return') throw new Error('not read');
    const row = parsed.rows.find((r) => r.fields.id?.text === '2-05')!;
    expect([row.fields.evidence?.text, row.fields.progress?.text]).toEqual(['佐证材料1 https://www.gf.gov.cn/zwgk/1.html', '引用的进展']);
  });

  it('reads a rebuilt return by its headers: reordered, extra column, ID column deleted, no metadata', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['区委组织部2024年9月政务公开任务进展']);
    ws.addRow(['填报单位：区委组织部']);
    ws.addRow(['完成状态（必填）', '工作任务', '备注', '进展情况', '联系人']);
    ws.addRow(['已完成', org.rows[0].task, '无', '已纳入综合考核', '周洁']);
    const parsed = await readReturnXlsx(Buffer.from(await wb.xlsx.writeBuffer()), '组织部.xlsx');
    if (parsed.kind !== 'return') throw new Error('not read');
    expect([parsed.meta, parsed.sheetUnit, parsed.sheet, parsed.columns]).toEqual([null, '区委组织部', 'Sheet1', ['status', 'task', 'progress', 'contact']]);
    expect(parsed.rows).toEqual([
      { row: 4, fields: { status: { text: '已完成', cell: 'A4' }, task: { text: org.rows[0].task, cell: 'B4' }, progress: { text: '已纳入综合考核', cell: 'D4' }, contact: { text: '周洁', cell: 'E4' } } },
    ]);
  });

  it('finds rows by ID after the unit sorted them', async () => {
    const blank = await writeReturnXlsx(org, GENERATED);
    const bytes = await fillReturn(blank, { '10-03': { status: '推进中' } }, {
      also: (ws) => {
        const a = ws.getRow(5).values;
        ws.getRow(5).values = ws.getRow(6).values as ExcelJS.CellValue[];
        ws.getRow(6).values = a as ExcelJS.CellValue[];
      },
    });
    const parsed = await readReturnXlsx(bytes, '组织部.xlsx');
    if (parsed.kind !== 'return') throw new Error('not read');
    expect(parsed.rows.map((r) => [r.row, r.fields.id?.text, r.fields.status?.text])).toEqual([[5, '10-03', '推进中'], [6, '10-01', '']]);
  });
});
