/**
 * Wording variants: documents the importer reads right, rewritten the ways other offices write
 * them — numbering, unit labels and closing brackets, deadline wordings, header names and column
 * orders, layout damage — with the expected tasks known. Every variant must import to exactly the
 * same tasks (count, text start, lead units, deadline), so a class of wording that breaks shows as
 * a named variant here.
 */
import { importBreakdown } from '../../src/core/import';
import type { Task } from '../../src/core/ledger/task';
import { seededRandom } from '../support/generate-random';

interface Item {
  text: string;
  lead: string[];
  co: string[];
  /** As the document writes it; `due` is what it reads to. */
  deadline: string;
  kind: Task['deadline']['kind'];
  due: string | null;
}

const ITEMS: Item[] = [
  { text: '推进企业开办全程网办，开办时间压缩至1个工作日。', lead: ['县市场监管局'], co: ['县政务服务中心', '县税务局'], deadline: '2024年6月底前', kind: 'date', due: '2024-06-30' },
  { text: '开展涉企收费专项清理，建立常态化监测机制。', lead: ['县发展改革局'], co: [], deadline: '持续推进', kind: 'ongoing', due: null },
  { text: '新建城市社区养老服务中心3个，改造提升农村敬老院2所。', lead: ['县民政局'], co: ['各乡镇人民政府'], deadline: '2024年12月底前', kind: 'date', due: '2024-12-31' },
  { text: '实施老旧小区改造20个，惠及居民1500户。', lead: ['县住建局', '县财政局'], co: ['县自然资源局'], deadline: '2024年9月30日前', kind: 'date', due: '2024-09-30' },
  { text: '完善“一网统管”平台功能，接入城市运行数据。', lead: ['县大数据中心'], co: ['县公安局', '县城管局'], deadline: '2024年10月底前', kind: 'date', due: '2024-10-31' },
];
const SECTIONS = [
  { heading: '一、优化营商环境', items: [0, 1] },
  { heading: '二、保障改善民生', items: [2, 3, 4] },
];
const TITLE = '2024年某县重点工作任务分解方案';

type Expected = Pick<Item, 'text' | 'lead' | 'kind' | 'due'>;
/**
 * As the blind rounds' scorer compares (test/cli/blind-round.ts): the text's start, a number a table's
 * cell keeps (`1.推进…`) left out. A recurring deadline's due is the current period's (it depends on
 * today): its kind is asserted, not its due.
 */
const LEADING_NUMBER = /^(?:[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)]|\d+[.．、])/;
const view = (t: Task) => ({ text: t.task.replace(LEADING_NUMBER, '').slice(0, 12), lead: t.leadUnits, kind: t.deadline.kind, due: t.deadline.kind === 'recurring' ? null : t.deadline.due });
const expectedView = (items: Expected[]) => items.map((i) => ({ text: i.text.slice(0, 12), lead: i.lead, kind: i.kind, due: i.due }));

// ---------- prose: numbered items, each followed by its label lines ----------

interface ProseStyle {
  number: (n: number) => string;
  lead: string;
  co: string;
  deadline: string;
  colon: string;
  join: string;
}
const PROSE: ProseStyle = { number: (n) => `${n}.`, lead: '牵头单位', co: '配合单位', deadline: '完成时限', colon: '：', join: '、' };

function proseLines(style: ProseStyle, items: Item[] = ITEMS): string[] {
  const lines = [TITLE];
  let n = 0;
  for (const s of SECTIONS) {
    lines.push(s.heading);
    for (const i of s.items) {
      const it = items[i];
      n++;
      lines.push(`${style.number(n)}${it.text}`);
      lines.push(`${style.lead}${style.colon}${it.lead.join(style.join)}`);
      if (it.co.length > 0) lines.push(`${style.co}${style.colon}${it.co.join(style.join)}`);
      lines.push(`${style.deadline}${style.colon}${it.deadline}`);
    }
  }
  return lines;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const CN = '一二三四五六七八九十';
const NUMBERINGS: Record<string, (n: number) => string> = {
  '1.': (n) => `${n}.`,
  '1、': (n) => `${n}、`,
  '1．': (n) => `${n}．`,
  '1. (space)': (n) => `${n}. `,
  '（1）': (n) => `（${n}）`,
  '(1)': (n) => `(${n})`,
  '1)': (n) => `${n})`,
  '①': (n) => CIRCLED[n - 1],
  '（一）': (n) => `（${CN[n - 1]}）`,
  // Left out, ambiguous: `一是…`, `第一，…` on lines of their own are, in most documents, the points
  // of one item's paragraph (`1.…` / `一是…；二是…` / `牵头单位：X`), not items.
  '１．(full-width digit)': (n) => `${String.fromCharCode(0xff10 + n)}．`,
};

const LEAD_LABELS = ['牵头单位', '牵头部门', '主责单位', '牵头', '牵头责任单位'];
const CO_LABELS = ['配合单位', '配合部门', '协同单位', '参与单位', '责任单位'];
const DEADLINE_LABELS = ['完成时限', '完成时间', '时间节点', '时限要求', '完成期限'];
const JOINS = ['、', '，', ',', ' ', '/', '；'];
const COLONS = ['：', ':', ': ', '： '];

const DEADLINE_WORDINGS: { text: string; kind: Task['deadline']['kind']; due: string | null }[] = [
  { text: '2024年6月底前', kind: 'date', due: '2024-06-30' },
  { text: '6月底前', kind: 'date', due: '2024-06-30' },
  { text: '6月30日前', kind: 'date', due: '2024-06-30' },
  { text: '2024年6月30日前完成', kind: 'date', due: '2024-06-30' },
  { text: '2024.6', kind: 'date', due: '2024-06-30' },
  { text: '2024.6.30', kind: 'date', due: '2024-06-30' },
  { text: '2024-06-30', kind: 'date', due: '2024-06-30' },
  { text: '2024/6/30', kind: 'date', due: '2024-06-30' },
  { text: '2024年6月', kind: 'date', due: '2024-06-30' },
  { text: '二季度末', kind: 'date', due: '2024-06-30' },
  { text: '上半年', kind: 'date', due: '2024-06-30' },
  { text: '长期坚持', kind: 'ongoing', due: null },
  { text: '持续推进', kind: 'ongoing', due: null },
  // Read as a yearly recurrence (its due the current period's end), not as ongoing.
  { text: '按年度推进', kind: 'recurring', due: null },
];

function withDeadline(i: number, d: { text: string; kind: Task['deadline']['kind']; due: string | null }): Item[] {
  return ITEMS.map((it, k) => (k === i ? { ...it, deadline: d.text, kind: d.kind, due: d.due } : it));
}

interface Case {
  name: string;
  lines: string[];
  expected: Expected[];
}

const proseCases: Case[] = [];
for (const [name, number] of Object.entries(NUMBERINGS)) proseCases.push({ name: `numbering ${name}`, lines: proseLines({ ...PROSE, number }), expected: ITEMS });
for (const lead of LEAD_LABELS) proseCases.push({ name: `lead label ${lead}`, lines: proseLines({ ...PROSE, lead }), expected: ITEMS });
for (const co of CO_LABELS) proseCases.push({ name: `co label ${co}`, lines: proseLines({ ...PROSE, co }), expected: ITEMS });
for (const deadline of DEADLINE_LABELS) proseCases.push({ name: `deadline label ${deadline}`, lines: proseLines({ ...PROSE, deadline }), expected: ITEMS });
for (const join of JOINS) proseCases.push({ name: `units joined by "${join}"`, lines: proseLines({ ...PROSE, join }), expected: ITEMS });
for (const colon of COLONS) proseCases.push({ name: `colon "${colon}"`, lines: proseLines({ ...PROSE, colon }), expected: ITEMS });
for (const d of DEADLINE_WORDINGS) {
  const items = withDeadline(0, d);
  proseCases.push({ name: `deadline ${d.text}`, lines: proseLines(PROSE, items), expected: items });
}

// ---------- prose: units (and the deadline) closing the item's sentence ----------

type Closer = (it: Item) => string;
const CLOSERS: Record<string, Closer> = {
  '（X牵头，Y配合）': (it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}）`,
  '(X牵头,Y配合)': (it) => `(${it.lead.join('、')}牵头${it.co.length ? `,${it.co.join('、')}配合` : ''})`,
  '（牵头单位：X；配合单位：Y）': (it) => `（牵头单位：${it.lead.join('、')}${it.co.length ? `；配合单位：${it.co.join('、')}` : ''}）`,
  '（牵头单位：X，配合单位：Y）': (it) => `（牵头单位：${it.lead.join('、')}${it.co.length ? `，配合单位：${it.co.join('、')}` : ''}）`,
  '（牵头部门：X；责任部门：Y）': (it) => `（牵头部门：${it.lead.join('、')}${it.co.length ? `；责任部门：${it.co.join('、')}` : ''}）`,
  '【X牵头，Y配合】': (it) => `【${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}】`,
  '（X牵头，Y参与）': (it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}参与` : ''}）`,
  '（X牵头，Y按职责分工负责）': (it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}按职责分工负责` : ''}）`,
  '（X负责）': (it) => `（${it.lead.join('、')}负责）`,
  '（责任单位：X、Y）': (it) => `（责任单位：${[...it.lead, ...it.co].join('、')}）`,
  '（X牵头，Y配合；deadline）': (it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}；${it.deadline}）`,
  '（牵头单位：X；配合单位：Y；完成时限：deadline）': (it) => `（牵头单位：${it.lead.join('、')}${it.co.length ? `；配合单位：${it.co.join('、')}` : ''}；完成时限：${it.deadline}）`,
};
/** Closers that carry the deadline too; the others leave the item without one unless a line follows. */
const CLOSER_WITH_DEADLINE = new Set(['（X牵头，Y配合；deadline）', '（牵头单位：X；配合单位：Y；完成时限：deadline）']);
/** `（X负责）` and `（责任单位：X、Y）` name no lead: the first listed leads. */
const FIRST_LEADS = new Set(['（X负责）', '（责任单位：X、Y）']);

function closerLines(closer: Closer, withDeadlineLine: boolean, number: (n: number) => string = (n) => `${n}.`): string[] {
  const lines = [TITLE];
  let n = 0;
  for (const s of SECTIONS) {
    lines.push(s.heading);
    for (const i of s.items) {
      const it = ITEMS[i];
      n++;
      lines.push(`${number(n)}${it.text}${closer(it)}`);
      if (withDeadlineLine) lines.push(`完成时限：${it.deadline}`);
    }
  }
  return lines;
}

function closerExpected(name: string, withDeadlineLine: boolean): Expected[] {
  return ITEMS.map((it) => {
    // Units named with no lead word: the first listed leads (the importer's stated convention).
    const lead = FIRST_LEADS.has(name) ? [[...it.lead, ...it.co][0]] : it.lead;
    const dated = withDeadlineLine || CLOSER_WITH_DEADLINE.has(name);
    return dated ? { ...it, lead } : { ...it, lead, kind: 'none' as const, due: null };
  });
}

for (const [name, closer] of Object.entries(CLOSERS)) {
  proseCases.push({ name: `closer ${name}`, lines: closerLines(closer, !CLOSER_WITH_DEADLINE.has(name)), expected: closerExpected(name, !CLOSER_WITH_DEADLINE.has(name)) });
  if (!CLOSER_WITH_DEADLINE.has(name)) proseCases.push({ name: `closer ${name}, no deadline`, lines: closerLines(closer, false), expected: closerExpected(name, false) });
}
for (const [name, number] of Object.entries(NUMBERINGS)) {
  const c = '（X牵头，Y配合；deadline）';
  proseCases.push({ name: `closer, numbering ${name}`, lines: closerLines(CLOSERS[c], false, number), expected: closerExpected(c, false) });
}

// ---------- prose: layout damage ----------

function damaged(name: string, lines: string[]): Case {
  return { name: `layout ${name}`, lines, expected: ITEMS };
}
const base = proseLines(PROSE);
const itemStarts = base.map((l, i) => (/^\d+\./.test(l) ? i : -1)).filter((i) => i > 0);
proseCases.push(damaged('blank lines between items', base.flatMap((l, i) => (itemStarts.includes(i) ? ['', l] : [l]))));
proseCases.push(damaged('blank lines between every line', base.flatMap((l) => [l, ''])));
proseCases.push(damaged('page number between items', base.flatMap((l, i) => (i === itemStarts[2] ? ['', '- 3 -', '', l] : [l]))));
proseCases.push(damaged('page number — 3 — between items', base.flatMap((l, i) => (i === itemStarts[2] ? ['— 3 —', l] : [l]))));
proseCases.push(damaged('page number inside an item', base.flatMap((l, i) => (i === itemStarts[2] + 1 ? ['- 3 -', l] : [l]))));
proseCases.push(damaged('repeated title between items', base.flatMap((l, i) => (i === itemStarts[2] ? ['- 2 -', TITLE, l] : [l]))));
proseCases.push(damaged('unit line broken inside a unit name', base.flatMap((l) => (l === '牵头单位：县大数据中心' ? ['牵头单位：县大数', '据中心'] : [l]))));
proseCases.push(damaged('co line broken after a 、', base.flatMap((l) => (l === '配合单位：县政务服务中心、县税务局' ? ['配合单位：县政务服务中心、', '县税务局'] : [l]))));
proseCases.push(damaged('deadline line broken', base.flatMap((l, i) => (l === '完成时限：2024年10月底前' && i > 0 ? ['完成时限：2024年10', '月底前'] : [l]))));
proseCases.push(damaged('item text broken in two lines', base.flatMap((l) => (l.startsWith('3.') ? [l.slice(0, 10), l.slice(10)] : [l]))));
proseCases.push(damaged('indented lines', base.map((l) => `　　${l}`)));
proseCases.push(damaged('CRLF line ends', [base.join('\r\n')]));

describe('prose wording variants', () => {
  it.each(proseCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

// ---------- tables: tab text as copied, and grids ----------

interface TableStyle {
  task: string;
  lead: string;
  co: string | null;
  deadline: string;
  order: ('seq' | 'task' | 'lead' | 'co' | 'deadline' | 'extra')[];
  extra: string | null;
  join: string;
  sections: boolean;
}
const TABLE: TableStyle = { task: '工作任务', lead: '牵头单位', co: '配合单位', deadline: '完成时限', order: ['seq', 'task', 'lead', 'co', 'deadline'], extra: null, join: '、', sections: true };

function tableRows(style: TableStyle, items: Item[] = ITEMS): string[][] {
  const names: Record<string, string> = { seq: '序号', task: style.task, lead: style.lead, co: style.co ?? '', deadline: style.deadline, extra: style.extra ?? '' };
  const order = style.order.filter((c) => (c !== 'co' || style.co) && (c !== 'extra' || style.extra));
  const rows = [[TITLE], order.map((c) => names[c])];
  let n = 0;
  for (const s of SECTIONS) {
    if (style.sections) rows.push([s.heading, ...order.slice(1).map(() => '')]);
    for (const i of s.items) {
      const it = items[i];
      n++;
      const cell: Record<string, string> = {
        seq: String(n),
        task: it.text,
        lead: it.lead.join(style.join),
        co: it.co.join(style.join),
        deadline: it.deadline,
        extra: '按月报送进展',
      };
      rows.push(order.map((c) => cell[c]));
    }
  }
  return rows;
}

const tableCases: { name: string; style: TableStyle; items?: Item[]; expected?: Expected[] }[] = [];
for (const task of ['工作任务', '重点任务', '任务内容', '主要任务', '具体任务', '工作内容', '重点工作', '任务名称', '工作事项'])
  tableCases.push({ name: `task header ${task}`, style: { ...TABLE, task } });
for (const lead of ['牵头单位', '牵头部门', '主责单位', '牵头责任单位', '责任单位（牵头）'])
  tableCases.push({ name: `lead header ${lead}`, style: { ...TABLE, lead } });
for (const co of ['配合单位', '配合部门', '协同单位', '参与单位', '协办单位'])
  tableCases.push({ name: `co header ${co}`, style: { ...TABLE, co } });
for (const deadline of ['完成时限', '完成时间', '时间节点', '时限要求', '完成期限', '时间安排', '进度安排'])
  tableCases.push({ name: `deadline header ${deadline}`, style: { ...TABLE, deadline } });
tableCases.push({ name: 'only 责任单位 (first leads)', style: { ...TABLE, lead: '责任单位', co: null }, expected: ITEMS.map((it) => ({ ...it, lead: [it.lead[0]] })) });
for (const order of [
  ['seq', 'task', 'deadline', 'lead', 'co'],
  ['seq', 'lead', 'co', 'task', 'deadline'],
  ['task', 'lead', 'co', 'deadline'],
  ['seq', 'task', 'co', 'lead', 'deadline'],
  ['seq', 'task', 'lead', 'co', 'deadline', 'extra'],
  ['seq', 'task', 'extra', 'lead', 'co', 'deadline'],
] as TableStyle['order'][])
  tableCases.push({ name: `columns ${order.join(',')}`, style: { ...TABLE, order, extra: order.includes('extra') ? '工作要求' : null } });
for (const extra of ['备注', '成果形式', '责任领导', '考核指标', '推进措施'])
  tableCases.push({ name: `extra column ${extra}`, style: { ...TABLE, order: ['seq', 'task', 'lead', 'co', 'deadline', 'extra'], extra } });
for (const join of JOINS) tableCases.push({ name: `cell units joined by "${join}"`, style: { ...TABLE, join } });
tableCases.push({ name: 'no section rows', style: { ...TABLE, sections: false } });
for (const d of [...DEADLINE_WORDINGS, { text: '每季度', kind: 'recurring' as const, due: null }, { text: '', kind: 'none' as const, due: null }]) {
  const items = withDeadline(1, d);
  tableCases.push({ name: `deadline cell "${d.text}"`, style: TABLE, items, expected: items });
}

describe('table wording variants', () => {
  it.each(tableCases.map((c) => [c.name, c] as const))('%s (tab text)', (_name, c) => {
    const rows = tableRows(c.style, c.items);
    const result = importBreakdown({ kind: 'text', text: rows.map((r) => r.join('\t')).join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
  it.each(tableCases.map((c) => [c.name, c] as const))('%s (grid)', (_name, c) => {
    const rows = tableRows(c.style, c.items);
    const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
});

// ---------- more classes (second batch) ----------

const batch2: Case[] = [];
/** All labels of an item on one line after its sentence, separated as offices do. */
for (const [name, sep] of Object.entries({ 'spaces': '  ', '；': '；', '，': '，', 'full-width space': '　' })) {
  const lines = [TITLE];
  let n = 0;
  for (const s of SECTIONS) {
    lines.push(s.heading);
    for (const i of s.items) {
      const it = ITEMS[i];
      n++;
      lines.push(`${n}.${it.text}`);
      lines.push([`牵头单位：${it.lead.join('、')}`, ...(it.co.length ? [`配合单位：${it.co.join('、')}`] : []), `完成时限：${it.deadline}`].join(sep));
    }
  }
  batch2.push({ name: `labels on one line, separated by ${name}`, lines, expected: ITEMS });
}
/** Labels after the sentence on the item's own line. */
{
  const lines = [TITLE];
  let n = 0;
  for (const s of SECTIONS) {
    lines.push(s.heading);
    for (const i of s.items) {
      const it = ITEMS[i];
      n++;
      lines.push(`${n}.${it.text}牵头单位：${it.lead.join('、')}；${it.co.length ? `配合单位：${it.co.join('、')}；` : ''}完成时限：${it.deadline}。`);
    }
  }
  batch2.push({ name: 'labels after the sentence on its line', lines, expected: ITEMS });
}
/** `（一）` subsections under `一、` sections, items numbered `1.` below. */
batch2.push({
  name: 'subsections （一） over the items',
  lines: proseLines(PROSE).flatMap((l) => (l.startsWith('一、') ? [l, '（一）提升政务服务'] : l.startsWith('二、') ? [l, '（一）养老服务'] : [l])),
  expected: ITEMS,
});
/** Sections numbered `第一部分` / `一、` written with a half-width dot `一.`. */
batch2.push({ name: 'sections 第一部分', lines: proseLines(PROSE).map((l) => l.replace(/^一、/, '第一部分 ').replace(/^二、/, '第二部分 ')), expected: ITEMS });
batch2.push({ name: 'sections 一.', lines: proseLines(PROSE).map((l) => l.replace(/^([一二])、/, '$1.')), expected: ITEMS });
batch2.push({ name: 'sections 一．', lines: proseLines(PROSE).map((l) => l.replace(/^([一二])、/, '$1．')), expected: ITEMS });
/** Numbering restarting in each section. */
{
  let n = 0;
  batch2.push({ name: 'numbering restarts per section', lines: proseLines(PROSE).map((l) => (/^[一二]、/.test(l) ? ((n = 0), l) : /^\d+\./.test(l) ? l.replace(/^\d+/, String(++n)) : l)), expected: ITEMS });
}
/** The unit label written `【牵头单位】X` and `牵头单位 X` (a space for the colon). */
batch2.push({ name: 'labels 【牵头单位】', lines: proseLines(PROSE).map((l) => l.replace(/^(牵头单位|配合单位|完成时限)：/, '【$1】')), expected: ITEMS });
batch2.push({ name: 'labels with a space for the colon', lines: proseLines(PROSE).map((l) => l.replace(/^(牵头单位|配合单位|完成时限)：/, '$1 ')), expected: ITEMS });
batch2.push({ name: 'labels in brackets on their own line', lines: proseLines(PROSE).map((l) => (/^(牵头单位|配合单位|完成时限)：/.test(l) ? `（${l}）` : l)), expected: ITEMS });
/** A lead marked in one 责任单位 list: `责任单位：X（牵头）、Y`. */
batch2.push({
  name: '责任单位：X（牵头）、Y',
  lines: closerLines(() => '', true).flatMap((l) => {
    const it = ITEMS.find((x) => l.endsWith(x.text));
    return it ? [l, `责任单位：${it.lead.map((u) => `${u}（牵头）`).join('、')}${it.co.length ? `、${it.co.join('、')}` : ''}`] : [l];
  }),
  expected: ITEMS,
});
batch2.push({
  name: '责任单位：X牵头，Y配合',
  lines: closerLines(() => '', true).flatMap((l) => {
    const it = ITEMS.find((x) => l.endsWith(x.text));
    return it ? [l, `责任单位：${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}`] : [l];
  }),
  expected: ITEMS,
});
/** The deadline set in the item's text, with no deadline line. */
{
  const items = ITEMS.map((it) => (it.kind === 'date' ? { ...it, text: `${it.deadline}${it.text}` } : it));
  const lines = proseLines({ ...PROSE, deadline: '' }, items).filter((l) => !/^：/.test(l));
  batch2.push({ name: 'deadline opening the item’s text, no deadline line', lines, expected: items.map((it) => (it.kind === 'date' ? it : { ...it, kind: 'none' as const, due: null })) });
}
/** A mix of half- and full-width brackets in closers. */
batch2.push({ name: 'closer （X牵头，Y配合) mixed brackets', lines: closerLines((it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''})`, true), expected: ITEMS });
batch2.push({ name: 'closer after the full stop', lines: closerLines((it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}）。`, true).map((l) => l.replace('。（', '（')), expected: ITEMS });
batch2.push({ name: 'closer with units 等有关部门', lines: closerLines((it) => `（${it.lead.join('、')}牵头，县直有关部门配合）`, true), expected: ITEMS });

describe('prose wording variants (second batch)', () => {
  it.each(batch2.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

// ---------- tables (second batch) ----------

const tableText = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const base2 = tableRows(TABLE);
const header2 = base2[1];
const tableBatch: { name: string; rows: string[][]; expected?: Expected[] }[] = [];
tableBatch.push({ name: 'header names spaced (牵 头 单 位)', rows: base2.map((r, i) => (i === 1 ? r.map((c) => c.split('').join(' ')) : r)) });
tableBatch.push({ name: 'header names with a note in brackets', rows: base2.map((r, i) => (i === 1 ? r.map((c) => (c === '完成时限' ? '完成时限（2024年）' : c === '牵头单位' ? '牵头单位（第一个为牵头）' : c)) : r)) });
tableBatch.push({ name: 'a page number row and the header repeated between rows', rows: [...base2.slice(0, 5), ['- 2 -'], header2, ...base2.slice(5)] });
tableBatch.push({ name: 'the header repeated between rows', rows: [...base2.slice(0, 5), header2, ...base2.slice(5)] });
tableBatch.push({ name: 'blank rows between rows', rows: base2.flatMap((r, i) => (i > 1 ? [r, ['']] : [r])) });
tableBatch.push({ name: 'section rows （一）', rows: base2.map((r) => (/^[一二]、/.test(r[0]) ? [r[0].replace(/^一、/, '（一）').replace(/^二、/, '（二）'), ...r.slice(1)] : r)) });
tableBatch.push({ name: 'section rows in the task column', rows: base2.map((r) => (/^[一二]、/.test(r[0]) ? ['', r[0], '', '', ''] : r)) });
tableBatch.push({ name: 'a category column, written on its group’s first row only', rows: [
  [TITLE],
  ['序号', '工作类别', '工作任务', '牵头单位', '配合单位', '完成时限'],
  ...SECTIONS.flatMap((s) => s.items.map((i, k) => [String(i + 1), k === 0 ? s.heading.slice(2) : '', ITEMS[i].text, ITEMS[i].lead.join('、'), ITEMS[i].co.join('、'), ITEMS[i].deadline])),
] });
tableBatch.push({ name: 'a category column, copied without its merged cells', rows: [
  [TITLE],
  ['序号', '工作类别', '工作任务', '牵头单位', '配合单位', '完成时限'],
  ...SECTIONS.flatMap((s) => s.items.map((i, k) => (k === 0
    ? [String(i + 1), s.heading.slice(2), ITEMS[i].text, ITEMS[i].lead.join('、'), ITEMS[i].co.join('、'), ITEMS[i].deadline]
    : [String(i + 1), ITEMS[i].text, ITEMS[i].lead.join('、'), ITEMS[i].co.join('、'), ITEMS[i].deadline]))),
] });
tableBatch.push({ name: 'a two-row header (责任单位 over 牵头单位 | 配合单位)', rows: [
  [TITLE],
  ['序号', '工作任务', '责任单位', '', '完成时限'],
  ['', '', '牵头单位', '配合单位', ''],
  ...base2.slice(2),
] });
tableBatch.push({ name: 'one 责任单位 column saying X牵头，Y配合', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任单位', '完成时限'] : r.length < 5 ? r.slice(0, 4) : [r[0], r[1], `${r[2]}牵头${r[3] ? `，${r[3]}配合` : ''}`, r[4]])) });
tableBatch.push({ name: 'one 责任单位 column, lead marked （牵头）', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任单位', '完成时限'] : r.length < 5 ? r.slice(0, 4) : [r[0], r[1], [...r[2].split('、').map((u) => `${u}（牵头）`), ...(r[3] ? [r[3]] : [])].join('、'), r[4]])) });
tableBatch.push({ name: 'title and a 附件 line above the header, a note below the table', rows: [['附件1'], ...base2, ['注：各单位每月25日前报送进展。']] });
tableBatch.push({ name: 'a unit column named 责任单位 beside 牵头单位 (helping)', rows: base2.map((r, i) => (i === 1 ? r.map((c) => (c === '配合单位' ? '责任单位' : c)) : r)) });
for (const d of [
  { text: '2024年6月底', kind: 'date' as const, due: '2024-06-30' },
  { text: '6月份', kind: 'date' as const, due: '2024-06-30' },
  { text: '2024年12月31日', kind: 'date' as const, due: '2024-12-31' },
  { text: '年内', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年内', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年底前', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年第二季度', kind: 'date' as const, due: '2024-06-30' },
  { text: '第二季度', kind: 'date' as const, due: '2024-06-30' },
  { text: '2024年6月—12月', kind: 'date' as const, due: '2024-12-31' },
  { text: '6月底前完成', kind: 'date' as const, due: '2024-06-30' },
  { text: '6月底前启动，11月底前完成', kind: 'date' as const, due: '2024-11-30' },
  { text: '2024年6月\n底前', kind: 'date' as const, due: '2024-06-30' },
  { text: '常态化推进', kind: 'ongoing' as const, due: null },
  { text: '每月', kind: 'recurring' as const, due: null },
  { text: '每半年', kind: 'recurring' as const, due: null },
]) {
  const items = withDeadline(1, d);
  tableBatch.push({ name: `deadline cell ${JSON.stringify(d.text)}`, rows: tableRows(TABLE, items), expected: items });
}

describe('table wording variants (second batch)', () => {
  it.each(tableBatch.map((c) => [c.name, c] as const))('%s (tab text)', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: tableText(c.rows) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
  // A grid keeps its merged cells' places: rows missing leading cells come only from copied text.
  it.each(tableBatch.filter((c) => !c.name.includes('copied')).map((c) => [c.name, c] as const))('%s (grid)', (_name, c) => {
    const result = importBreakdown({ kind: 'grid', rows: c.rows, sheet: 'Sheet1' });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
});

// ---------- prose: the notice around the items (third batch) ----------

const batch3: Case[] = [];
const NOTICE_HEAD = [
  '关于印发《2024年某县重点工作任务分解方案》的通知',
  '各乡镇人民政府，县直各单位：',
  '现将《2024年某县重点工作任务分解方案》印发给你们，请认真贯彻落实。',
  '某县人民政府办公室',
  '2024年3月1日',
];
const NOTICE_TAIL = [
  '三、工作要求',
  '（一）加强组织领导。各牵头单位要明确分管领导和具体责任人，制定工作计划。',
  '（二）强化督查考核。县政府督查室每季度对任务落实情况进行督查通报。',
  '1.各单位每月25日前报送工作进展。',
  '2.年底前报送全年工作总结。',
];
batch3.push({ name: 'a notice above the items', lines: [...NOTICE_HEAD, ...proseLines(PROSE)], expected: ITEMS });
batch3.push({ name: 'work requirements below the items', lines: [...proseLines(PROSE), ...NOTICE_TAIL], expected: ITEMS });
batch3.push({ name: 'a notice above and requirements below', lines: [...NOTICE_HEAD, ...proseLines(PROSE), ...NOTICE_TAIL], expected: ITEMS });
batch3.push({ name: 'closers, requirements below', lines: [...closerLines(CLOSERS['（X牵头，Y配合；deadline）'], false), ...NOTICE_TAIL], expected: closerExpected('（X牵头，Y配合；deadline）', false) });
batch3.push({ name: 'an intro section without units above', lines: [TITLE, '一、总体要求', '以习近平新时代中国特色社会主义思想为指导，全面贯彻落实县委决策部署。', ...proseLines(PROSE).slice(1).map((l) => l.replace(/^一、/, '二、').replace(/^二、保障/, '三、保障'))], expected: ITEMS });
batch3.push({ name: 'unnumbered items, each followed by its labels', lines: proseLines({ ...PROSE, number: () => '' }), expected: ITEMS });
batch3.push({ name: 'items as paragraphs under （一） headings, labels below', lines: proseLines({ ...PROSE, number: (n) => `（${CN[n - 1]}）` }), expected: ITEMS });
batch3.push({
  name: 'an item’s paragraph over several lines (printed width)',
  lines: proseLines(PROSE).flatMap((l) => (/^\d+\./.test(l) ? [l.slice(0, 8), l.slice(8, 16), l.slice(16)].filter((x) => x !== '') : [l])),
  expected: ITEMS,
});
batch3.push({
  name: 'a page break inside an item’s paragraph (page number, title repeated)',
  lines: proseLines(PROSE).flatMap((l) => (l.startsWith('3.') ? [l.slice(0, 10), '', '- 2 -', '', l.slice(10)] : [l])),
  expected: ITEMS,
});
batch3.push({
  name: 'a sub-list ①② inside an item',
  lines: proseLines(PROSE).flatMap((l) => (l.startsWith('3.') ? [l, '①新建社区养老服务中心；②改造敬老院。'] : [l])),
  expected: ITEMS,
});

describe('prose wording variants (third batch)', () => {
  it.each(batch3.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

// ---------- the same documents as Word bodies ----------

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
/** Prose as paragraphs; a table as a w:tbl whose section rows span the table (gridSpan). */
function docxProse(lines: string[]): string {
  return `<w:document ${W}><w:body>${lines.map(paragraph).join('')}</w:body></w:document>`;
}
function docxTable(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const [title, ...body] = rows;
  const tr = (r: string[]) => {
    const filled = r.filter((c) => c !== '');
    if (filled.length === 1 && r.length > 1 && r[0] !== '' && width > 1) return `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="${width}"/></w:tcPr>${paragraph(r[0])}</w:tc></w:tr>`;
    return `<w:tr>${r.map((c) => `<w:tc>${c.split('\n').map(paragraph).join('')}</w:tc>`).join('')}</w:tr>`;
  };
  return `<w:document ${W}><w:body>${paragraph(title.join(''))}<w:tbl>${body.map(tr).join('')}</w:tbl></w:body></w:document>`;
}

describe('wording variants as .docx', () => {
  it.each([...proseCases, ...batch2, ...batch3].filter((c) => !c.name.includes('CRLF')).map((c) => [c.name, c] as const))('prose %s', (_name, c) => {
    const result = importBreakdown({ kind: 'docx', documentXml: docxProse(c.lines) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
  it.each([...tableCases.map((c) => ({ name: c.name, rows: tableRows(c.style, c.items), expected: c.expected })), ...tableBatch.filter((c) => !c.name.includes('copied'))].map((c) => [c.name, c] as const))('table %s', (_name, c) => {
    const result = importBreakdown({ kind: 'docx', documentXml: docxTable(c.rows) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
});

// ---------- fourth batch: unit names and table layouts offices use ----------

const BRACKET_ITEMS: Item[] = ITEMS.map((it, k) => (k === 2 ? { ...it, co: ['各乡镇（街道）', '县委组织部（县委编办）'] } : k === 4 ? { ...it, lead: ['县委网信办（县大数据中心）'] } : it));
const batch4: Case[] = [
  { name: 'unit names holding brackets, label lines', lines: proseLines(PROSE, BRACKET_ITEMS), expected: BRACKET_ITEMS },
  { name: 'unit names holding brackets, closers', lines: (() => {
    const lines = [TITLE];
    let n = 0;
    for (const s of SECTIONS) {
      lines.push(s.heading);
      for (const i of s.items) {
        const it = BRACKET_ITEMS[i];
        lines.push(`${++n}.${it.text}（${it.lead.join('、')}牵头${it.co.length ? `，${it.co.join('、')}配合` : ''}）`, `完成时限：${it.deadline}`);
      }
    }
    return lines;
  })(), expected: BRACKET_ITEMS },
  { name: 'closer （责任单位：X（牵头）、Y）', lines: closerLines((it) => `（责任单位：${it.lead.map((u) => `${u}（牵头）`).join('、')}${it.co.length ? `、${it.co.join('、')}` : ''}）`, true), expected: ITEMS },
  { name: 'closer （X、Y按职责分工负责） (first leads)', lines: closerLines((it) => `（${[...it.lead, ...it.co].join('、')}按职责分工负责）`, true), expected: ITEMS.map((it) => ({ ...it, lead: [it.lead[0]] })) },
  { name: 'co units ending in 等有关部门', lines: proseLines(PROSE, ITEMS.map((it) => (it.co.length ? { ...it, co: [...it.co.slice(0, 1), '等有关部门'] } : it))), expected: ITEMS },
  { name: 'sections （一） only, items 1.', lines: proseLines(PROSE).map((l) => l.replace(/^一、/, '（一）').replace(/^二、/, '（二）')), expected: ITEMS },
  { name: 'a person’s label between the unit lines', lines: proseLines(PROSE).flatMap((l) => (l.startsWith('牵头单位：') ? ['责任领导：张三', l] : [l])), expected: ITEMS },
  { name: 'a 工作要求 label line after the units', lines: proseLines(PROSE).flatMap((l) => (l.startsWith('完成时限：') ? [l, '工作要求：按月报送进展，年底前完成验收。'] : [l])), expected: ITEMS },
];

describe('wording variants (fourth batch, prose)', () => {
  it.each(batch4.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

const tableBatch4: { name: string; rows: string[][]; expected?: Expected[] }[] = [
  { name: 'section rows split: 一 in 序号, the name in 工作任务', rows: base2.map((r) => (/^[一二]、/.test(r[0]) ? [r[0].slice(0, 1), r[0].slice(2), '', '', ''] : r)) },
  { name: 'section rows 一、 in 序号 and the name in 工作任务', rows: base2.map((r) => (/^[一二]、/.test(r[0]) ? [r[0].slice(0, 2), r[0].slice(2), '', '', ''] : r)) },
  { name: 'a 具体措施 column beside 重点任务', rows: base2.map((r, i) => (i === 0 ? r : i === 1 ? ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'] : /^[一二]、/.test(r[0]) ? r : [r[0], r[1], '细化工作方案，按月调度。', ...r.slice(2)])) },
  { name: 'a 牵头领导 column before 牵头单位', rows: base2.map((r, i) => (i === 0 ? r : i === 1 ? ['序号', '工作任务', '牵头领导', '牵头单位', '配合单位', '完成时限'] : /^[一二]、/.test(r[0]) ? r : [r[0], r[1], '王五', ...r.slice(2)])) },
  { name: 'unit cells written one unit a paragraph', rows: base2.map((r, i) => (i < 2 || /^[一二]、/.test(r[0]) ? r : [r[0], r[1], r[2].replace(/、/g, '\n'), r[3].replace(/、/g, '\n'), r[4]])) },
  { name: 'numbers in the task cell, no 序号 column', rows: base2.map((r, i) => (i === 0 ? r : i === 1 ? r.slice(1) : /^[一二]、/.test(r[0]) ? r.slice(0, 4) : [`${r[0]}.${r[1]}`, ...r.slice(2)])) },
  { name: 'a 工作目标 column after the task', rows: base2.map((r, i) => (i === 0 ? r : i === 1 ? ['序号', '工作任务', '工作目标', '牵头单位', '配合单位', '完成时限'] : /^[一二]、/.test(r[0]) ? r : [r[0], r[1], '全面完成年度目标', ...r.slice(2)])) },
];

describe('wording variants (fourth batch, tables)', () => {
  it.each(tableBatch4.filter((c) => !c.name.includes('paragraph')).map((c) => [c.name, c] as const))('%s (tab text)', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: tableText(c.rows) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
  it.each(tableBatch4.map((c) => [c.name, c] as const))('%s (grid)', (_name, c) => {
    const result = importBreakdown({ kind: 'grid', rows: c.rows, sheet: 'Sheet1' });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
  it.each(tableBatch4.map((c) => [c.name, c] as const))('%s (docx)', (_name, c) => {
    const result = importBreakdown({ kind: 'docx', documentXml: docxTable(c.rows) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
});

// ---------- fifth batch: page text, every line wrapped at the printed width ----------

/** Lines as a PDF's page text gives them: cut every `width` characters, items indented two spaces. */
function printed(lines: string[], width: number, indent: boolean): string[] {
  return lines.flatMap((l) => {
    const text = indent && !/^[一二三]、/.test(l) && l !== TITLE ? `　　${l}` : l;
    const out: string[] = [];
    for (let at = 0; at < text.length; at += width) out.push(text.slice(at, at + width));
    return out;
  });
}
const batch5: Case[] = [];
for (const width of [16, 22, 30]) {
  for (const indent of [false, true]) {
    const tag = `${width} a line${indent ? ', indented' : ''}`;
    batch5.push({ name: `labels, ${tag}`, lines: printed(proseLines(PROSE), width, indent), expected: ITEMS });
    const c = '（X牵头，Y配合；deadline）';
    batch5.push({ name: `closers, ${tag}`, lines: printed(closerLines(CLOSERS[c], false), width, indent), expected: closerExpected(c, false) });
    batch5.push({ name: `closers and deadline lines, ${tag}`, lines: printed(closerLines(CLOSERS['（X牵头，Y配合）'], true), width, indent), expected: ITEMS });
  }
}

describe('wording variants (fifth batch, printed width)', () => {
  it.each(batch5.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

// ---------- sixth batch: more cells and headers ----------

const tableBatch6: { name: string; rows: string[][]; expected?: Expected[] }[] = [
  { name: 'a two-row header (责任单位 over 牵头 | 配合)', rows: [[TITLE], ['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头', '配合', ''], ...base2.slice(2)] },
  { name: 'a two-row header (责任分工 over 牵头单位 | 责任单位)', rows: [[TITLE], ['序号', '工作任务', '责任分工', '', '完成时限'], ['', '', '牵头单位', '责任单位', ''], ...base2.slice(2)] },
  { name: 'one 责任单位 cell with 牵头： and 配合： lines', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任单位', '完成时限'] : /^[一二]、/.test(r[0]) ? r.slice(0, 4) : i === 0 ? r : [r[0], r[1], `牵头：${r[2]}${r[3] ? `\n配合：${r[3]}` : ''}`, r[4]])) },
  { name: 'one 责任单位 cell, 牵头单位：X；配合单位：Y', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任单位', '完成时限'] : /^[一二]、/.test(r[0]) ? r.slice(0, 4) : i === 0 ? r : [r[0], r[1], `牵头单位：${r[2]}${r[3] ? `；配合单位：${r[3]}` : ''}`, r[4]])) },
  { name: 'header 责任主体 / 协同单位', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任主体', '协同单位', '完成时限'] : r)), expected: ITEMS },
  { name: 'header 牵头单位（部门） / 配合单位（部门）', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '牵头单位（部门）', '配合单位（部门）', '完成时限'] : r)) },
  { name: 'header 主要工作任务 / 牵头责任单位 / 配合责任单位 / 完成时间节点', rows: base2.map((r, i) => (i === 1 ? ['序号', '主要工作任务', '牵头责任单位', '配合责任单位', '完成时间节点'] : r)) },
];
for (const d of [
  { text: '全年', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年度', kind: 'date' as const, due: '2024-12-31' },
  { text: '12月', kind: 'date' as const, due: '2024-12-31' },
  { text: '2024年11月底前完成', kind: 'date' as const, due: '2024-11-30' },
  { text: '2024年6月底前完成初验，9月底前全面完成', kind: 'date' as const, due: '2024-09-30' },
  { text: '2024年4月—6月', kind: 'date' as const, due: '2024-06-30' },
  { text: '2024年6月30日', kind: 'date' as const, due: '2024-06-30' },
  { text: '2024.06.30', kind: 'date' as const, due: '2024-06-30' },
  { text: '2024年6月底前（长期坚持）', kind: 'date' as const, due: '2024-06-30' },
  { text: '长期', kind: 'ongoing' as const, due: null },
  { text: '常年', kind: 'ongoing' as const, due: null },
  { text: '持续开展', kind: 'ongoing' as const, due: null },
  { text: '2024年起长期坚持', kind: 'ongoing' as const, due: null },
]) {
  const items = withDeadline(1, d);
  tableBatch6.push({ name: `deadline cell ${JSON.stringify(d.text)}`, rows: tableRows(TABLE, items), expected: items });
}

describe('wording variants (sixth batch, tables)', () => {
  it.each(tableBatch6.filter((c) => !c.rows.some((r) => r.some((x) => x.includes('\n')))).map((c) => [c.name, c] as const))('%s (tab text)', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: tableText(c.rows) });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
  it.each(tableBatch6.map((c) => [c.name, c] as const))('%s (grid)', (_name, c) => {
    const result = importBreakdown({ kind: 'grid', rows: c.rows, sheet: 'Sheet1' });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected ?? ITEMS));
  });
});

// ---------- seventh batch: more closers and label punctuation ----------

const co = (it: Item, word: string, sep = '，') => (it.co.length ? `${sep}${it.co.join('、')}${word}` : '');
const batch7: Case[] = [
  { name: 'closer （牵头单位：X 配合单位：Y） spaced', lines: closerLines((it) => `（牵头单位：${it.lead.join('、')}${it.co.length ? ` 配合单位：${it.co.join('、')}` : ''}）`, true), expected: ITEMS },
  { name: 'closer （X牵头，Y配合，deadline完成）', lines: closerLines((it) => `（${it.lead.join('、')}牵头${co(it, '配合')}，${it.deadline}完成）`, false), expected: ITEMS },
  { name: 'closer （deadline；X牵头）', lines: closerLines((it) => `（${it.deadline}；${it.lead.join('、')}牵头${co(it, '配合')}）`, false), expected: ITEMS },
  { name: 'closer （责任单位：X；完成时限：deadline） (first leads)', lines: closerLines((it) => `（责任单位：${[...it.lead, ...it.co].join('、')}；完成时限：${it.deadline}）`, false), expected: ITEMS.map((it) => ({ ...it, lead: [it.lead[0]] })) },
  { name: 'closer 【牵头单位】X【配合单位】Y on the item’s line', lines: closerLines((it) => `【牵头单位】${it.lead.join('、')}${it.co.length ? `【配合单位】${it.co.join('、')}` : ''}`, true), expected: ITEMS },
  { name: 'label lines ending in 。', lines: proseLines(PROSE).map((l) => (/^(牵头单位|配合单位|完成时限)：/.test(l) ? `${l}。` : l)), expected: ITEMS },
  { name: 'label lines ending in ；', lines: proseLines(PROSE).map((l) => (/^(牵头单位|配合单位|完成时限)：/.test(l) ? `${l}；` : l)), expected: ITEMS },
  { name: 'label line 责任单位：X（牵头），Y', lines: closerLines(() => '', true).flatMap((l) => {
    const it = ITEMS.find((x) => l.endsWith(x.text));
    return it ? [l, `责任单位：${it.lead.map((u) => `${u}（牵头）`).join('、')}${co(it, '')}`] : [l];
  }), expected: ITEMS },
  { name: 'half-width closers and numbering (1) … (X牵头,Y配合)', lines: closerLines((it) => `(${it.lead.join('、')}牵头${co(it, '配合', ',')})`, true, (n) => `(${n})`), expected: ITEMS },
  { name: 'closer before the full stop: …工作日（X牵头）。', lines: closerLines((it) => `（${it.lead.join('、')}牵头${co(it, '配合')}）。`, true).map((l) => l.replace(/。（/, '（')), expected: ITEMS },
];

describe('wording variants (seventh batch, prose)', () => {
  it.each(batch7.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importBreakdown({ kind: 'text', text: c.lines.join('\n') });
    expect(result.tasks.map(view)).toEqual(expectedView(c.expected));
  });
});

// ---------- the axes combined: seeded random documents ----------

describe('wording variants combined', () => {
  it('reads 300 prose documents drawing each axis at random (numbering, labels, joins, colons, deadline, blank lines, printed width)', () => {
    const rng = seededRandom(20261207);
    const failures: string[] = [];
    for (let k = 0; k < 300; k++) {
      const d = rng.pick(DEADLINE_WORDINGS);
      const items = withDeadline(rng.int(ITEMS.length), d);
      const style: ProseStyle = {
        number: NUMBERINGS[rng.pick(Object.keys(NUMBERINGS))],
        lead: rng.pick(LEAD_LABELS),
        co: rng.pick(CO_LABELS),
        deadline: rng.pick(DEADLINE_LABELS),
        colon: rng.pick(COLONS),
        join: rng.pick(JOINS),
      };
      let lines = proseLines(style, items);
      if (rng.chance(0.3)) lines = lines.flatMap((l) => [l, '']);
      if (rng.chance(0.3)) lines = printed(lines, 20 + rng.int(15), rng.chance(0.5));
      const got = importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);
      if (JSON.stringify(got) !== JSON.stringify(expectedView(items))) failures.push(`#${k}: ${JSON.stringify(style, (key, v) => (key === 'number' ? v(1) : v))} ${d.text}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('reads 300 documents of items closing in their units, drawing closer, numbering, deadline line and printed width at random', () => {
    const rng = seededRandom(7);
    const failures: string[] = [];
    for (let k = 0; k < 300; k++) {
      const name = rng.pick(Object.keys(CLOSERS));
      const withLine = !CLOSER_WITH_DEADLINE.has(name) && rng.chance(0.7);
      const numbering = rng.pick(Object.keys(NUMBERINGS));
      let lines = closerLines(CLOSERS[name], withLine, NUMBERINGS[numbering]);
      if (rng.chance(0.4)) lines = printed(lines, 18 + rng.int(15), rng.chance(0.5));
      const got = importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view);
      if (JSON.stringify(got) !== JSON.stringify(expectedView(closerExpected(name, withLine)))) failures.push(`#${k}: ${name} ${numbering} ${withLine}${process.env.VARIANTS_DEBUG ? `\n${lines.join("\n")}\n${JSON.stringify(got)}` : ""}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

// ---------- eighth batch: axes the batches above do not draw ----------
// Numbering styles (`第一条`, `第1项`, `1）`, `1.1`, multi-level), role words (责任主体, 主办/协办, 承办单位,
// 责任领导 over a 责任单位 list …), unit separators (`和`, `及`, `等部门`, a unit one a line, a unit holding
// `、` in its brackets), deadline forms (`6月底`, `2024/06/30`, a quarter, `2024—2025年`, staged dates),
// header synonyms and orders, and layout damage (cells wrapped narrow, page lines inside a table, stray
// spaces inside names as PDFs copy them, half-width punctuation throughout).

//
// First figure (before any fix in src/core): 75 of these 401 cases failed (the 610 above all passed);
// 5 of the 75 were this file's mistake (a lead list's `等部门` marker is kept, as group-names.test.ts
// decides), their expectation corrected: 70 importer failures.
// After the fixes of branch variants2 (deadline-range, header words, unit-cells, prose-lines, read-prose,
// unit-label): 4, all one class (a bare number and a space, `1 推进…`, not read as an item number);
// after branch prosemiss (prose-lines: such a number marked as `1.` when the lines go on 1, 2, 3 …): 0.
// Cases still failing are listed in EXPECTED_FAILURES8 with their cause: they run as `it.failing`, so
// one that starts to pass shows (remove it from the list then).

const EXPECTED_FAILURES8: { name: RegExp; forms?: string[]; cause: string }[] = [];
/** The cases of one form: those listed above run as `it.failing`, with their cause in the name. */
function each8<C extends { name: string }>(form: string, cases: C[], run: (c: C) => void): void {
  const cause = (c: C) => EXPECTED_FAILURES8.find((f) => f.name.test(c.name) && (!f.forms || f.forms.includes(form)))?.cause;
  const ok = cases.filter((c) => !cause(c));
  const known = cases.filter((c) => cause(c));
  if (ok.length) it.each(ok.map((c) => [c.name, c] as const))(`%s (${form})`, (_n, c) => run(c));
  if (known.length) it.failing.each(known.map((c) => [c.name, cause(c) ?? '', c] as const))(`expected failure: %s (${form}) — %s`, (_n, _cause, c) => run(c));
}

const batch8: Case[] = [];
/** As the blind rounds' scorer reads a text's start: white space left out (a cell wrapped narrow keeps its line breaks). */
const view8 = (t: Task) => ({ ...view(t), text: t.task.replace(/\s+/g, '').replace(LEADING_NUMBER, '').slice(0, 12) });
const halfWidth = (l: string) => l.replace(/：/g, ':').replace(/，/g, ',').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
const halfWidthItems = ITEMS.map((it) => ({ ...it, text: halfWidth(it.text) }));
const NUMBERINGS8: Record<string, (n: number) => string> = {
  '1）': (n) => `${n}）`,
  '(一)': (n) => `(${CN[n - 1]})`,
  '第一条': (n) => `第${CN[n - 1]}条 `,
  '第1项': (n) => `第${n}项 `,
  '[1]': (n) => `[${n}]`,
  '【1】': (n) => `【${n}】`,
  '1 (space only)': (n) => `${n} `,
};
for (const [name, number] of Object.entries(NUMBERINGS8)) {
  batch8.push({ name: `numbering ${name}`, lines: proseLines({ ...PROSE, number }), expected: ITEMS });
  const c = '（X牵头，Y配合；deadline）';
  batch8.push({ name: `closer, numbering ${name}`, lines: closerLines(CLOSERS[c], false, number), expected: closerExpected(c, false) });
}
/** Items numbered by their section: `1.1`, `1-1`, `1.1.1` under `一、` / `1.` sections. */
function sectionNumbered(item: (s: number, k: number) => string, heading: (s: number, h: string) => string = (_s, h) => h): string[] {
  const lines = [TITLE];
  SECTIONS.forEach((s, si) => {
    lines.push(heading(si + 1, s.heading));
    s.items.forEach((i, k) => {
      const it = ITEMS[i];
      lines.push(`${item(si + 1, k + 1)}${it.text}`, `牵头单位：${it.lead.join('、')}`);
      if (it.co.length) lines.push(`配合单位：${it.co.join('、')}`);
      lines.push(`完成时限：${it.deadline}`);
    });
  });
  return lines;
}
batch8.push({ name: 'numbering 1.1 under 一、', lines: sectionNumbered((s, k) => `${s}.${k} `), expected: ITEMS });
batch8.push({ name: 'numbering 1-1 under 一、', lines: sectionNumbered((s, k) => `${s}-${k} `), expected: ITEMS });
batch8.push({ name: 'numbering 1.1 under 1. sections', lines: sectionNumbered((s, k) => `${s}.${k} `, (s, h) => `${s}.${h.slice(2)}`), expected: ITEMS });
batch8.push({ name: 'numbering 1.1.1 under 1.1 sections', lines: sectionNumbered((s, k) => `1.${s}.${k} `, (s, h) => `1.${s} ${h.slice(2)}`), expected: ITEMS });

const LEAD_LABELS8 = ['责任主体', '承办单位', '主办单位', '牵头责任部门', '主责部门', '牵头处室', '牵头单位（部门）'];
const CO_LABELS8 = ['协办单位', '协同部门', '配合责任单位', '参与部门', '协作单位', '协助单位', '责任部门'];
for (const lead of LEAD_LABELS8) batch8.push({ name: `lead label ${lead}`, lines: proseLines({ ...PROSE, lead }), expected: ITEMS });
for (const co of CO_LABELS8) batch8.push({ name: `co label ${co}`, lines: proseLines({ ...PROSE, co }), expected: ITEMS });
batch8.push({ name: 'labels 主办单位 / 协办单位', lines: proseLines({ ...PROSE, lead: '主办单位', co: '协办单位' }), expected: ITEMS });
batch8.push({ name: 'labels 主责单位 / 协同单位', lines: proseLines({ ...PROSE, lead: '主责单位', co: '协同单位' }), expected: ITEMS });
/** One list of units under a label naming no lead: the first listed leads. */
const firstLeads = ITEMS.map((it) => ({ ...it, lead: [it.lead[0]] }));
function oneListLines(label: string, before: string[] = []): string[] {
  return closerLines(() => '', true).flatMap((l) => {
    const it = ITEMS.find((x) => l.endsWith(x.text));
    return it ? [l, ...before, `${label}：${[...it.lead, ...it.co].join('、')}`] : [l];
  });
}
for (const label of ['责任单位', '责任部门', '责任主体', '承办单位'])
  batch8.push({ name: `only ${label} listed (first leads)`, lines: oneListLines(label), expected: firstLeads });
batch8.push({ name: '责任领导 line, then 责任单位 (first leads)', lines: oneListLines('责任单位', ['责任领导：李四']), expected: firstLeads });
batch8.push({ name: '分管领导 line, then 牵头单位 / 配合单位', lines: proseLines(PROSE).flatMap((l) => (l.startsWith('牵头单位：') ? ['分管领导：副县长王五', l] : [l])), expected: ITEMS });

const CLOSERS8: Record<string, Closer> = {
  '（X主办，Y协办）': (it) => `（${it.lead.join('、')}主办${co(it, '协办')}）`,
  '（主责单位：X；配合单位：Y）': (it) => `（主责单位：${it.lead.join('、')}${it.co.length ? `；配合单位：${it.co.join('、')}` : ''}）`,
  '（X牵头，Y协同）': (it) => `（${it.lead.join('、')}牵头${co(it, '协同')}）`,
  '（X负责，Y配合）': (it) => `（${it.lead.join('、')}负责${co(it, '配合')}）`,
  '（牵头：X；配合：Y）': (it) => `（牵头：${it.lead.join('、')}${it.co.length ? `；配合：${it.co.join('、')}` : ''}）`,
  '（由X牵头，Y配合）': (it) => `（由${it.lead.join('、')}牵头${co(it, '配合')}）`,
  '（X牵头负责，Y配合）': (it) => `（${it.lead.join('、')}牵头负责${co(it, '配合')}）`,
  '（X牵头，Y等部门配合）': (it) => `（${it.lead.join('、')}牵头${it.co.length ? `，${it.co[0]}等部门配合` : ''}）`,
  '（责任主体：X；协同单位：Y）': (it) => `（责任主体：${it.lead.join('、')}${it.co.length ? `；协同单位：${it.co.join('、')}` : ''}）`,
  '（X为牵头单位，Y为配合单位）': (it) => `（${it.lead.join('、')}为牵头单位${co(it, '为配合单位')}）`,
};
for (const [name, closer] of Object.entries(CLOSERS8)) batch8.push({ name: `closer ${name}`, lines: closerLines(closer, true), expected: ITEMS });

/** Separators between the lead units (item 4 has two). */
for (const [name, join] of Object.entries({ '和': '和', '及': '及', '　(full-width space)': '　' })) {
  const lines = proseLines(PROSE).map((l) => (l === '牵头单位：县住建局、县财政局' ? `牵头单位：县住建局${join}县财政局` : l));
  batch8.push({ name: `lead units joined by ${name}`, lines, expected: ITEMS });
}
/** `X、Y等部门`: the group marker is kept beside the units (group-names.test.ts), a lead list's too. */
const etcLeadItems = ITEMS.map((it, k) => (k === 3 ? { ...it, lead: [...it.lead, '等部门'] } : it));
batch8.push({ name: 'lead units X、Y等部门 (the marker kept)', lines: proseLines(PROSE).map((l) => (l === '牵头单位：县住建局、县财政局' ? '牵头单位：县住建局、县财政局等部门' : l)), expected: etcLeadItems });
batch8.push({ name: 'lead units one a line under the label', lines: proseLines(PROSE).flatMap((l) => (l === '牵头单位：县住建局、县财政局' ? ['牵头单位：县住建局', '县财政局'] : [l])), expected: ITEMS });
{
  const items = ITEMS.map((it, k) => (k === 2 ? { ...it, lead: ['各县（市、区）人民政府'], co: ['市民政局'] } : k === 1 ? { ...it, lead: ['市直有关部门'] } : it));
  batch8.push({ name: 'a unit holding 、 in its brackets, 市直有关部门 as lead', lines: proseLines(PROSE, items), expected: items });
  batch8.push({ name: 'a unit holding 、 in its brackets, closers', lines: closerLinesOf(items, (it) => `（${it.lead.join('、')}牵头${co(it, '配合')}）`), expected: items });
}
function closerLinesOf(items: Item[], closer: Closer): string[] {
  const lines = [TITLE];
  let n = 0;
  for (const s of SECTIONS) {
    lines.push(s.heading);
    for (const i of s.items) lines.push(`${++n}.${items[i].text}${closer(items[i])}`, `完成时限：${items[i].deadline}`);
  }
  return lines;
}

const DEADLINES8: { text: string; kind: Task['deadline']['kind']; due: string | null }[] = [
  { text: '6月底', kind: 'date', due: '2024-06-30' },
  { text: '2024/06/30', kind: 'date', due: '2024-06-30' },
  { text: '2024-6-30', kind: 'date', due: '2024-06-30' },
  { text: '2024年06月30日', kind: 'date', due: '2024-06-30' },
  { text: '2024年第三季度', kind: 'date', due: '2024-09-30' },
  { text: '三季度末', kind: 'date', due: '2024-09-30' },
  { text: '下半年', kind: 'date', due: '2024-12-31' },
  { text: '年底前', kind: 'date', due: '2024-12-31' },
  { text: '2024年内完成', kind: 'date', due: '2024-12-31' },
  { text: '2024年6月底以前', kind: 'date', due: '2024-06-30' },
  { text: '即日起至2024年6月底', kind: 'date', due: '2024-06-30' },
  { text: '2024—2025年', kind: 'date', due: '2025-12-31' },
  { text: '2024-2025年', kind: 'date', due: '2025-12-31' },
  { text: '2025年底前完成', kind: 'date', due: '2025-12-31' },
  { text: '2024年6月至12月', kind: 'date', due: '2024-12-31' },
  { text: '2024年6月底前完成方案制定，9月底前完成建设，12月底前投入使用', kind: 'date', due: '2024-12-31' },
  { text: '6月底前启动；10月底前完成验收', kind: 'date', due: '2024-10-31' },
  { text: '每季度', kind: 'recurring', due: null },
  { text: '长期坚持，持续推进', kind: 'ongoing', due: null },
  { text: '2024年9月中旬', kind: 'date', due: '2024-09-20' },
];
for (const d of DEADLINES8) {
  const items = withDeadline(0, d);
  batch8.push({ name: `deadline ${JSON.stringify(d.text)}`, lines: proseLines(PROSE, items), expected: items });
}
/** Staged dates in the item's own text, no deadline line: the latest. */
{
  const items = ITEMS.map((it, k) => (k === 4 ? { ...it, text: `${it.text.replace('。', '，')}2024年6月底前完成方案设计，10月底前上线运行。`, kind: 'date' as const, due: '2024-10-31' } : it));
  const lines = proseLines(PROSE, items).filter((l) => !(l === '完成时限：2024年10月底前'));
  batch8.push({ name: 'staged dates in the item’s text, no deadline line (latest)', lines, expected: items });
}

/** Layout damage as PDFs and web pages give prose. */
const spaced = (l: string) => l.replace(/县(市场监管局|财政局|民政局)/g, '县 $1').replace(/(\d{4})年(\d{1,2})月/g, '$1 年 $2 月');
batch8.push({ name: 'stray spaces inside unit names and dates', lines: proseLines(PROSE).map(spaced), expected: ITEMS });
batch8.push({ name: 'half-width punctuation throughout', lines: proseLines(PROSE).map(halfWidth), expected: halfWidthItems });
batch8.push({ name: 'closers, half-width punctuation throughout', lines: closerLines(CLOSERS['（X牵头，Y配合）'], true).map(halfWidth), expected: halfWidthItems });
batch8.push({ name: 'page footer 第 2 页 共 5 页 between items', lines: proseLines(PROSE).flatMap((l, i, a) => (i > 0 && l.startsWith('3.') ? ['第 2 页 共 5 页', l] : i === a.length - 1 ? [l, '第 3 页 共 5 页'] : [l])), expected: ITEMS });
batch8.push({ name: 'page footer · 2 · and the office’s header line between items', lines: proseLines(PROSE).flatMap((l) => (l.startsWith('4.') ? ['· 2 ·', '某县人民政府办公室', l] : [l])), expected: ITEMS });
batch8.push({ name: 'a unit name cut across lines (label line)', lines: proseLines(PROSE).flatMap((l) => (l === '配合单位：县公安局、县城管局' ? ['配合单位：县公安局、县城', '管局'] : l === '牵头单位：县市场监管局' ? ['牵头单位：县市场', '监管局'] : [l])), expected: ITEMS });

describe('wording variants (eighth batch, prose)', () => {
  each8('text', batch8, (c) => expect(importBreakdown({ kind: 'text', text: c.lines.join('\n') }).tasks.map(view8)).toEqual(expectedView(c.expected)));
  each8('docx', batch8, (c) => expect(importBreakdown({ kind: 'docx', documentXml: docxProse(c.lines) }).tasks.map(view8)).toEqual(expectedView(c.expected)));
});

const tableBatch8: { name: string; rows: string[][]; expected?: Expected[]; noTab?: boolean }[] = [];
const withHeader = (h: string[], rows = base2) => rows.map((r, i) => (i === 1 ? h : r));
for (const task of ['具体措施', '目标任务', '主要内容', '工作措施', '任务事项', '改革任务', '重点工作任务', '工作任务及目标'])
  tableBatch8.push({ name: `task header ${task}`, rows: withHeader(['序号', task, '牵头单位', '配合单位', '完成时限']) });
for (const lead of ['责任主体', '主办单位', '承办单位', '牵头处室', '主责部门', '牵头部门（单位）'])
  tableBatch8.push({ name: `lead header ${lead}`, rows: withHeader(['序号', '工作任务', lead, '配合单位', '完成时限']) });
for (const coName of ['协同部门', '参与部门', '协作单位', '配合部门（单位）', '责任部门'])
  tableBatch8.push({ name: `co header ${coName}`, rows: withHeader(['序号', '工作任务', '牵头单位', coName, '完成时限']) });
for (const deadline of ['完成节点', '时限', '办结时限', '时间要求', '计划完成时间', '进度要求', '完成时限要求', '完成年限'])
  tableBatch8.push({ name: `deadline header ${deadline}`, rows: withHeader(['序号', '工作任务', '牵头单位', '配合单位', deadline]) });
tableBatch8.push({ name: 'header 工作事项 / 责任主体 / 协同单位 / 时限要求', rows: withHeader(['序号', '工作事项', '责任主体', '协同单位', '时限要求']) });
tableBatch8.push({ name: 'header 重点任务 / 主办单位 / 协办单位 / 完成节点', rows: withHeader(['序号', '重点任务', '主办单位', '协办单位', '完成节点']) });
tableBatch8.push({ name: 'header 具体措施 / 责任单位 only (first leads)', rows: base2.map((r, i) => (i === 1 ? ['序号', '具体措施', '责任单位', '完成时限'] : i === 0 ? r : /^[一二]、/.test(r[0]) ? r.slice(0, 4) : [r[0], r[1], [r[2], r[3]].filter((x) => x).join('、'), r[4]])), expected: firstLeads });
tableBatch8.push({ name: 'header 序号 missing, no numbers', rows: base2.map((r, i) => (i === 0 ? r : /^[一二]、/.test(r[0]) ? r.slice(0, 4) : r.slice(1))) });
const reorder = (idx: number[]) => base2.map((r, i) => (i === 0 ? r : /^[一二]、/.test(r[0]) ? [r[0], ...idx.slice(1).map(() => '')] : idx.map((k) => r[k])));
tableBatch8.push({ name: 'columns 序号, 牵头单位, 工作任务, 配合单位, 完成时限', rows: reorder([0, 2, 1, 3, 4]) });
tableBatch8.push({ name: 'columns 序号, 完成时限, 工作任务, 牵头单位, 配合单位', rows: reorder([0, 4, 1, 2, 3]) });
tableBatch8.push({ name: 'columns 序号, 工作任务, 配合单位, 完成时限, 牵头单位', rows: reorder([0, 1, 3, 4, 2]) });
const addColumn = (name: string, value: string, at: number) => base2.map((r, i) => (i === 0 ? r : i === 1 ? [...r.slice(0, at), name, ...r.slice(at)] : /^[一二]、/.test(r[0]) ? [...r, ''] : [...r.slice(0, at), value, ...r.slice(at)]));
tableBatch8.push({ name: 'a 分管领导 column before 牵头单位', rows: addColumn('分管领导', '张副县长', 2) });
tableBatch8.push({ name: 'a 分管领导 column at the end', rows: addColumn('分管领导', '张副县长', 5) });
tableBatch8.push({ name: 'a 责任领导 column beside a 责任单位 column (first leads)', rows: base2.map((r, i) => (i === 1 ? ['序号', '工作任务', '责任领导', '责任单位', '完成时限'] : i === 0 ? r : /^[一二]、/.test(r[0]) ? r : [r[0], r[1], '李副县长', [r[2], r[3]].filter((x) => x).join('、'), r[4]])), expected: firstLeads });
tableBatch8.push({ name: 'a 备注 column with notes', rows: addColumn('备注', '纳入年度考核', 5) });
tableBatch8.push({ name: 'a 责任人 column after the units', rows: addColumn('责任人', '赵六', 4) });
for (const cat of ['板块', '领域', '类别', '重点领域']) tableBatch8.push({ name: `a ${cat} column holding the sections`, rows: [
  [TITLE],
  ['序号', cat, '工作任务', '牵头单位', '配合单位', '完成时限'],
  ...SECTIONS.flatMap((s) => s.items.map((i) => [String(i + 1), s.heading.slice(2), ITEMS[i].text, ITEMS[i].lead.join('、'), ITEMS[i].co.join('、'), ITEMS[i].deadline])),
] });
/** Cells as separators write them. */
for (const [name, join] of Object.entries({ '和': '和', '及': '及', '；(full-width)': '；', '　': '　' }))
  tableBatch8.push({ name: `lead cell joined by ${name}`, rows: base2.map((r) => r.map((c) => (c === '县住建局、县财政局' ? c.replace('、', join) : c))) });
tableBatch8.push({ name: 'co cell X、Y等部门', rows: base2.map((r) => r.map((c, k) => (k === 3 && c.includes('、') ? `${c.split('、')[0]}等部门` : c))) });
tableBatch8.push({ name: 'lead cell 县住建局、县财政局等部门 (the marker kept)', rows: base2.map((r) => r.map((c) => (c === '县住建局、县财政局' ? '县住建局、县财政局等部门' : c))), expected: etcLeadItems });
{
  const items = ITEMS.map((it, k) => (k === 2 ? { ...it, lead: ['各县（市、区）人民政府'], co: ['市民政局'] } : k === 1 ? { ...it, lead: ['市直有关部门'] } : it));
  tableBatch8.push({ name: 'a unit holding 、 in its brackets, 市直有关部门 as lead', rows: tableRows(TABLE, items), expected: items });
}
for (const d of DEADLINES8) {
  const items = withDeadline(1, d);
  tableBatch8.push({ name: `deadline cell ${JSON.stringify(d.text)}`, rows: tableRows(TABLE, items), expected: items });
}
/** Layout damage: cells wrapped narrow (grid and docx only: tab text cannot hold a line break). */
const wrap = (c: string, w: number) => (c.length > w ? (c.match(new RegExp(`.{1,${w}}`, 'gu')) ?? [c]).join('\n') : c);
for (const w of [4, 6, 9])
  tableBatch8.push({ name: `every cell wrapped ${w} characters a line`, noTab: true, rows: base2.map((r, i) => (i < 2 || /^[一二]、/.test(r[0]) ? r : r.map((c) => wrap(c, w)))) });
tableBatch8.push({ name: 'a unit split across lines in its cell', noTab: true, rows: base2.map((r) => r.map((c) => (c === '县住建局、县财政局' ? '县住建局、县财\n政局' : c === '县市场监管局' ? '县市场\n监管局' : c))) });
tableBatch8.push({ name: 'page header and footer rows inside the table', rows: [...base2.slice(0, 5), ['第 1 页 共 2 页'], ['2024年某县重点工作任务分解方案'], ...base2.slice(5)] });
tableBatch8.push({ name: 'a footer row — 2 — and a repeated header', rows: [...base2.slice(0, 6), ['— 2 —'], header2, ...base2.slice(6)] });
tableBatch8.push({ name: 'half-width punctuation in cells', rows: base2.map((r, i) => (i < 2 ? r : r.map(halfWidth))), expected: halfWidthItems });
tableBatch8.push({ name: 'stray spaces inside unit names and dates', rows: base2.map((r, i) => (i < 2 ? r : r.map(spaced))) });
tableBatch8.push({ name: 'section rows as 一、 lines without cells', rows: base2.map((r) => (/^[一二]、/.test(r[0]) ? [r[0]] : r)) });

describe('wording variants (eighth batch, tables)', () => {
  each8('tab text', tableBatch8.filter((c) => !c.noTab), (c) => expect(importBreakdown({ kind: 'text', text: tableText(c.rows) }).tasks.map(view8)).toEqual(expectedView(c.expected ?? ITEMS)));
  each8('grid', tableBatch8, (c) => expect(importBreakdown({ kind: 'grid', rows: c.rows, sheet: 'Sheet1' }).tasks.map(view8)).toEqual(expectedView(c.expected ?? ITEMS)));
  each8('docx', tableBatch8, (c) => expect(importBreakdown({ kind: 'docx', documentXml: docxTable(c.rows) }).tasks.map(view8)).toEqual(expectedView(c.expected ?? ITEMS)));
});

describe('wording variants combined (eighth batch axes)', () => {
  it('reads 300 prose documents drawing the new axes at random (numbering, role labels, deadline, half-width punctuation, page footers)', () => {
    const rng = seededRandom(20261208);
    const numberings = { ...NUMBERINGS, ...NUMBERINGS8 };
    const failures: string[] = [];
    for (let k = 0; k < 300; k++) {
      const d = rng.pick([...DEADLINE_WORDINGS, ...DEADLINES8]);
      const items = withDeadline(rng.int(ITEMS.length), d);
      const lead = rng.pick([...LEAD_LABELS, ...LEAD_LABELS8]);
      // Two labels with no word on who leads (`责任主体` and `责任单位`) say nothing of which list leads: not drawn.
      const unmarked = (l: string) => /^(?:责任主体|承办单位|责任单位|责任部门)$/.test(l);
      const style: ProseStyle = {
        number: numberings[rng.pick(Object.keys(numberings))],
        lead,
        co: rng.pick([...CO_LABELS, ...CO_LABELS8].filter((c) => !(unmarked(lead) && unmarked(c)))),
        deadline: rng.pick(DEADLINE_LABELS),
        colon: rng.pick(COLONS),
        join: rng.pick([...JOINS, '和']),
      };
      let lines = proseLines(style, items);
      let expected = items;
      if (rng.chance(0.3)) {
        lines = lines.map(halfWidth);
        expected = items.map((it) => ({ ...it, text: halfWidth(it.text) }));
      }
      if (rng.chance(0.3)) lines = lines.flatMap((l, i) => (i > 0 && /^\S{0,4}(3|三)/.test(l) && !/[：:]/.test(l.slice(0, 6)) ? ['第 2 页 共 3 页', l] : [l]));
      const got = importBreakdown({ kind: 'text', text: lines.join('\n') }).tasks.map(view8);
      if (JSON.stringify(got) !== JSON.stringify(expectedView(expected))) failures.push(`#${k}: ${JSON.stringify(style, (key, v) => (key === 'number' ? v(1) : v))} ${d.text}`);
    }
    expect(failures.slice(0, 8)).toEqual([]);
  });
});

// First run of the two combined tests below (after the fixes above): prose 300 of 300; tables 296 of 300
// documents × 2 forms right — 2 documents (both forms) with a 具体措施 task column beside a 工作要求
// column, whose 工作要求 was taken as the tasks (fixed: duplicate-columns.ts, measures are the tasks).
describe('wording variants combined (eighth batch axes, tables)', () => {
  it('reads 300 tables drawing header names, column order, separators and the deadline cell at random, as tab text and as a grid', () => {
    const rng = seededRandom(8);
    const failures: string[] = [];
    const orders: TableStyle['order'][] = [['seq', 'task', 'lead', 'co', 'deadline'], ['seq', 'lead', 'co', 'task', 'deadline'], ['seq', 'task', 'deadline', 'lead', 'co'], ['task', 'lead', 'co', 'deadline'], ['seq', 'task', 'lead', 'co', 'deadline', 'extra']];
    for (let k = 0; k < 300; k++) {
      const d = rng.pick([...DEADLINE_WORDINGS, ...DEADLINES8]);
      const items = withDeadline(rng.int(ITEMS.length), d);
      const order = rng.pick(orders);
      const style: TableStyle = {
        task: rng.pick(['工作任务', '重点任务', '工作事项', '具体措施', '目标任务', '主要内容', '任务事项', '重点工作任务']),
        lead: rng.pick(['牵头单位', '牵头部门', '主责单位', '责任主体', '主办单位', '承办单位', '牵头处室']),
        co: rng.pick(['配合单位', '协同单位', '协办单位', '协同部门', '参与部门', '配合部门（单位）']),
        deadline: rng.pick(['完成时限', '时间节点', '完成节点', '时限要求', '办结时限', '计划完成时间', '进度要求', '完成年限']),
        order,
        extra: order.includes('extra') ? rng.pick(['备注', '分管领导', '责任人', '工作要求']) : null,
        join: rng.pick([...JOINS, '和', '及']),
        sections: rng.chance(0.7),
      };
      const rows = tableRows(style, items);
      for (const [form, input] of [['tab', { kind: 'text' as const, text: tableText(rows) }], ['grid', { kind: 'grid' as const, rows, sheet: 'Sheet1' }]] as const) {
        const got = importBreakdown(input).tasks.map(view8);
        if (JSON.stringify(got) !== JSON.stringify(expectedView(items))) failures.push(`#${k} ${form}: ${JSON.stringify({ ...style, order: order.join(',') })} ${d.text}`);
      }
    }
    expect(failures.slice(0, 8)).toEqual([]);
  });
});
