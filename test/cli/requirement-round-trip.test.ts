/**
 * 具体要求 end to end: a breakdown with the column → `import -o` ledger (its own column) →
 * `distribute` returns (a locked column beside 工作任务) → `print --xlsx` (under the task).
 */
import ExcelJS from 'exceljs';
import { readdirSync } from 'fs';
import * as path from 'path';
import { runCli } from './run-cli';
import { tempDir } from './ledger-files';

const ROWS = [
  ['序号', '工作任务', '具体要求', '牵头单位', '完成时限'],
  ['一、深化重点领域信息公开'],
  ['1', '做好财政预决算公开', '按规定时限在门户网站公开部门预决算，细化到功能分类项级科目', '区财政局', '2024年6月底前'],
  ['2', '推进重大建设项目信息公开', '公开项目批准、实施、验收全过程信息', '区发改委、区住建局', '持续推进'],
  ['3', '规范政务新媒体管理', '', '区政府办', '2024年年底前'],
];

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

function column(sheet: ExcelJS.Worksheet, headerRow: number, header: string): number {
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v)));
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no ${header} in row ${headerRow}: ${headers.join('|')}`);
  return index;
}

describe('具体要求 from the breakdown to the printed table', () => {
  let dir: string;
  let ledger: string;

  beforeAll(async () => {
    dir = await tempDir('requirement-');
    const breakdown = new ExcelJS.Workbook();
    const sheet = breakdown.addWorksheet('任务分解表');
    sheet.addRow(['2024年某区政务公开工作任务分解表']);
    ROWS.forEach((r) => sheet.addRow(r));
    await breakdown.xlsx.writeFile(path.join(dir, 'breakdown.xlsx'));
    ledger = path.join(dir, 'ledger.xlsx');
    const run = await runCli('import', path.join(dir, 'breakdown.xlsx'), '-o', ledger, '--year', '2024');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('writes each task’s 具体要求 into the ledger’s own column', async () => {
    const sheet = (await workbook(ledger)).getWorksheet('任务台账')!;
    const at = column(sheet, 1, '具体要求');
    const task = column(sheet, 1, '工作任务');
    const rows = [2, 3, 4].map((r) => [sheet.getRow(r).getCell(task).value, sheet.getRow(r).getCell(at).value ?? '']);
    expect(rows).toEqual([
      ['做好财政预决算公开', '按规定时限在门户网站公开部门预决算，细化到功能分类项级科目'],
      ['推进重大建设项目信息公开', '公开项目批准、实施、验收全过程信息'],
      ['规范政务新媒体管理', ''],
    ]);
  });

  it('puts it in each unit’s return beside the task, locked', async () => {
    const out = path.join(dir, 'returns');
    expect((await runCli('distribute', ledger, '-o', out, '--round', '2024-09')).code).toBe(0);
    const file = readdirSync(out).find((f) => f.startsWith('区财政局'))!;
    const sheet = (await workbook(path.join(out, file))).getWorksheet('报送表')!;
    let headerRow = 1;
    while (sheet.getRow(headerRow).getCell(1).value !== '任务编号') headerRow++;
    const at = column(sheet, headerRow, '具体要求');
    expect(column(sheet, headerRow, '工作任务')).toBe(at - 1);
    const cell = sheet.getRow(headerRow + 1).getCell(at);
    expect(cell.value).toBe('按规定时限在门户网站公开部门预决算，细化到功能分类项级科目');
    expect(cell.protection?.locked).not.toBe(false);
    expect(sheet.getRow(headerRow + 1).getCell(column(sheet, headerRow, '完成状态')).protection?.locked).toBe(false);
  });

  it('prints it under the task in the 推进情况表', async () => {
    const printed = path.join(dir, 'printed.xlsx');
    expect((await runCli('print', ledger, '--xlsx', '-o', printed, '--today', '2024-09-15')).code).toBe(0);
    const sheet = (await workbook(printed)).getWorksheet('推进情况表')!;
    const texts: string[] = [];
    // The printed cells carry the layout's own line breaks: compare the text without them.
    sheet.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value.replace(/\n/g, '')))));
    expect(texts).toContain('做好财政预决算公开具体要求：按规定时限在门户网站公开部门预决算，细化到功能分类项级科目');
    expect(texts).toContain('规范政务新媒体管理');
  });
});
