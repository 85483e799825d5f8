import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { readLedgerXlsx } from '../../src/xlsx/read-ledger';
import { fixtureLedger } from '../xlsx/fixture-ledger';
import { tempDir, writeLedgerFile } from './ledger-files';
import { runCli } from './run-cli';

describe('task-ledger check', () => {
  it('re-runs the unit and deadline checks on an edited ledger, naming sheet and cell', async () => {
    const dir = await tempDir('check-');
    const file = await writeLedgerFile(dir, '台账.xlsx', fixtureLedger(), (wb) => {
      const ws = wb.getWorksheet('任务台账')!;
      ws.getCell('E3').value = '区商务局、区农业农业局';
      ws.getCell('G5').value = '尽快吧';
      ws.getCell('I6').value = '快好了';
      wb.getWorksheet('单位名录')!.getCell('A40').value = '区新单位';
      ws.getCell('E7').value = '区新单位';
    });
    const run = await runCli('check', file, '--json');
    expect(run.code).toBe(1); // an unreadable deadline and an unknown status are errors
    const result = JSON.parse(run.stdout) as { tasks: number; units: number; findings: Array<Record<string, unknown>> };
    expect([result.tasks, result.units]).toEqual([48, 24]);
    const at = (cell: string) => result.findings.filter((f) => f.cell === cell).map((f) => [f.code, f.sheet, f.row, f.file]);
    expect(at('I6')).toEqual([['ledger.bad-status', '任务台账', 6, '台账.xlsx']]);
    expect(at('E3')).toEqual([['unit.unknown', '任务台账', 3, '台账.xlsx']]);
    expect(at('G5')).toEqual([['deadline.unknown', '任务台账', 5, '台账.xlsx']]);
    expect(at('E7')).toEqual([]);
  });

  it('prints Chinese lines with the place of each problem', async () => {
    const dir = await tempDir('check-');
    const file = await writeLedgerFile(dir, 'ledger.xlsx', fixtureLedger());
    const run = await runCli('check', file);
    expect(run.code).toBe(0); // warnings only
    expect(run.stdout.split('\n')[0]).toBe('ledger.xlsx：48 项任务，单位名录 23 个单位。发现 16 个问题（错误 0，警告 16，提示 0）：');
    expect(run.stdout).toContain('  [警告] ledger.xlsx 任务台账 E18（任务4-01）：任务4-01的“区直各相关单位”是泛指，不是某一个具体单位，无法分发和催报。建议：请写明具体单位名称\n');
  });

  it('exits 2 with a Chinese message for a file that is not a ledger', async () => {
    const dir = await tempDir('check-');
    const run = await runCli('check', `${dir}/没有这个文件.xlsx`);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `错误：找不到文件：${dir}/没有这个文件.xlsx\n` });
  });

  describe('--fix (采用建议)', () => {
    /** The fixture ledger as people edited it: `城管局` typed back into 2-06, a cut-off `区交通` in 1-02, a unit twice in 3-02. */
    async function editedFile(dir: string): Promise<string> {
      return writeLedgerFile(dir, '台账.xlsx', fixtureLedger(), (wb) => {
        const ws = wb.getWorksheet('任务台账')!;
        ws.getCell('E11').value = '区教体局、区卫健委、城管局、区生态环境局、区交通运输局';
        ws.getCell('E3').value = '区交通';
        ws.getCell('E16').value = '区财政局、区财政局';
      });
    }
    const sheetMessages = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const rows: string[] = [];
      book.getWorksheet('校验')!.eachRow((row, n) => void (n > 1 && rows.push(String(row.getCell(6).value))));
      return rows;
    };

    it('applies every suggestion that needs no choice, saves the ledger (backup first) and its 校验 sheet, and says what changed', async () => {
      const dir = await tempDir('check-fix-');
      const file = await editedFile(dir);
      const run = await runCli('check', file, '--fix');
      expect(run.code).toBe(0);
      const out = run.stdout.split('\n');
      expect(out.slice(0, 4)).toEqual([
        '已采用建议，修改了 3 处：',
        '  任务1-02 牵头单位：“区交通”→“区交通运输局”',
        '  任务2-06 牵头单位：“区教体局、区卫健委、城管局、区生态环境局、区交通运输局”→“区教体局、区卫健委、区城管局、区生态环境局、区交通运输局”',
        '  任务3-02 牵头单位：“区财政局、区财政局”→“区财政局”',
      ]);
      expect(out[4]).toBe('未修改 5 处：');
      expect(out[5]).toBe('  任务4-01的“区直各相关单位”是泛指，需要选定具体单位，未修改；可用 --unit 区直各相关单位=单位1,单位2 指定具体单位');
      expect(run.stdout).toContain('台账.xlsx：48 项任务，单位名录 23 个单位。发现 16 个问题（错误 0，警告 16，提示 0）：');
      expect(run.stderr).toMatch(/^已更新“校验”工作表（原台账已备份为 台账\.备份-.+\.xlsx）\n$/);
      const { ledger } = await readLedgerXlsx(await fs.readFile(file), '台账.xlsx');
      const lead = (id: string) => ledger!.tasks.find((t) => t.id === id)!.leadUnits;
      expect([lead('1-02'), lead('2-06'), lead('3-02')]).toEqual([['区交通运输局'], ['区教体局', '区卫健委', '区城管局', '区生态环境局', '区交通运输局'], ['区财政局']]);
      const sheet = await sheetMessages(file);
      expect(sheet).toHaveLength(16);
      expect(sheet.some((m) => /任务(1-02|2-06|3-02)的/.test(m))).toBe(false);
      // Nothing left to fix: a second run changes nothing.
      expect((await runCli('check', file, '--fix')).stdout.split('\n')[0]).toBe('没有可自动采用的建议。');
    });

    it('replaces a group name by the units given with --unit, and gives the same in JSON', async () => {
      const dir = await tempDir('check-fix-');
      const file = await editedFile(dir);
      const run = await runCli('check', file, '--fix', '--json', '--unit', '区直各相关单位=区政府办,区财政局');
      const out = JSON.parse(run.stdout) as { fixed: Array<Record<string, unknown>>; unapplied: Array<{ taskId: string; reason: string }>; findings: Array<{ code: string }> };
      expect(out.fixed.map((c) => c.taskId)).toEqual(['1-02', '2-06', '3-02', '4-01', '4-02', '4-03', '4-04', '5-03']);
      expect(out.fixed[3]).toEqual({ taskId: '4-01', field: 'leadUnits', oldValue: '区政府办、区直各相关单位', newValue: '区政府办、区财政局', message: '任务4-01 牵头单位：“区政府办、区直各相关单位”→“区政府办、区财政局”' });
      expect(out.unapplied).toEqual([]);
      expect(out.findings.filter((f) => f.code === 'unit.group')).toEqual([]);
      const { ledger } = await readLedgerXlsx(await fs.readFile(file), '台账.xlsx');
      expect(ledger!.tasks.find((t) => t.id === '5-03')!.leadUnits).toEqual(['区政府办', '区财政局']);
    });

    it('refuses a --unit naming a unit not in the 单位名录, and changes nothing', async () => {
      const dir = await tempDir('check-fix-');
      const file = await editedFile(dir);
      const before = await fs.readFile(file);
      const run = await runCli('check', file, '--fix', '--unit', '区直各相关单位=区政府办,区没有的局');
      expect(run).toEqual({ code: 2, stdout: '', stderr: '错误：--unit 中的“区没有的局”不在台账的单位名录中；请写单位名录中的名称，或先把它加入“单位名录”工作表\n' });
      expect((await fs.readFile(file)).equals(before)).toBe(true);
    });
  });
});
