import { hasTextLayer, pdfGrid, type PdfPage } from '../../../src/core/import';

/**
 * Pages drawn as a ruled table would be: columns at COLUMNS, rows 30 points high, each cell's
 * text one line 10 points high; `null` continues the cell above (no rule between them). A
 * footer line (a page number) sits below the table.
 */
const COLUMNS = [50, 150, 420, 520, 580];

function page(rows: (string | null)[][], footer?: string): PdfPage {
  const top = 60;
  const items: PdfPage['items'] = [];
  const rules: PdfPage['rules'] = [];
  rows.forEach((cells, r) => {
    const y = top + r * 30;
    cells.forEach((text, c) => {
      if (text !== null) rules.push({ x1: COLUMNS[c], y1: y, x2: COLUMNS[c + 1], y2: y });
      if (text) items.push({ text, x: COLUMNS[c] + 3, top: y + 10, width: [...text].length * 10, height: 10 });
    });
  });
  const bottom = top + rows.length * 30;
  rules.push({ x1: COLUMNS[0], y1: bottom, x2: COLUMNS[COLUMNS.length - 1], y2: bottom });
  for (const x of COLUMNS) rules.push({ x1: x, y1: top, x2: x, y2: bottom });
  if (footer) items.push({ text: footer, x: 280, top: 800, width: 40, height: 10 });
  return { width: 595, height: 842, items, rules };
}

const HEADER = ['类别', '工作任务', '牵头单位', '完成时限'];

describe('pdfGrid', () => {
  it('drops the header repeated on the next page and the page numbers, and carries a merged cell over the break', () => {
    const pages = [
      page([HEADER, ['一、公开', '公开预算。', '区财政局', '年底前'], [null, '公开决算。', '区财政局', '8月底前']], '— 1 —'),
      page([HEADER, ['', '公开审计。', '区审计局', '持续推进'], ['二、解读', '解读政策。', '区政府办', '年底前']], '第2页'),
    ];
    expect(pdfGrid(pages)).toEqual({
      rows: [
        HEADER,
        ['一、公开', '公开预算。', '区财政局', '年底前'],
        ['', '公开决算。', '区财政局', '8月底前'],
        ['', '公开审计。', '区审计局', '持续推进'],
        ['二、解读', '解读政策。', '区政府办', '年底前'],
      ],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
      places: [{ page: 1, row: 1 }, { page: 1, row: 2 }, { page: 1, row: 3 }, { page: 2, row: 2 }, { page: 2, row: 3 }],
    });
  });

  it('joins a row cut by the page break: its task ends unfinished and goes on at the top of the next page', () => {
    const pages = [
      page([HEADER, ['一、公开', '公开预算。', '区财政局', '年底前'], [null, '开展第一批试点，', '区交通', '持续推']]),
      page([HEADER, ['', '推进标准化建设。', '运输局', '进'], ['二、解读', '解读政策。', '区政府办', '年底前']]),
    ];
    expect(pdfGrid(pages).rows).toEqual([
      HEADER,
      ['一、公开', '公开预算。', '区财政局', '年底前'],
      ['', '开展第一批试点，推进标准化建设。', '区交通运输局', '持续推进'],
      ['二、解读', '解读政策。', '区政府办', '年底前'],
    ]);
  });

  it('does not join a complete row to the next page, and reads a section title cut by the break as one', () => {
    const pages = [
      page([HEADER, ['一、公开', '公开预算。', '区财政局', '年底前'], ['二、加强政策', '解读政策。', '区政府办', '年底前']]),
      page([HEADER, ['解读', '回应关切。', '区政府办', '持续推进']]),
    ];
    expect(pdfGrid(pages).rows).toEqual([
      HEADER,
      ['一、公开', '公开预算。', '区财政局', '年底前'],
      ['二、加强政策解读', '解读政策。', '区政府办', '年底前'],
      ['', '回应关切。', '区政府办', '持续推进'],
    ]);
  });

  it('keeps the text above the table as rows of their own, and does not change its input', () => {
    const first = page([HEADER, ['一、公开', '公开预算。', '区财政局', '年底前']]);
    first.items.unshift({ text: '2024年某区政务公开工作任务分解表', x: 150, top: 30, width: 170, height: 10 });
    const before = JSON.stringify(first);
    expect(pdfGrid([first]).rows).toEqual([['2024年某区政务公开工作任务分解表'], HEADER, ['一、公开', '公开预算。', '区财政局', '年底前']]);
    expect(JSON.stringify(first)).toBe(before);
  });

  it('reads a table drawn without lines, page numbers among its text left out', () => {
    // Columns at COLUMNS, rows 40 points apart, lines of a cell 14 apart; no rule drawn.
    const borderless = (rows: string[][], footer: string): PdfPage => {
      const items: PdfPage['items'] = [];
      rows.forEach((cells, r) => cells.forEach((text, c) => text.split('\n').forEach((line, k) => {
        items.push({ text: line, x: COLUMNS[c] + 3, top: 60 + r * 40 + k * 14, width: [...line].length * 10, height: 10 });
      })));
      items.push({ text: footer, x: 280, top: 60 + rows.length * 40 + 20, width: 40, height: 10 });
      return { width: 595, height: 842, items, rules: [] };
    };
    const pages = [
      borderless([HEADER, ['一、公开', '公开预算，\n按时报送。', '区财政局', '年底前'], ['', '公开决算。', '区财政局', '8月底前']], '— 1 —'),
      borderless([HEADER, ['二、解读', '解读政策，\n答复问询。', '区政府办', '年底前'], ['', '回应关切。', '区政府办', '持续推进']], '第2页'),
    ];
    expect(pdfGrid(pages).rows).toEqual([
      HEADER,
      ['一、公开', '公开预算，\n按时报送。', '区财政局', '年底前'],
      ['', '公开决算。', '区财政局', '8月底前'],
      ['二、解读', '解读政策，\n答复问询。', '区政府办', '年底前'],
      ['', '回应关切。', '区政府办', '持续推进'],
    ]);
  });

  it('reads a section title running across the columns of a table drawn without lines as one cell', () => {
    // Rows 40 points apart; the title row's text, in three pieces, crosses the column strips.
    const items: PdfPage['items'] = [];
    const row = (cells: string[], r: number) => cells.forEach((text, c) => text.split('\n').forEach((line, k) => {
      items.push({ text: line, x: COLUMNS[c] + 3, top: 60 + r * 40 + k * 14, width: [...line].length * 10, height: 10 });
    }));
    row(HEADER, 0);
    items.push({ text: '一、', x: COLUMNS[0] + 3, top: 100, width: 20, height: 10 });
    items.push({ text: '2025', x: COLUMNS[0] + 25, top: 100, width: 22, height: 10 });
    items.push({ text: '年经济社会发展的主要预期目标', x: COLUMNS[0] + 50, top: 100, width: 140, height: 10 });
    row(['1', '公开预算，\n按时报送。', '区财政局', '年底前'], 2);
    row(['2', '公开决算。', '区财政局', '8月底前'], 3);
    row(['3', '解读政策，\n答复问询。', '区政府办', '持续推进'], 4);
    expect(pdfGrid([{ width: 595, height: 842, items, rules: [] }]).rows).toEqual([
      HEADER,
      ['一、2025年经济社会发展的主要预期目标', '', '', ''],
      ['1', '公开预算，\n按时报送。', '区财政局', '年底前'],
      ['2', '公开决算。', '区财政局', '8月底前'],
      ['3', '解读政策，\n答复问询。', '区政府办', '持续推进'],
    ]);
  });

  it('knows where each rebuilt row stands: its page and its row in the table drawn there', () => {
    const pages = [
      page([HEADER, ['一、公开', '公开预算。', '区财政局', '年底前'], [null, '开展第一批试点，', '区交通', '持续推']]),
      page([HEADER, ['', '推进标准化建设。', '运输局', '进'], ['二、解读', '解读政策。', '区政府办', '年底前']]),
    ];
    pages[0].items.unshift({ text: '2024年某区政务公开工作任务分解表', x: 150, top: 30, width: 170, height: 10 });
    // The title is above the table; the row cut by the break is where it starts; page 2's header and its cut rest count.
    expect(pdfGrid(pages).places).toEqual([{ page: 1 }, { page: 1, row: 1 }, { page: 1, row: 2 }, { page: 1, row: 3 }, { page: 2, row: 3 }]);
  });

  it('tells a scan (no text on any page) from a PDF with text', () => {
    expect(hasTextLayer([{ width: 595, height: 842, items: [], rules: [] }])).toBe(false);
    expect(hasTextLayer([page([HEADER])])).toBe(true);
  });
});
