import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBreakdown } from '../../src/core/import/import-breakdown';
import { buildLedger } from '../../src/core/ledger/ledger-build';
import { buildPrintLayout } from '../../src/layout/print-layout';
import { libreOfficePrintOptions } from '../../src/xlsx/print-installed-fonts';
import { convertToPdf } from '../../src/xlsx/print-pdf';
import { writePrintXlsx } from '../../src/xlsx/print-workbook';
import { readPdf, squeeze, writePageOnePng, type PdfFacts } from './print-pdf-tools';

const OUT = join(__dirname, '..', '..', 'test-results', 'print-sample');

/** The sample table's ledger as `import` builds it, before any unit has reported. */
function sampleTableLedger() {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt'), 'utf8');
  return buildLedger(importBreakdown({ kind: 'text', text }), { ledgerId: 'gf-2024', createdAt: '2024-08-10T09:00:00' });
}

describe('the sample table\'s ledger printed on 2024-09-15, before any progress', () => {
  let pdf: PdfFacts;
  let statusPages: string[];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const layout = buildPrintLayout(sampleTableLedger(), { today: '2024-09-15', by: 'category' }, await libreOfficePrintOptions());
    writeFileSync(join(OUT, 'status.xlsx'), await writePrintXlsx(layout));
    await convertToPdf(join(OUT, 'status.xlsx'), join(OUT, 'status.pdf'));
    writePageOnePng(join(OUT, 'status.pdf'), join(OUT, 'status-page-1'));
    pdf = readPdf(join(OUT, 'status.pdf'));
    statusPages = pdf.pages.slice(0, pdf.pages.findIndex((p) => p.includes('推进情况单位汇总表')));
  });

  it('prints the 推进情况表 of 48 tasks in at most 6 pages', () => {
    expect(statusPages.length).toBeGreaterThan(0);
    expect(statusPages.length).toBeLessThanOrEqual(6);
  });

  it('says 未报送 in 完成状态 for every task (nobody has reported yet) and counts them as 未报送 in 单位汇总', () => {
    expect(squeeze(statusPages.join('')).split('未报送').length - 1).toBe(48);
    const summary = pdf.layoutPages.slice(statusPages.length).join('\n');
    expect(summary).toContain('未报送');
    const total = summary.split('\n').find((line) => line.trim().startsWith('合计'))!;
    // 合计: 任务数 48, 已完成 0, 推进中 0, 未开始 0, 未报送 48.
    expect(total.trim().split(/\s+/).slice(1, 6)).toEqual(['48', '0', '0', '0', '48']);
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    const cells = pdf.layoutPages.flatMap((page) => page.split('\n')).flatMap((line) => line.trim().split(/\s{2,}/));
    expect(cells.filter((c) => /^[。，、：；！？）」》』】〕…]/.test(c) || /[（「《『【〔]$/.test(c))).toEqual([]);
  });
});
