import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStatusTable } from '../../src/core/report/status-table';
import { buildPrintLayout } from '../../src/layout/print-layout';
import { libreOfficePrintOptions } from '../../src/xlsx/print-installed-fonts';
import { convertToPdf } from '../../src/xlsx/print-pdf';
import { writePrintXlsx } from '../../src/xlsx/print-workbook';
import { printedFixtureLedger, PRINT_TODAY } from './print-fixture-ledger';
import { columnText, columnWords, footerText, sameRow, occurrences, readPdf, squeeze, writePageOnePng, type PdfFacts } from './print-pdf-tools';

const OUT = join(__dirname, '..', '..', 'test-results', 'print');
let HEADERS: string[];
/** Closing punctuation never starts a line, opening never ends one (CJK line breaking). */
const CLOSING_START = /^[。，、：；！？）」》』】〕…,.;:!?)]/;
const OPENING_END = /[（「《『【〔(]$/;
/** LibreOffice writes A4 as 841.89 x 595.304 pts; within half a point of 841.89 x 595.28. */
const A4_LANDSCAPE = /^841\.89 x 595\.(2|3)\d* pts \(A4\)$/;
/** Below the last table row: the bottom margin starts 1.024 in (73.7 pt) above the page's bottom edge. */
const FOOTER_TOP = 595.28 - 73;

describe('推进情况表 printed through LibreOffice', () => {
  const ledger = printedFixtureLedger();
  let pdf: PdfFacts;
  let statusPages: string[];
  let WIDTHS: number[];
  let headings: string[];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const layout = buildPrintLayout(ledger, { today: PRINT_TODAY, by: 'category' }, await libreOfficePrintOptions());
    WIDTHS = layout.sheets[0].columns.map((c) => c.width);
    HEADERS = layout.sheets[0].columns.map((c) => c.header);
    headings = buildStatusTable(ledger, { today: PRINT_TODAY, by: 'category' }).groups.map((g) => g.heading);
    const xlsx = join(OUT, 'status.xlsx');
    writeFileSync(xlsx, await writePrintXlsx(layout));
    const pdfPath = join(OUT, 'status.pdf');
    await convertToPdf(xlsx, pdfPath);
    writePageOnePng(pdfPath, join(OUT, 'status-page-1'));
    pdf = readPdf(pdfPath);
    const summaryAt = pdf.pages.findIndex((p) => p.includes('推进情况单位汇总表'));
    statusPages = pdf.pages.slice(0, summaryAt);
  });

  it('prints A4 landscape on every page, the status table on several pages before the unit summary', () => {
    expect(pdf.pageSizes.length).toBeGreaterThan(2);
    expect(pdf.pageSizes.filter((s) => !A4_LANDSCAPE.test(s))).toEqual([]);
    expect(statusPages.length).toBeGreaterThan(1);
    expect(statusPages.length).toBeLessThan(pdf.pages.length);
  });

  it('puts the title and the 截至 line on page 1 only', () => {
    expect(pdf.pages[0]).toContain('2024年广丰区政务公开工作任务推进情况表');
    expect(pdf.pages[0]).toContain('截至2025年1月6日');
    expect(statusPages.slice(1).some((p) => p.includes('推进情况表'))).toBe(false);
  });

  it('repeats the header row on every page', () => {
    for (const page of statusPages) for (const header of HEADERS) for (const line of header.split('\n')) expect(squeeze(page)).toContain(line);
  });

  it('never ends a page with a group heading: each heading is followed by a task on its page', () => {
    const lastInFirstColumn = statusPages.map((_, i) => {
      const words = columnWords(pdf.words[i], HEADERS, WIDTHS, 0).filter((w) => w.y0 < FOOTER_TOP);
      return words[words.length - 1].text;
    });
    expect(lastInFirstColumn.filter((text) => !/^\d+$/.test(text))).toEqual([]);
    const printed = statusPages.flatMap((_, i) => columnWords(pdf.words[i], HEADERS, WIDTHS, 0).map((w) => w.text).filter((t) => /^[一二三四五六七八九十]+、/.test(t)));
    expect(printed).toEqual(headings.map((h) => h.split(/\s/)[0]));
  });

  it('numbers every page `— n —` in the footer', () => {
    expect(pdf.words.map((words) => footerText(words, FOOTER_TOP))).toEqual(pdf.words.map((_, i) => `— ${i + 1} —`));
  });

  it('prints every task exactly once', () => {
    const text = statusPages.map((_, i) => columnText(pdf.words[i], HEADERS, WIDTHS, 1)).join('').replace(/（续）/g, '');
    const missingOrTwice = ledger.tasks.filter((t) => occurrences(text, squeeze(t.task)) !== 1).map((t) => t.id);
    expect(missingOrTwice).toEqual([]);
  });

  it('marks the overdue rows with a text mark and how late they are', () => {
    const expected = buildStatusTable(ledger, { today: PRINT_TODAY, by: 'category' }).groups.flatMap((g) => g.rows).filter((r) => r.light === 'overdue');
    expect(expected.map((r) => `${r.taskId} ${r.mark}`)).toEqual(['2-03 ●逾期6天', '8-01 ●逾期128天', '10-01 ●逾期6天', '10-03 ●逾期6天', '10-04 ●逾期6天', '12-02 ●逾期6天']);
    const text = statusPages.map((_, i) => columnText(pdf.words[i], HEADERS, WIDTHS, 6)).join('');
    expect(occurrences(text, '●逾期')).toBe(6);
    expect(occurrences(text, '●逾期6天')).toBe(5);
    expect(occurrences(text, '●逾期128天')).toBe(1);
    // A mark may take two lines in a narrow 预警 column (`●逾期` over `6天`): the line below completes it.
    const markedSeqs = statusPages.flatMap((_, i) => {
      const seqs = columnWords(pdf.words[i], HEADERS, WIDTHS, 0).filter((w) => /^\d+$/.test(w.text));
      const marks = columnWords(pdf.words[i], HEADERS, WIDTHS, 6);
      return marks.flatMap((w, j) => {
        if (!w.text.startsWith('●逾期')) return [];
        const rest = /^\d+天$/.test(marks[j + 1]?.text ?? '') ? marks[j + 1].text : '';
        return [`${sameRow(w, seqs)?.text} ${w.text}${rest}`];
      });
    });
    expect(markedSeqs).toEqual(expected.map((r) => `${r.seq} ${r.mark}`));
  });

  it('keeps each unit\'s progress line of a shared task', () => {
    const text = statusPages.map((_, i) => columnText(pdf.words[i], HEADERS, WIDTHS, 5)).join('');
    expect(text).toContain(squeeze('【区工信局】已公开“1269”行动计划进展情况4条。第二条线。'));
    expect(text).toContain(squeeze('【区发改委】大规模设备更新政策解读已起草，待审签后发布。'));
  });

  it('breaks no line before closing punctuation or after opening punctuation, on any page', () => {
    const lines = pdf.layoutPages.flatMap((page) => page.split('\n')).flatMap((line) => line.trim().split(/\s{2,}/));
    expect(lines.filter((l) => CLOSING_START.test(l) || OPENING_END.test(l))).toEqual([]);
  });

  it('prints the title in a bold serif and the body in a serif font', () => {
    expect(pdf.fonts.some((f) => /SerifCJK.*-Bold|XiaoBiaoSong|FZXBS|SimSun/i.test(f))).toBe(true);
    expect(pdf.fonts.some((f) => /SerifCJK.*-Regular|FangSong|SimSun/i.test(f))).toBe(true);
  });

  it('prints the unit summary with its total row after the status table', () => {
    const summary = squeeze(pdf.pages.slice(statusPages.length).join(''));
    expect(summary).toContain('2024年广丰区政务公开工作任务推进情况单位汇总表');
    expect(summary).toContain('合计');
  });
});
