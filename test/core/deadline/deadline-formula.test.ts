/**
 * The Excel formula from dueFormula must agree with resolveDue on every day. Checked in real
 * LibreOffice: an .xlsx with one row per day and one formula column per deadline form is
 * written with ExcelJS, recalculated and exported to CSV by soffice, and read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dueFormula } from '../../../src/core/deadline/deadline-formula';
import { parseDeadline, resolveDue } from '../../../src/core/deadline';
import { addDays, daysBetween, toExcelSerial } from '../../../src/core/deadline/iso-date';

const FORMS = [
  '8月底前',
  '每月',
  '每月10日前',
  '每月31日前',
  '每季度',
  '每季度首月10日前',
  '每季度末月20日前',
  '每半年',
  '每年',
  '每年3月底前',
  '每年2月29日前',
  '每周',
  '每周五',
];
const FIRST_DAY = '2023-12-20';
const LAST_DAY = '2025-01-12';

describe('dueFormula', () => {
  test.each<[string, string | null]>([
    ['8月底前', 'DATE(2024,8,31)'],
    ['每季度', 'EOMONTH(DATE(YEAR(T),INT((MONTH(T)-1)/3)*3+3,1),0)'],
    [
      '每月10日前',
      'IF(MIN(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1,10),EOMONTH(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1,1),0))>=T,' +
        'MIN(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1,10),EOMONTH(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1,1),0)),' +
        'MIN(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1+1,10),EOMONTH(DATE(YEAR(T),INT((MONTH(T)-1)/1)*1+1+1,1),0)))',
    ],
    ['每周五', 'T+MOD(5-WEEKDAY(T,2),7)'],
    ['持续推进', null],
    ['/', null],
    ['待定', null],
  ])('%s', (text, formula) => {
    expect(dueFormula(parseDeadline(text, 2024), 'T')).toBe(formula);
  });

  test('LibreOffice computes the same due date as resolveDue on every day of a year and its edges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deadline-formula-'));
    try {
      const days = Array.from({ length: daysBetween(FIRST_DAY, LAST_DAY) + 1 }, (_, i) => addDays(FIRST_DAY, i));
      const deadlines = FORMS.map((text) => parseDeadline(text, 2024));
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('due');
      days.forEach((day, i) => {
        const row = sheet.getRow(i + 1);
        row.getCell(1).value = toExcelSerial(day);
        deadlines.forEach((deadline, j) => {
          const cell = row.getCell(j + 2);
          cell.value = { formula: dueFormula(deadline, `A${i + 1}`) ?? '""' };
          cell.numFmt = '0';
        });
      });
      const xlsx = join(dir, 'due.xlsx');
      await workbook.xlsx.writeFile(xlsx);
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv', '--outdir', dir, xlsx], {
        stdio: 'ignore',
      });
      const computed = readFileSync(join(dir, 'due.csv'), 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
      const expected = days.map((day) => [String(toExcelSerial(day)), ...deadlines.map((d) => String(toExcelSerial(resolveDue(d, day) ?? '')))]);
      expect(computed.length).toBe(days.length);
      expect(computed).toStrictEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
