/**
 * Merges that tell the truth (issue 12), on real files: returns written by the project's own
 * distribute/return writer, filled with ExcelJS as units do, merged with the CLI.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { planReturns } from '../../src/core/distribute';
import type { Ledger } from '../../src/core/ledger';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { columnOf, fillReturn, loadWorkbook, rowOf, type ReturnEdits } from '../support/returns-fill';
import { GENERATED, fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { sofficeConvert } from '../xlsx/libreoffice';
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
    expect(fin.warnings).toMatchObject([{
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
    expect(run.json.files[0].warnings).toMatchObject([{
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

describe('every file is accounted for', () => {
  /** A folder as units send it: an .ods and a .csv return, a lock file, a note, one unreadable file. */
  async function inbox(dir: string, ledgerFile: string): Promise<{ folder: string; locked: string }> {
    const folder = path.join(dir, '收到的');
    const xlsx = await returnFile(ledgerFile, path.join(dir, 'work'), '区财政局', '2024-09', { '2-05': { status: '推进中', progress: 'ODS 填报' } }, '区财政局.xlsx');
    await fs.mkdir(folder);
    const { output } = await sofficeConvert(xlsx, 'ods', folder);
    expect(path.basename(output)).toBe('区财政局.ods');
    await fs.writeFile(path.join(folder, '区发改委.csv'), [
      '填报单位：区发改委,,报送轮次：2024-09',
      '任务编号,完成状态,进展情况',
      '1-01,推进中,CSV 填报',
      '1-03,推进中,"CSV，第二行"',
      '',
    ].join('\n'));
    await fs.writeFile(path.join(folder, '~$区财政局.xlsx'), 'lock');
    await fs.writeFile(path.join(folder, '说明.txt'), '不是报送表');
    const locked = await returnFile(ledgerFile, folder, '区医保局', '2024-09', {}, '区医保局.xlsx');
    await returnFile(ledgerFile, folder, '区市场监管局', '2024-09', { '1-04': { status: '已完成' } }, '区市场监管局.xlsx');
    return { folder, locked };
  }

  /** No read permission: chmod 000, or — as root, whom chmod does not stop — the same error injected. */
  async function unreadable<T>(file: string, body: () => Promise<T>): Promise<T> {
    if (process.getuid?.() !== 0) {
      await fs.chmod(file, 0o000);
      try {
        return await body();
      } finally {
        await fs.chmod(file, 0o644);
      }
    }
    const original = fs.readFile.bind(fs);
    const spy = jest.spyOn(fs, 'readFile').mockImplementation(((p: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) =>
      p === file ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' })) : (original as (...a: unknown[]) => Promise<Buffer>)(p, ...rest)) as typeof fs.readFile);
    try {
      return await body();
    } finally {
      spy.mockRestore();
    }
  }

  it('converts other formats through LibreOffice, names lock files and notes, and reads on past an unreadable file', async () => {
    const { dir, ledgerFile } = await setUp();
    const { folder, locked } = await inbox(dir, ledgerFile);
    const run = await unreadable(locked, () => runCli('merge', ledgerFile, folder, '--json'));
    expect(run.code).toBe(3);
    const json = JSON.parse(run.stdout) as Json & { ignored: Array<{ file: string; code: string; message: string }> };
    expect(json.files.map((f) => [f.file, f.unit, f.status, f.updated])).toEqual([
      ['区医保局.xlsx', '', 'rejected', 0],
      ['区发改委.csv', '区发改委', 'merged', 2],
      ['区市场监管局.xlsx', '区市场监管局', 'merged', 1],
      ['区财政局.ods', '区财政局', 'merged', 1],
    ]);
    expect(json.files[0].errors).toMatchObject([{ code: 'consolidate.unreadable-file', message: '「区医保局.xlsx」无法读取（没有读取权限），未合并；其他文件照常合并。' }]);
    expect(json.files[3].warnings).toMatchObject([{ code: 'consolidate.converted', message: '「区财政局.ods」是 .ods 格式，已用 LibreOffice 转换为 .xlsx 后合并，请核对结果。' }]);
    expect(json.files[1].warnings.map((w) => w.code)).toMatchObject(['return.no-meta', 'consolidate.converted']);
    expect(json.ignored).toEqual([
      { file: '~$区财政局.xlsx', code: 'consolidate.lock-file', message: '「~$区财政局.xlsx」是 Excel/WPS 打开文件时生成的临时锁定文件，已忽略。' },
      { file: '说明.txt', code: 'consolidate.not-return-file', message: '「说明.txt」不是表格文件，已忽略。' },
    ]);
    const ledger = await readLedger(ledgerFile);
    expect([task(ledger, '2-05').progress, task(ledger, '1-01').unitReports['区发改委'].progress, task(ledger, '1-04').status, task(ledger, '1-03').unitReports['区发改委'].progress]).toEqual(['ODS 填报', 'CSV 填报', '已完成', 'CSV，第二行']);
    expect(json.missingUnits).toContain('区医保局');
  }, 120_000);

  it('without LibreOffice lists each such file with “请另存为 .xlsx 后重新合并”', async () => {
    const { dir, ledgerFile } = await setUp();
    const { folder } = await inbox(dir, ledgerFile);
    const saved = process.env.TASK_LEDGER_SOFFICE;
    process.env.TASK_LEDGER_SOFFICE = path.join(dir, 'no-soffice');
    try {
      const run = await runCli('merge', ledgerFile, folder);
      expect(run.code).toBe(3);
      const lines = run.stdout.split('\n');
      expect(lines).toContain('  ✗ 区发改委.csv：未合并');
      expect(lines).toContain('      「区发改委.csv」是 .csv 格式，请另存为 .xlsx 后重新合并。');
      expect(lines).toContain('      「区财政局.ods」是 .ods 格式，请另存为 .xlsx 后重新合并。');
      expect(lines).toContain('  - 「~$区财政局.xlsx」是 Excel/WPS 打开文件时生成的临时锁定文件，已忽略。');
      expect(lines.find((l) => l.startsWith('催报名单'))).toContain('区财政局');
    } finally {
      if (saved === undefined) delete process.env.TASK_LEDGER_SOFFICE;
      else process.env.TASK_LEDGER_SOFFICE = saved;
    }
  }, 120_000);
});

describe('what a return says about itself is checked', () => {
  /** A copy of the 报送表 sheet, as Excel's 移动或复制 → 建立副本 makes it (values only). */
  function copySheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
    const ws = wb.getWorksheet('报送表')!;
    const copy = wb.addWorksheet(name);
    ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getRow(r).getCell(c).value = cell.value)));
    return copy;
  }
  const setIn = (ws: ExcelJS.Worksheet, id: string, key: 'status' | 'progress', value: string) => (ws.getRow(rowOf(ws, id)).getCell(columnOf(ws, key)).value = value);

  it('reads entries typed into a copy sheet when the original is untouched, and flags a copy beside a filled original', async () => {
    const { dir, ledgerFile } = await setUp();
    const onlyCopy = await returnFile(ledgerFile, dir, '区财政局', '2024-09', {});
    const wb = await loadWorkbook(await fs.readFile(onlyCopy));
    setIn(copySheet(wb, '报送表 (2)'), '2-05', 'progress', '填在副本里');
    await fs.writeFile(onlyCopy, Buffer.from(await wb.xlsx.writeBuffer()));
    const run = await merge(ledgerFile, onlyCopy);
    expect(run.json.files.map((f) => [f.status, f.updated])).toEqual([['merged', 1]]);
    expect(run.json.files[0].warnings).toMatchObject([{ code: 'consolidate.copy-sheet-read', message: '「区财政局-报送表-2024-09.xlsx」的工作表「报送表」未填写，内容填在了复制的工作表「报送表 (2)」中，已按「报送表 (2)」合并，请核对。' }]);
    expect(task(await readLedger(ledgerFile), '2-05').unitReports['区财政局'].progress).toBe('填在副本里');

    const both = await returnFile(ledgerFile, path.join(dir, 'b'), '区发改委', '2024-09', { '1-01': { progress: '原表' } });
    const wb2 = await loadWorkbook(await fs.readFile(both));
    setIn(copySheet(wb2, '报送表 (2)'), '1-01', 'progress', '副本');
    await fs.writeFile(both, Buffer.from(await wb2.xlsx.writeBuffer()));
    const run2 = await merge(ledgerFile, both);
    expect(run2.json.files.map((f) => [f.status, f.updated])).toEqual([['partial', 1]]);
    expect(run2.json.files[0].errors).toMatchObject([{ code: 'consolidate.copy-sheet-ignored', message: '「区发改委-报送表-2024-09.xlsx」的工作表「报送表 (2)」也填写了内容，未合并（以工作表「报送表」为准），请核对后把内容填入「报送表」重新报送。' }]);
  });

  it('cross-checks the hidden metadata with 填报单位 and the file name', async () => {
    const { dir, ledgerFile } = await setUp();
    const edited = await returnFile(ledgerFile, dir, '区财政局', '2024-09', { '2-05': { progress: 'x' } });
    const wb = await loadWorkbook(await fs.readFile(edited));
    const ws = wb.getWorksheet('报送表')!;
    ws.unprotect();
    ws.getCell('A2').value = '填报单位：区发改委';
    await fs.writeFile(edited, Buffer.from(await wb.xlsx.writeBuffer()));
    const run = await merge(ledgerFile, edited);
    expect(run.json.files.map((f) => [f.status, f.errors])).toMatchObject([['rejected', [{ code: 'consolidate.unit-mismatch', message: '「区财政局-报送表-2024-09.xlsx」的隐藏报送表信息写的是「区财政局」，表头上方的填报单位却是「区发改委」，无法确定是哪个单位的报送，未合并。' }]]]);

    const renamed = await returnFile(ledgerFile, path.join(dir, 'b'), '区财政局', '2024-09', { '2-05': { progress: 'y' } }, '区发改委-报送表-2024-09.xlsx');
    const run2 = await merge(ledgerFile, renamed);
    expect(run2.json.files.map((f) => [f.unit, f.status, f.warnings])).toMatchObject([['区财政局', 'merged', [{ code: 'consolidate.file-name-unit', message: '「区发改委-报送表-2024-09.xlsx」的文件名是「区发改委」，但报送表写的单位是「区财政局」，已按「区财政局」合并，请核对是否发错了文件。' }]]]);
  });

  it('takes the round of a return without metadata from its 报送轮次 line, and refuses a return of another year', async () => {
    const { dir, ledgerFile } = await setUp();
    const noMeta = await returnFile(ledgerFile, dir, '区财政局', '2024-09', { '2-05': { progress: '无隐藏表' } });
    const wb = await loadWorkbook(await fs.readFile(noMeta));
    wb.removeWorksheet(wb.getWorksheet('报送表信息')!.id);
    await fs.writeFile(noMeta, Buffer.from(await wb.xlsx.writeBuffer()));
    const run = await merge(ledgerFile, noMeta);
    expect([run.json.round, run.json.files[0].status]).toEqual(['2024-09', 'merged']);
    expect(task(await readLedger(ledgerFile), '2-05').unitReports['区财政局'].round).toBe('2024-09');

    const lastYear = await returnFile(ledgerFile, path.join(dir, 'b'), '区发改委', '2023-09', { '1-01': { progress: '去年的' } });
    const run2 = await merge(ledgerFile, lastYear);
    expect(run2.json.files.map((f) => [f.status, f.errors])).toMatchObject([['rejected', [{ code: 'consolidate.other-year', message: '「区发改委-报送表-2023-09.xlsx」是 2023 年的报送表（报送轮次 2023-09），本台账是 2024 年的，未合并。' }]]]);
  });
});

describe('the ledger and its undo data are checked before writing', () => {
  async function editLedger(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = await loadWorkbook(await fs.readFile(file));
    edit(wb);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await fs.writeFile(file, bytes);
    return bytes;
  }
  const idRow = (ws: ExcelJS.Worksheet, id: string) => {
    let found = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(2).value === id) found = r;
    });
    return found;
  };

  it('refuses to merge or undo with a duplicate 任务编号, naming the rows', async () => {
    const { dir, ledgerFile } = await setUp();
    const fin = await returnFile(ledgerFile, dir, '区财政局', '2024-09', { '2-05': { progress: 'x' } });
    await merge(ledgerFile, fin);
    const bytes = await editLedger(ledgerFile, (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      expect(ws.getRow(1).getCell(2).value).toBe('任务编号');
      ws.getRow(idRow(ws, '2-06')).getCell(2).value = '2-05';
    });
    const run = await runCli('merge', ledgerFile, fin);
    expect([run.code, run.stderr]).toEqual([2, '错误：「台账.xlsx」工作表「任务台账」中任务编号「2-05」重复（第 10、11 行），无法确定报送该合并到哪一行，未合并；请先把任务编号改为各不相同再合并。\n']);
    const undo = await runCli('undo', ledgerFile);
    expect(undo.code).toBe(2);
    expect(await fs.readFile(ledgerFile)).toEqual(bytes);
  });

  it('keeps the reports of a task deleted from the ledger through merges and undo', async () => {
    const { dir, ledgerFile } = await setUp();
    await merge(ledgerFile, await returnFile(ledgerFile, dir, '区财政局', '2024-09', { '2-05': { status: '已完成', progress: '已办结' } }));
    await editLedger(ledgerFile, (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.spliceRows(idRow(ws, '2-05'), 1);
    });
    const kept = (await readLedger(ledgerFile)).orphanReports;
    expect(kept?.map((o) => [o.taskId, o.report.unit, o.report.status, o.report.progress])).toEqual([['2-05', '区财政局', '已完成', '已办结']]);
    const run = await merge(ledgerFile, await returnFile(ledgerFile, path.join(dir, 'b'), '区发改委', '2024-09', { '1-01': { progress: '发改委' } }));
    expect((run.json as unknown as { keptReports: Array<{ code: string; taskId: string }> }).keptReports.map((f) => [f.code, f.taskId])).toMatchObject([['ledger.orphan-report', '2-05']]);
    expect((await readLedger(ledgerFile)).orphanReports).toEqual(kept);
    expect((await runCli('undo', ledgerFile)).code).toBe(0);
    expect((await readLedger(ledgerFile)).orphanReports).toEqual(kept);
    // Undoing the merge that wrote the report takes it back to before that merge: none.
    const undo = await runCli('undo', ledgerFile);
    expect(undo.code).toBe(0);
    expect((await readLedger(ledgerFile)).orphanReports).toBeUndefined();
  });

  it('refuses to undo when the hidden 撤销数据 was removed or edited, leaving the ledger as it is', async () => {
    const { dir, ledgerFile } = await setUp();
    await merge(ledgerFile, await returnFile(ledgerFile, dir, '区财政局', '2024-09', { '2-05': { status: '推进中', progress: '按季度公开' } }));
    const merged = await fs.readFile(ledgerFile);
    const removed = await editLedger(ledgerFile, (wb) => wb.removeWorksheet(wb.getWorksheet('撤销数据')!.id));
    const run = await runCli('undo', ledgerFile);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^错误：无法撤销合并批次 合并-\d{8}-\d{6}：隐藏的“撤销数据”工作表被删除或改动过（2-05 区财政局 的记录不完整），撤销只能恢复一部分，因此没有撤销，台账未改动。可用合并前自动生成的备份文件（台账\.备份-…xlsx）恢复。\n$/);
    expect(await fs.readFile(ledgerFile)).toEqual(removed);

    // 撤销数据 packs a merge into JSON text with a checksum: any edit of it is told.
    await fs.writeFile(ledgerFile, merged);
    const edited = await editLedger(ledgerFile, (wb) => {
      const cell = wb.getWorksheet('撤销数据')!.getRow(2).getCell(6);
      cell.value = String(cell.value).replace('按季度公开', '按月公开');
    });
    const run2 = await runCli('undo', ledgerFile);
    expect(run2.code).toBe(2);
    expect(run2.stderr).toMatch(/^错误：无法撤销合并批次 (合并-\d{8}-\d{6})：隐藏的“撤销数据”工作表被删除或改动过（批次 \1 的数据与其校验值不符或缺行），/);
    expect(await fs.readFile(ledgerFile)).toEqual(edited);

    // A value people read, changed in 变更记录 only: the two sheets disagree.
    await fs.writeFile(ledgerFile, merged);
    const valueEdited = await editLedger(ledgerFile, (wb) => {
      const ws = wb.getWorksheet('变更记录')!;
      ws.eachRow((row, r) => {
        if (r > 1 && row.getCell(5).value === '进展情况' && row.getCell(3).value === '区财政局') row.getCell(6).value = '改过的旧值';
      });
    });
    const run3 = await runCli('undo', ledgerFile);
    expect(run3.code).toBe(2);
    expect(run3.stderr).toMatch(/^错误：无法撤销合并批次 合并-\d{8}-\d{6}：隐藏的“撤销数据”与“变更记录”第 3 行不一致（其中之一被改动过），撤销可能恢复出错误的值，因此没有撤销，台账未改动。/);
    expect(await fs.readFile(ledgerFile)).toEqual(valueEdited);
    // Untouched, the same file undoes.
    await fs.writeFile(ledgerFile, merged);
    expect((await runCli('undo', ledgerFile)).code).toBe(0);
  });
});
