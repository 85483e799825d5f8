/**
 * A ledger after `merge`, read by the other commands: `check`, `status` and `print --by unit`
 * see each unit's own report (kept in 单位报送), not only the ledger row's derived status.
 * Task 1-03 is led by 区发改委、区市场监管局、区财政局, which reported 已完成, 推进中, 已完成.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { LedgerStatus } from '../../src/core/ledger/ledger-status';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { fixtureLedger, returnedFiles } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

let ledgerFile: string;
let dir: string;

beforeAll(async () => {
  dir = await tempDir('consolidated-');
  ledgerFile = path.join(dir, '台账.xlsx');
  const ledger = fixtureLedger();
  await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
  const inbox = path.join(dir, '收到的报送表');
  await fs.mkdir(inbox);
  for (const f of await returnedFiles(ledger)) await fs.writeFile(path.join(inbox, f.file), f.bytes);
  const merge = await runCli('merge', ledgerFile, inbox, '--round', '2024-09');
  expect(merge.code).toBe(3); // some of the scenario's files are rejected on purpose
});

/** Status and progress of task `text` under each unit heading of the printed 推进情况表. */
async function printedByUnit(file: string, text: string): Promise<Record<string, [string, string]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('推进情况表')!;
  const seen: Record<string, [string, string]> = {};
  let heading = '';
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    // The printed cells carry the layout's own line breaks: compare the text without them.
    const cells = [1, 2, 5, 6].map((c) => String(row.getCell(c).value ?? '').replace(/\n/g, ''));
    if (cells[1] === '' || cells[1] === cells[0]) heading = cells[0];
    else if (cells[1] === text.replace(/\n/g, '')) seen[heading] = [cells[2], cells[3]];
  });
  return seen;
}

describe('a consolidated ledger through the other commands', () => {
  it('print --by unit shows each unit its own report on a task it shares', async () => {
    const out = path.join(dir, '推进情况表.xlsx');
    const run = await runCli('print', ledgerFile, '--by', 'unit', '--xlsx', '-o', out, '--today', '2024-09-30');
    expect(run.code).toBe(0);
    const task = fixtureLedger().tasks.find((t) => t.id === '1-03')!.task;
    expect(await printedByUnit(out, task)).toEqual({
      区发改委: ['已完成', '已出台并公开民营经济20条'],
      区市场监管局: ['推进中', '已梳理民营经济政策清单月底前集中公开'],
      区财政局: ['已完成', '已公开政府采购支持中小企业政策'],
    });
  });

  it('status gives the shared task its derived status (done only when every lead unit is done)', async () => {
    const run = await runCli('status', ledgerFile, '--today', '2024-09-30', '--json');
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as LedgerStatus;
    expect(s.tasks.find((t) => t.id === '1-03')).toMatchObject({ status: '推进中', leadUnits: ['区发改委', '区市场监管局', '区财政局'] });
    expect(s.tasks.find((t) => t.id === '1-04')).toMatchObject({ status: '已完成', light: 'done' });
  });

  it('check reads the reports without complaint, and merging the same files again changes nothing', async () => {
    const check = await runCli('check', ledgerFile, '--json');
    expect(check.stdout).not.toContain('ledger.orphan-report');
    const again = await runCli('merge', ledgerFile, path.join(dir, '收到的报送表'), '--round', '2024-09', '--json');
    expect(JSON.parse(again.stdout).changes).toBe(0);
  });
});
