/** A 报送表 as a unit sees it: opened and printed by LibreOffice, the text read back from the PDF. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planReturns } from '../../src/core/distribute';
import { convertToPdf } from '../../src/xlsx/print-pdf';
import { writeReturnXlsx } from '../../src/xlsx/write-return';
import { fillReturn } from '../support/returns-fill';
import { fixtureLedger } from '../support/returns-scenario';

it('prints title, unit, deadline, instructions, whole task texts and typed text on one A4 page', async () => {
  const plan = planReturns(fixtureLedger(), { round: '2024-09', reportBy: '2024-09-25' }).returns.find((p) => p.unit === '区大数据管理中心')!;
  const bytes = await fillReturn(await writeReturnXlsx(plan, '2024-09-10T09:00:00+08:00'), { '7-02': { status: '已完成', progress: '=已调整信息公开专栏' } });
  const dir = mkdtempSync(join(tmpdir(), 'tl-return-pdf-'));
  writeFileSync(join(dir, 'ret.xlsx'), bytes);
  await convertToPdf(join(dir, 'ret.xlsx'), join(dir, 'ret.pdf'));
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'ret.pdf'), '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, '');
  expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
  expect(flat).toContain('2024年广丰区政务公开工作任务推进情况报送表（2024年9月）');
  expect(flat).toContain('填报单位：区大数据管理中心');
  expect(flat).toContain('报送截止：2024年9月25日');
  expect(flat).toContain('填报说明：1.只填写浅黄色的列');
  expect(flat).toContain('=已调整信息公开专栏');
  // The longest 工作任务 prints whole: its first and its last wrapped line are both on the page.
  expect(flat).toContain('及时公开我区贯彻落实全省制造业');
  expect(flat).toContain('展成效。');
});
