/**
 * Merges that tell the truth (issue 12), on real files: returns written by the project's own
 * distribute/return writer, filled with ExcelJS as units do, merged with the CLI.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn, type ReturnEdits } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

interface Json {
  round: string;
  files: Array<{ file: string; unit: string; status: string; reason?: string; updated: number; warnings: Array<{ code: string; message: string }>; errors: Array<{ code: string; message: string }> }>;
  missingUnits: string[];
  changes: number;
}

async function readLedger(file: string): Promise<Ledger> {
  return (await readLedgerXlsx(await fs.readFile(file), path.basename(file))).ledger!;
}

async function setUp() {
  const dir = await tempDir('merge-truth-');
  const ledgerFile = path.join(dir, '台账.xlsx');
  await fs.writeFile(ledgerFile, await writeLedgerXlsx(fixtureLedger()));
  return { dir, ledgerFile };
}

/** A return of `unit` for `round`, distributed from the ledger as it is now, filled with `edits`. */
async function returnFile(ledgerFile: string, folder: string, unit: string, round: string, edits: ReturnEdits, name?: string): Promise<string> {
  const plan = planReturns(await readLedger(ledgerFile), { round }).returns.find((p) => p.unit === unit)!;
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, name ?? plan.fileName);
  await fs.writeFile(file, await fillReturn(await writeReturnXlsx(plan, GENERATED), edits));
  return file;
}

async function merge(ledgerFile: string, ...inputs: string[]): Promise<{ code: number; json: Json }> {
  const run = await runCli('merge', ledgerFile, ...inputs, '--json');
  if (run.stderr !== '') throw new Error(run.stderr);
  return { code: run.code, json: JSON.parse(run.stdout) as Json };
}

const task = (l: Ledger, id: string) => l.tasks.find((t) => t.id === id)!;

describe('rounds are ordered', () => {
  it('never lets a late return of an older round overwrite a newer report', async () => {
    const { dir, ledgerFile } = await setUp();
    // Both forms go out before either comes back; October's comes back first.
    const september = await returnFile(ledgerFile, path.join(dir, '9月'), '区财政局', '2024-09', { '2-05': { status: '推进中', progress: '9月：按季度公开' } });
    const octoberFile = await returnFile(ledgerFile, path.join(dir, '10月'), '区财政局', '2024-10', { '2-05': { status: '已完成', progress: '10月：已全部公开', evidence: '公开目录.pdf' } });
    const october = await merge(ledgerFile, octoberFile);
    expect(october.json.files.map((f) => [f.status, f.updated])).toEqual([['merged', 1]]);
    const afterOctober = await readLedger(ledgerFile);

    const late = await merge(ledgerFile, september, await returnFile(ledgerFile, path.join(dir, '9月'), '区发改委', '2024-09', { '1-01': { status: '推进中', progress: '已公开行动计划' } }));
    expect(late.code).toBe(3);
    expect(late.json.round).toBe('2024-09');
    const fin = late.json.files.find((f) => f.unit === '区财政局')!;
    expect([fin.status, fin.reason, fin.updated]).toEqual(['rejected', 'older-round', 0]);
    expect(fin.warnings).toEqual([{
      code: 'consolidate.older-round',
      message: '「区财政局-报送表-2024-09.xlsx」是 2024-09 轮次的报送表，台账中本单位对任务 1-03、2-05 已有 2024-10 轮次（较新）的报送，较旧轮次的内容未合并。',
    }]);
    const ledger = await readLedger(ledgerFile);
    expect(task(ledger, '2-05').unitReports['区财政局']).toEqual(task(afterOctober, '2-05').unitReports['区财政局']);
    expect([task(ledger, '2-05').status, task(ledger, '2-05').progress, task(ledger, '2-05').evidence]).toEqual(['已完成', '10月：已全部公开', '公开目录.pdf']);
    // September's 催报名单: 区财政局 has reported (October covers September), 区发改委 has now.
    expect(late.json.missingUnits).not.toContain('区财政局');
    expect(late.json.missingUnits).not.toContain('区发改委');
    expect(late.json.missingUnits).toContain('区工信局');
    const summary = await runCli('merge', ledgerFile, september);
    expect(summary.stdout).toContain('  ✗ 区财政局-报送表-2024-09.xlsx（区财政局）：较旧轮次，未合并\n');
  });

  it('keeps each round’s 催报名单: October’s still lists a unit that reported only for September', async () => {
    const { dir, ledgerFile } = await setUp();
    await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '9月'), '区发改委', '2024-09', { '1-01': { status: '推进中', progress: '9月进展' } }));
    const oct = await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '10月'), '区财政局', '2024-10', { '2-05': { progress: '10月进展' } }));
    expect(oct.json.round).toBe('2024-10');
    expect(oct.json.missingUnits).toContain('区发改委');
    expect(oct.json.missingUnits).not.toContain('区财政局');
  });
});

describe('a blank return is not a report', () => {
  it('counts a form sent back untouched as 未填写 and keeps the unit on the 催报名单', async () => {
    const { dir, ledgerFile } = await setUp();
    const before = await fs.readFile(ledgerFile);
    const blank = await returnFile(ledgerFile, dir, '区财政局', '2024-09', {});
    const run = await merge(ledgerFile, blank);
    expect(run.code).toBe(3);
    expect(run.json.files.map((f) => [f.file, f.status, f.reason, f.updated])).toEqual([['区财政局-报送表-2024-09.xlsx', 'rejected', 'blank', 0]]);
    expect(run.json.files[0].warnings).toEqual([{
      code: 'consolidate.blank-return',
      message: '「区财政局-报送表-2024-09.xlsx」未填写：完成状态、进展情况、佐证材料与发出时相同，不算报送，「区财政局」仍在催报名单上。',
    }]);
    expect(run.json.missingUnits).toContain('区财政局');
    expect(run.json.changes).toBe(0);
    expect(await fs.readFile(ledgerFile)).toEqual(before);
    const text = await runCli('merge', ledgerFile, blank);
    expect(text.stdout).toContain('  ✗ 区财政局-报送表-2024-09.xlsx（区财政局）：未填写，未合并\n');
  });

  it('counts a prefilled form sent back untouched as 未填写, and one changed row as the unit’s report on all its rows', async () => {
    const { dir, ledgerFile } = await setUp();
    await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '9月'), '区财政局', '2024-09', { '2-05': { status: '推进中', progress: '按季度公开' }, '1-03': { status: '推进中' } }));
    // October's form carries September's words; sent back as it came, it says nothing new.
    const untouched = await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '10月'), '区财政局', '2024-10', {}));
    expect(untouched.json.files.map((f) => [f.status, f.reason])).toEqual([['rejected', 'blank']]);
    expect(untouched.json.missingUnits).toContain('区财政局');
    // Contact details alone are not a report (the form fills them in).
    const contactOnly = await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '10月b'), '区财政局', '2024-10', { '2-05': { contact: '李明', phone: '0793-1' } }));
    expect(contactOnly.json.files.map((f) => [f.status, f.reason])).toEqual([['rejected', 'blank']]);
    // One row changed: the other row is the unit confirming it unchanged.
    const one = await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, '10月c'), '区财政局', '2024-10', { '2-05': { progress: '按季度公开，10月已公开第三季度' } }));
    expect(one.json.files.map((f) => [f.status, f.reason, f.updated])).toEqual([['merged', undefined, 1]]);
    expect(one.json.missingUnits).not.toContain('区财政局');
    const ledger = await readLedger(ledgerFile);
    expect([task(ledger, '1-03').unitReports['区财政局'].round, task(ledger, '1-03').unitReports['区财政局'].status]).toEqual(['2024-10', '推进中']);
  });
});
