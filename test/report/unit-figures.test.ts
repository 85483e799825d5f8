/**
 * One rule for per-unit figures (src/core/report/unit-part.ts), four places that show them:
 * `status --json`, the 汇总 sheet's formulas (computed by LibreOffice), the printed 单位汇总
 * (`print --xlsx`, read back) and buildUnitSummary, which the pane's 状态 table is drawn from.
 * Units disagree on shared tasks; three days (the deadlines moved against LibreOffice's real
 * TODAY(), since its clock cannot be set) put the tasks before, near and past their due dates.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../../src/core/deadline/iso-date';
import type { Ledger, LedgerTask, Status, UnitReport } from '../../src/core/ledger';
import type { LedgerStatus } from '../../src/core/ledger/ledger-status';
import { buildUnitSummary } from '../../src/core/report';
import { localToday } from '../../src/cli/print-command';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { runCli } from '../cli/run-cli';
import { tempDir } from '../cli/ledger-files';
import { fixtureLedger } from '../xlsx/fixture-ledger';
import { readCachedValues, sofficeConvert } from '../xlsx/libreoffice';

const today = localToday();
const [A, B, C] = ['区发改委', '区财政局', '区统计局'];

function report(unit: string, status: Status | '', progress: string): UnitReport {
  return { unit, status, progress, evidence: '', contact: '', phone: '', round: '2024-09', reportedAt: '2024-09-28T10:00:00' };
}

/** Six tasks led by A, B and C in every way they can share work; due `shift` days from today. */
function disagreeingLedger(shift: number): Ledger {
  const ledger = fixtureLedger();
  const due = addDays(today, shift);
  const task = (i: number, leadUnits: string[], status: Status | '', reports: UnitReport[]): LedgerTask => ({
    ...ledger.tasks[i],
    leadUnits,
    status,
    progress: status === '' ? '' : '台账行的进展',
    deadline: { kind: 'date', text: due, due },
    unitReports: Object.fromEntries(reports.map((r) => [r.unit, r])),
  });
  ledger.tasks = [
    // A says done, B says in progress: the row is 推进中; A is credited, B is not.
    task(0, [A, B], '推进中', [report(A, '已完成', 'A 已办结'), report(B, '推进中', 'B 推进中')]),
    // A says done, C sent a blank form (no report): C is 未报送, never credited with A's work.
    task(1, [A, C], '推进中', [report(A, '已完成', 'A 已办结')]),
    // Nobody reported; the office typed 已完成: both lead units share the office's entry.
    task(2, [B, C], '已完成', []),
    // One lead unit: its row, whoever typed it.
    task(3, [C], '已完成', []),
    task(4, [A], '', []),
    // Three units; only B reported, 未开始.
    task(5, [A, B, C], '未开始', [report(B, '未开始', '')]),
  ];
  return ledger;
}

type Figures = Record<string, number[]>;

describe.each([
  ['before the due dates', 10],
  ['due in three days', 3],
  ['past the due dates', -5],
])('per-unit figures agree in four places, %s', (_day, shift) => {
  let figures: { status: Figures; summarySheet: Figures; printed: Figures; pane: Figures };

  beforeAll(async () => {
    const dir = await tempDir('unit-figures-');
    const ledger = disagreeingLedger(shift);
    const file = path.join(dir, 'ledger.xlsx');
    await fs.writeFile(file, await writeLedgerXlsx(ledger));

    const run = await runCli('status', file, '--today', today, '--json');
    const status = JSON.parse(run.stdout) as LedgerStatus;
    const statusFigures = Object.fromEntries(status.summary.units.map((u) => [u.name, [u.total, u.done, u.inProgress, u.overdue, u.dueSoon]]));

    const computed = await readCachedValues((await sofficeConvert(file, 'xlsx', path.join(dir, 'lo'))).output);
    const summarySheet: Figures = {};
    for (let row = 2; computed('汇总', `A${row}`) !== null; row++) {
      if (computed('汇总', `A${row}`) !== '按牵头单位') continue;
      summarySheet[String(computed('汇总', `B${row}`))] = ['C', 'D', 'E', 'F', 'G'].map((c) => Number(computed('汇总', `${c}${row}`)));
    }

    const printedFile = path.join(dir, 'printed.xlsx');
    expect((await runCli('print', file, '--xlsx', '-o', printedFile, '--today', today)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(printedFile);
    const sheet = book.getWorksheet('单位汇总')!;
    const headers = (sheet.getRow(3).values as unknown[]).map(String);
    const at = (row: ExcelJS.Row, header: string) => Number(row.getCell(headers.indexOf(header)).value);
    const printed: Figures = {};
    sheet.eachRow((row, n) => {
      const unit = row.getCell(headers.indexOf('牵头单位')).value;
      if (n > 3 && typeof unit === 'string' && [A, B, C].includes(unit)) {
        printed[unit] = [at(row, '任务数'), at(row, '已完成'), at(row, '推进中'), at(row, '逾期'), at(row, '临期')];
      }
    });

    const pane = Object.fromEntries(buildUnitSummary(ledger, today).rows.map((r) => [r.unit, [r.total, r.done, r.inProgress, r.overdue, r.dueSoon]]));
    figures = { status: statusFigures, summarySheet, printed, pane };
  });

  it('gives each unit credit only for its own part: the same numbers everywhere', () => {
    const notDone = (n: number) => (shift < 0 ? [n, 0] : shift <= 15 ? [0, n] : [0, 0]);
    // [tasks, done, in progress, overdue, due soon]
    const expected: Figures = {
      [A]: [4, 2, 0, ...notDone(2)], // done: 0, 1; blank: 4; 5 not reported (B did)
      [B]: [3, 1, 1, ...notDone(2)], // done: 2 (office); 0 in progress; 5 未开始
      [C]: [4, 2, 0, ...notDone(2)], // done: 2 (office), 3; 1 未报送; 5 未报送
    };
    expect(figures.status).toEqual(expected);
    expect(figures.summarySheet).toEqual(expected);
    expect(figures.printed).toEqual(expected);
    expect(figures.pane).toEqual(expected);
  });
});
