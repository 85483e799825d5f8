import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPrintLayout } from '../../src/layout/print-layout';
import { libreOfficePrintOptions } from '../../src/xlsx/print-installed-fonts';
import { convertToPdf } from '../../src/xlsx/print-pdf';
import { writePrintXlsx } from '../../src/xlsx/print-workbook';
import { printedFixtureLedger, PRINT_TODAY } from './print-fixture-ledger';
import { columnText, readPdf, squeeze, writePageOnePng, type PdfFacts } from './print-pdf-tools';

const OUT = join(__dirname, '..', '..', 'test-results', 'print-split');

/** A progress report of `length` characters in sentences, ending with a sentence found nowhere else. */
function longReport(length: number, last: string): string {
  const sentence = '已对照年度要点逐项梳理，召开专题会议研究部署，明确责任科室和完成时限，按月调度推进情况。';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - last.length) + last;
}

describe('推进情况表 with progress reports longer than a page, through LibreOffice', () => {
  const ledger = printedFixtureLedger();
  const long = longReport(3000, '全年共形成工作台账九本终。');
  const medium = longReport(400, '下一步将持续跟踪问效止。');
  let pdf: PdfFacts;
  let headers: string[];
  let widths: number[];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    Object.assign(ledger.tasks.find((t) => t.id === '3-02')!, { progress: long });
    Object.assign(ledger.tasks.find((t) => t.id === '4-01')!, { progress: medium });
    const layout = buildPrintLayout(ledger, { today: PRINT_TODAY, by: 'category' }, await libreOfficePrintOptions());
    headers = layout.sheets[0].columns.map((c) => c.header);
    widths = layout.sheets[0].columns.map((c) => c.width);
    const xlsx = join(OUT, 'status.xlsx');
    writeFileSync(xlsx, await writePrintXlsx(layout));
    await convertToPdf(xlsx, join(OUT, 'status.pdf'));
    writePageOnePng(join(OUT, 'status.pdf'), join(OUT, 'status-page-1'));
    pdf = readPdf(join(OUT, 'status.pdf'));
  });

  it('prints the 3,000-character and the 400-character report complete, each once', () => {
    const tablePages = pdf.words.filter((words) => words.some((w) => w.text === '工作任务'));
    const progress = tablePages.map((words) => columnText(words, headers, widths, headers.indexOf('进展情况'))).join('');
    expect(progress.split(squeeze(long)).length - 1).toBe(1);
    expect(progress.split(squeeze(medium)).length - 1).toBe(1);
  });

  it('continues a split row on the next page under the repeated header, marked （续）', () => {
    const continued = pdf.pages.filter((page) => page.includes('（续）'));
    expect(continued.length).toBeGreaterThanOrEqual(6);
    for (const page of continued) expect(squeeze(page)).toContain('工作任务');
  });
});
