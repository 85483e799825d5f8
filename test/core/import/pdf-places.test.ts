import { importBreakdown, type PdfPage } from '../../../src/core/import';
import { importSummary } from '../../../src/cli/import-output';
import { findingLine } from '../../../src/cli/finding-text';

/**
 * A PDF's findings name the page and the row of the table drawn on it (`第2页 表格第3行`), not a
 * row of the grid the importer rebuilt, which no one sees. Pages drawn as a ruled table would be
 * (as in pdf-grid.test.ts): rows 30 points high, one line of text each.
 */
const COLUMNS = [50, 150, 420, 520, 580];
function page(rows: string[][], title?: string): PdfPage {
  const top = 60;
  const items: PdfPage['items'] = title ? [{ text: title, x: 150, top: 30, width: 170, height: 10 }] : [];
  const rules: PdfPage['rules'] = [];
  rows.forEach((cells, r) => {
    const y = top + r * 30;
    cells.forEach((text, c) => {
      rules.push({ x1: COLUMNS[c], y1: y, x2: COLUMNS[c + 1], y2: y });
      if (text) items.push({ text, x: COLUMNS[c] + 3, top: y + 10, width: [...text].length * 10, height: 10 });
    });
  });
  const bottom = top + rows.length * 30;
  rules.push({ x1: COLUMNS[0], y1: bottom, x2: COLUMNS[COLUMNS.length - 1], y2: bottom });
  for (const x of COLUMNS) rules.push({ x1: x, y1: top, x2: x, y2: bottom });
  return { width: 595, height: 842, items, rules };
}

const HEADER = ['序号', '工作任务', '牵头单位', '完成时限'];
const pages = [
  page([HEADER, ['1', '公开预算。', '区财政局', '年底前'], ['2', '公开决算。', '/', '8月底前']], '2024年某区政务公开工作任务分解表'),
  page([HEADER, ['3', '公开审计。', '区审计局', '持续推进'], ['4', '解读政策。', '区政府办', '下月']]),
];

describe('findings of a PDF import', () => {
  const result = importBreakdown({ kind: 'pdf', pages }, { file: '通知.pdf' });

  it('name the page and the table row on it', () => {
    expect(result.tasks.map((t) => t.task)).toEqual(['公开预算。', '公开决算。', '公开审计。', '解读政策。']);
    const placed = result.findings.filter((f) => f.taskId !== undefined).map((f) => [f.code, f.taskId, f.page, f.row, f.cell]);
    expect(placed).toEqual([
      ['unit.lead-missing', '0-02', 1, 3, undefined],
      ['deadline.unknown', '0-04', 2, 3, undefined],
    ]);
  });

  it('are printed so: `第2页 表格第3行`', () => {
    const deadline = result.findings.find((f) => f.code === 'deadline.unknown');
    expect(findingLine(deadline!)).toMatch(/^\[错误\] 通知\.pdf 第2页 表格第3行（任务0-04）：/);
    expect(importSummary(result, '通知.pdf')).toContain('[警告] 0-02 第1页 表格第3行 ');
  });

  it('leave a finding about the whole file without a place', () => {
    const file = importBreakdown({ kind: 'pdf', pages: pages.map((p) => ({ ...p, items: p.items.filter((i) => !i.text.startsWith('2024')) })) }, { file: '通知.pdf' });
    expect(file.findings.filter((f) => f.code === 'import.no-plan-year').map((f) => [f.page, f.row])).toEqual([[undefined, undefined]]);
  });
});
