import { hasTextLayer, pdfGrid, type PdfPage } from '../../../src/core/import';
import { borderlessTable } from '../../../src/core/import/pdf-borderless';

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

  it('joins the rest of a row cut by the page break when it is all the next page holds (one rule, under it)', () => {
    const pages = [
      page([HEADER, ['一、教育', '新建幼儿园两所。', '县教育局', '年底前'], ['', '改造乡村学校操场。', '县教育体', '9月底前']]),
      // As a browser prints it: each cell's rule drawn apart, no rule above the rest of the row.
      {
        width: 595, height: 842,
        items: [{ text: '育局', x: COLUMNS[2] + 3, top: 44, width: 20, height: 10 }],
        rules: [...COLUMNS.slice(1).map((x, c) => ({ x1: COLUMNS[c], y1: 70, x2: x, y2: 70 })), ...COLUMNS.map((x) => ({ x1: x, y1: 36, x2: x, y2: 70 }))],
      },
    ];
    expect(pdfGrid(pages).rows).toEqual([
      HEADER,
      ['一、教育', '新建幼儿园两所。', '县教育局', '年底前'],
      ['', '改造乡村学校操场。', '县教育体育局', '9月底前'],
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

  it('does not join the next page\'s first row to a section heading across the table that ends the page', () => {
    const header = ['工作任务', '牵头单位', '责任单位', '工作要求'];
    // Row `r` (counted from the page's top row) one cell across the table: no inner rules beside it.
    const across = (p: PdfPage, r: number): PdfPage => {
      const [top, bottom] = [60 + r * 30, 90 + r * 30];
      const inner = (x: number) => x !== COLUMNS[0] && x !== COLUMNS[COLUMNS.length - 1];
      return { ...p, rules: p.rules.flatMap((l) => (l.x1 === l.x2 && inner(l.x1)
        ? [{ ...l, y2: top }, { ...l, y1: bottom }] : [l])) };
    };
    const pages = [
      across(page([header, ['1.公开预算', '县财政局', '各乡镇', '按季度公开。'], ['（二）推进解读', '', '', '']]), 2),
      page([header, ['2.解读政策', '县政府办', '各乡镇', '年内解读一次。'], ['3.回应关切', '县政府办', '各乡镇', '及时回应。']]),
    ];
    expect(pdfGrid(pages).rows).toEqual([
      header,
      ['1.公开预算', '县财政局', '各乡镇', '按季度公开。'],
      ['（二）推进解读', '', '', ''],
      ['2.解读政策', '县政府办', '各乡镇', '年内解读一次。'],
      ['3.回应关切', '县政府办', '各乡镇', '及时回应。'],
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

  it('reads each line as a row of a table drawn without lines whose every cell is one line, evenly spaced', () => {
    // As a browser prints it: the gap under the header is the gap between rows, the only one there is.
    const NAMES = ['序号', '工作目标', '责任单位', '进展情况'];
    const items: PdfPage['items'] = [];
    [NAMES, ['1', '新建城市书房五处', '县文旅局', '已完成选址两处。'], ['2', '改造农贸市场三个', '县商务局', '一个已开工。']].forEach((cells, r) => {
      cells.forEach((text, c) => items.push({ text, x: [60, 90, 230, 300][c], top: 130 + r * 20, width: [...text].length * 10, height: 10 }));
    });
    expect(pdfGrid([{ width: 842, height: 595, items, rules: [] }]).rows).toEqual([
      NAMES,
      ['1', '新建城市书房五处', '县文旅局', '已完成选址两处。'],
      ['2', '改造农贸市场三个', '县商务局', '一个已开工。'],
    ]);
  });

  it('tells apart columns of a table drawn without lines whose texts touch', () => {
    // The unit cell, centred lower, ends in a space touching the next cell's text; a target wrapped
    // at its cell's edge in pieces (`7%` `左`) beside a line that stands alone in its row.
    const items: PdfPage['items'] = [];
    const put = (text: string, x: number, top: number, width = [...text].length * 12) => items.push({ text, x, top, width, height: 12 });
    put('序号', 60, 87); put('工作目标', 137, 87); put('责任单位', 249, 87); put('进展情况', 379, 87);
    put('城乡居民收入增长', 90.8, 110); put('7%', 189.2, 110, 19); put('左', 208.3, 110); put('预计上半年增长百分之', 315.6, 110);
    put('1', 59.8, 117.6, 7.6); put('县发展改革局 ', 236.6, 118.6, 79);
    put('右', 90.8, 127.3); put('七。', 315.6, 127.3);
    put('新增城镇就业人数三千', 90.8, 150.5);
    put('2', 59.8, 156.5, 7.6); put('县人力社保局', 236.6, 157.5); put('新增一千五百人。', 315.6, 157.5);
    put('人', 90.8, 165.1);
    expect(pdfGrid([{ width: 595, height: 842, items, rules: [] }]).rows).toEqual([
      ['序号', '工作目标', '责任单位', '进展情况'],
      ['1', '城乡居民收入增长7%左右', '县发展改革局', '预计上半年增长百分之七。'],
      ['2', '新增城镇就业人数三千人', '县人力社保局', '新增一千五百人。'],
    ]);
  });

  it('cuts a piece joined across two cells of a table drawn without lines after a sentence closed by `.`', () => {
    // A store folding full stops to `.`: the last line of a task and its unit came as one piece (`…10%. 县商务局`).
    const items: PdfPage['items'] = [];
    const put = (text: string, x: number, top: number, width = [...text].length * 10) => items.push({ text, x, top, width, height: 10 });
    put('序号', 60, 100); put('工作任务', 120, 100); put('责任单位', 400, 100);
    put('1', 60, 125, 6); put('外贸进出口总额增长5%.', 120, 125, 115); put('县商务局', 400, 125);
    put('2', 60, 150, 6); put('新增市场主体三千户,其中企业增长', 120, 150, 272); put('10%. 县市场监管局', 120, 164, 350);
    put('3', 60, 189, 6); put('城镇新增就业四千人.', 120, 189, 100); put('县人社局', 400, 189);
    expect(pdfGrid([{ width: 595, height: 842, items, rules: [] }]).rows).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '外贸进出口总额增长5%.', '县商务局'],
      ['2', '新增市场主体三千户,其中企业增长10%.', '县市场监管局'],
      ['3', '城镇新增就业四千人.', '县人社局'],
    ]);
  });

  it('finds the header of a table drawn without lines whose names wrap in narrow columns', () => {
    // `序`/`号` and `责任单`/`位` over two lines each, the other names centred on them; a cell of
    // three units centred in its row starts above the row's text.
    const items: PdfPage['items'] = [];
    const put = (text: string, x: number, top: number) => items.push({ text, x, top, width: [...text].length * 10, height: 10 });
    put('序', 62, 100); put('责任单', 250, 100);
    put('工作任务', 140, 107); put('推进情况', 420, 107);
    put('号', 62, 114); put('位', 260, 114);
    put('1', 62, 140); put('建成社区食堂十家。', 90, 140); put('县民政局', 250, 140); put('已建成四家，其余六家正在装修中。', 300, 140);
    put('县住建委', 250, 166); put('县城管局', 250, 180);
    put('2', 62, 187); put('新增停车位两千个。', 90, 187); put('已新增八百个，其余正在施工。', 300, 187);
    put('县交通局', 250, 194);
    const pages = [{ width: 842, height: 595, items, rules: [] }];
    expect(borderlessTable(pages)?.columns).toHaveLength(5);
    expect(pdfGrid(pages).rows).toEqual([
      ['序号', '工作任务', '责任单位', '推进情况'],
      ['1', '建成社区食堂十家。', '县民政局', '已建成四家，其余六家正在装修中。'],
      ['2', '新增停车位两千个。', '县住建委县城管局县交通局', '已新增八百个，其余正在施工。'],
    ]);
  });

  it('tells a scan (no text on any page) from a PDF with text', () => {
    expect(hasTextLayer([{ width: 595, height: 842, items: [], rules: [] }])).toBe(false);
    expect(hasTextLayer([page([HEADER])])).toBe(true);
  });
});
