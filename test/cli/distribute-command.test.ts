import { promises as fs } from 'fs';
import * as path from 'path';
import { readReturnXlsx } from '../../src/xlsx/read-return';
import { writeLedgerXlsx } from '../../src/xlsx/write-ledger';
import { fixtureLedger } from '../support/returns-scenario';
import { tempDir } from './ledger-files';
import { runCli } from './run-cli';

describe('task-ledger distribute', () => {
  it('writes one return per lead unit, named after the unit', async () => {
    const dir = await tempDir('distribute-');
    const ledgerFile = path.join(dir, '台账.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(fixtureLedger()));
    const out = path.join(dir, '报送表');
    const run = await runCli('distribute', ledgerFile, '-o', out, '--round', '2024-09', '--report-by', '2024-09-25');
    expect(run.code).toBe(0);
    const names = (await fs.readdir(out)).sort();
    expect(names).toHaveLength(23);
    expect(names).not.toContain('区直各相关单位-报送表-2024-09.xlsx');
    expect(names).toContain('区政府办-报送表-2024-09.xlsx');
    expect(names).toContain('区城管局-报送表-2024-09.xlsx');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`已生成 23 份报送表（轮次 2024-09）到 ${out}：`);
    expect(lines).toContain('注意：「区直各相关单位」是泛指，不是某一个单位，未为其生成报送表，也不列入催报名单（任务 4-01、4-02、4-03、4-04、5-03）；请在台账中写明具体单位。');
    expect(lines).toContain('  区政府办-报送表-2024-09.xlsx（23 项任务）');
    expect(lines).toContain('注意：任务 5-02、6-01、6-03、6-04、8-01、8-02、8-03、9-01、9-02、11-03 没有牵头单位，未分发给任何单位。');
    const parsed = await readReturnXlsx(await fs.readFile(path.join(out, '区委组织部-报送表-2024-09.xlsx')), 'x.xlsx');
    if (parsed.kind !== 'return') throw new Error('not a return');
    expect(parsed.meta).toEqual({ ledgerId: 'tl-guangfeng-2024-a1b2', unit: '区委组织部', round: '2024-09', schemaVersion: 1, reportBy: '2024-09-25', sent: { '10-01': expect.any(String), '10-03': expect.any(String) } });
    expect(parsed.rows.map((r) => r.fields.id?.text)).toEqual(['10-01', '10-03']);
  });

  it('prints JSON for scripts', async () => {
    const dir = await tempDir('distribute-');
    const ledgerFile = path.join(dir, '台账.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(fixtureLedger()));
    const run = await runCli('distribute', ledgerFile, '-o', path.join(dir, 'out'), '--round', '2024-10', '--json');
    const json = JSON.parse(run.stdout);
    expect(json.files[0]).toEqual({ file: '区工信局-报送表-2024-10.xlsx', unit: '区工信局', tasks: ['1-01'] });
    expect(json.unassigned).toHaveLength(10);
    expect(json.reportBy).toBeNull();
  });

  it('fits long unit names into 255-byte file names, keeping -报送表-<round>, all distinct, no leading dot', async () => {
    const dir = await tempDir('distribute-long-');
    const ledger = fixtureLedger();
    const long = (n: number) => `${n === 0 ? '.' : ''}上饶市广丰区${'乡村振兴与基层治理现代化综合改革试验区'.repeat(4)}第${'一二三四五六七八九十'[n % 10]}${n >= 10 ? '十' : ''}工作专班`;
    const units = Array.from({ length: 17 }, (_, n) => long(n));
    expect(units.every((u) => [...u].length >= 78)).toBe(true);
    units.forEach((unit, n) => (ledger.tasks[n].leadUnits = [unit]));
    const ledgerFile = path.join(dir, '台账.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(ledger));
    const out = path.join(dir, '报送表');
    const run = await runCli('distribute', ledgerFile, '-o', out, '--round', '2024-09', '--json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const files: Array<{ file: string; unit: string }> = JSON.parse(run.stdout).files;
    const longFiles = files.filter((f) => units.includes(f.unit));
    expect(longFiles).toHaveLength(17);
    expect(new Set(longFiles.map((f) => f.file)).size).toBe(17);
    const written = await fs.readdir(out);
    for (const { file, unit } of longFiles) {
      expect(written).toContain(file);
      expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
      expect(file).toMatch(/^[^.].*-报送表-2024-09(（\d+）)?\.xlsx$/);
      const parsed = await readReturnXlsx(await fs.readFile(path.join(out, file)), file);
      if (parsed.kind !== 'return') throw new Error('not a return');
      expect(parsed.meta?.unit).toBe(unit);
    }
  });

  it('refuses a bad round', async () => {
    const run = await runCli('distribute', 'x.xlsx', '-o', 'out', '--round', '2024-13');
    expect([run.code, run.stderr]).toEqual([2, '错误：--round 应为年月，如 --round 2024-09 或 2024年9月（收到“2024-13”）\n']);
  });

  it('refuses to overwrite returns already in the folder, naming them; --force backs each up first', async () => {
    const dir = await tempDir('distribute-again-');
    const ledgerFile = path.join(dir, '台账.xlsx');
    await fs.writeFile(ledgerFile, await writeLedgerXlsx(fixtureLedger()));
    const out = path.join(dir, '报送表');
    expect((await runCli('distribute', ledgerFile, '-o', out, '--round', '2024-09')).code).toBe(0);
    // Two units' filled returns saved back into the same folder.
    const filled = ['区委组织部-报送表-2024-09.xlsx', '区政府办-报送表-2024-09.xlsx'];
    for (const name of filled) await fs.writeFile(path.join(out, name), `已填写：${name}`);
    const before = (await fs.readdir(out)).sort();
    const again = await runCli('distribute', ledgerFile, '-o', out, '--round', '2024-09');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`^错误：文件夹“${out}”中已有 23 个同名文件：.*区委组织部-报送表-2024-09\\.xlsx.*，没有覆盖（可能是单位已经填好交回的报送表）。请换一个文件夹；确需覆盖时加 --force（会先备份原文件）\n$`));
    expect((await fs.readdir(out)).sort()).toEqual(before);
    for (const name of filled) expect(await fs.readFile(path.join(out, name), 'utf8')).toBe(`已填写：${name}`);

    const forced = await runCli('distribute', ledgerFile, '-o', out, '--round', '2024-09', '--force');
    expect(forced.code).toBe(0);
    const backups = (await fs.readdir(out)).filter((n) => n.includes('.备份-')).sort();
    expect(backups).toHaveLength(23);
    const kept = backups.find((n) => n.startsWith('区政府办-报送表-2024-09.备份-'))!;
    expect(await fs.readFile(path.join(out, kept), 'utf8')).toBe('已填写：区政府办-报送表-2024-09.xlsx');
    expect(forced.stdout).toContain(`已备份被覆盖的原文件：${path.join(out, kept)}`);
    expect((await readReturnXlsx(await fs.readFile(path.join(out, '区政府办-报送表-2024-09.xlsx')), 'x.xlsx')).kind).toBe('return');
  });
});
