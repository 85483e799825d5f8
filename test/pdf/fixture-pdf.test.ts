import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { importBreakdown, type ImportResult } from '../../src/core/import';
import { readPdfFile } from '../../src/pdf/load-pdfjs';
import { expectFixtureTasks, FIXTURE } from '../core/import/fixture-expected';
import { TITLE } from '../core/import/fixture-table';
import { fixturePdf } from './fixture-pdf';

/**
 * The fixture's table printed to PDF by LibreOffice Writer (from HTML: merged 工作类别 cells, the
 * header repeated on each of its 4 pages, rows and a section title cut by page breaks) imports
 * as the text does: the same 48 tasks, sections, units, deadlines and findings.
 */
const dir = mkdtempSync(join(tmpdir(), 'pdf-fixture-'));
const pdf: Record<string, string> = {};

beforeAll(async () => {
  pdf.ruled = await fixturePdf(dir, 'ruled', true);
  pdf.borderless = await fixturePdf(dir, 'borderless', false);
});

const findingsOf = (r: ImportResult) => r.findings.map((f) => [f.level, f.code, f.taskId, f.field, f.message, f.suggestion]);

describe('a breakdown as a PDF', () => {
  it('spreads over several pages, cutting rows (so the test means something)', () => {
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.ruled], { encoding: 'utf8' }))![1])).toBeGreaterThanOrEqual(3);
  });

  it.each(['ruled', 'borderless'])('%s: imports to the 48 tasks of the text, with the same findings', async (name) => {
    const result = await loadBreakdown(pdf[name]);
    expect(result.planYear).toBe(2024);
    expect(result.title).toBe(TITLE);
    expectFixtureTasks(result, { rows: false });
    const fromText = importBreakdown({ kind: 'text', text: readFileSync(FIXTURE, 'utf8') });
    expect(findingsOf(result)).toEqual(findingsOf(fromText));
    expect(result.findings.every((f) => f.file === `${name}.pdf` && f.cell === undefined)).toBe(true);
  });

  it.each(['ruled', 'borderless'])('%s: a task\'s finding names the page the task stands on and a row of its table there', async (name) => {
    const result = await loadBreakdown(pdf[name]);
    const tasks = new Map(result.tasks.map((t) => [t.id, t]));
    const placed = result.findings.filter((f) => f.taskId !== undefined && f.row !== undefined);
    expect(placed.length).toBeGreaterThan(3);
    for (const f of placed) {
      // What poppler reads on that page holds the start of the task's text; the row is below the header.
      const onPage = execFileSync('pdftotext', ['-f', String(f.page), '-l', String(f.page), pdf[name], '-'], { encoding: 'utf8' }).replace(/\s/g, '');
      const start = tasks.get(f.taskId as string)!.task.replace(/\s/g, '').slice(0, 10);
      expect([f.taskId, f.page !== undefined && onPage.includes(start), f.row! >= 2]).toEqual([f.taskId, true, true]);
    }
    expect(new Set(placed.map((f) => f.page)).size).toBeGreaterThan(1);
  });

  it('borderless: really draws no lines', async () => {
    const pages = await readPdfFile(readFileSync(pdf.borderless));
    expect(pages.flatMap((p) => p.rules)).toEqual([]);
    expect((await readPdfFile(readFileSync(pdf.ruled)))[0].rules.length).toBeGreaterThan(20);
  });
});
