import fc from 'fast-check';
import { importBreakdown, toChineseNumeral, type BreakdownInput } from '../../../src/core/import';
import { documentXml } from '../../docx/build-docx';

/**
 * Tables of any column order, header wording, section layout and input form import to the tasks
 * they were written from.
 */
type Role = 'seq' | 'category' | 'task' | 'lead' | 'co' | 'deadline';
const NAMES: Record<Role, string[]> = {
  seq: ['序号'],
  category: ['类别', '工作类别', '板块'],
  task: ['工作任务', '任务内容', '主要任务', '重点任务', '工作内容'],
  lead: ['牵头单位', '牵头部门', '主责单位'],
  co: ['配合单位', '协办单位', '责任单位'],
  deadline: ['完成时限', '时限要求', '完成时间', '时间节点'],
};
const SENTENCES = ['公开财政预决算信息。', '做好政策解读工作，提升解读质量。', '加强政务新媒体管理。', '规范依申请公开办理流程。', '推进基层政务公开标准化建设。', '及时回应社会关切。'];
const LEADS = ['区财政局', '区发改委', '区政府办', '区教体局', '区住建局', '区卫健委'];
const COS = ['区司法局', '区统计局', '区审计局', '区医保局'];
const DEADLINES = ['持续推进', '年底前', '8月底前', '6月30日前', '每季度', '三季度末'];

interface Row { task: string; lead: string[]; co: string[]; deadline: string }
interface Section { title: string; rows: Row[] }
type Form = 'tab' | 'pipe' | 'grid' | 'docx';

const rowArb = fc.record({
  task: fc.constantFrom(...SENTENCES),
  lead: fc.uniqueArray(fc.constantFrom(...LEADS), { minLength: 1, maxLength: 3 }),
  co: fc.uniqueArray(fc.constantFrom(...COS), { maxLength: 2 }),
  deadline: fc.constantFrom(...DEADLINES),
});
const tableArb = fc.record({
  sections: fc.array(fc.record({ title: fc.constantFrom('聚焦重点领域公开', '优化政策解读', '强化平台建设', '加强组织保障'), rows: fc.array(rowArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  roles: fc.shuffledSubarray<Role>(['seq', 'category', 'co'], {}).chain((optional) =>
    fc.shuffledSubarray<Role>(['task', 'lead', 'deadline', ...optional], { minLength: 3 + optional.length, maxLength: 3 + optional.length })),
  names: fc.record({ seq: fc.nat(), category: fc.nat(), task: fc.nat(), lead: fc.nat(), co: fc.nat(), deadline: fc.nat() }),
  form: fc.constantFrom<Form>('tab', 'pipe', 'grid', 'docx'),
});

function cells(section: Section, s: number, row: Row, r: number, roles: Role[], seq: number): string[] {
  const value: Record<Role, string> = {
    seq: String(seq),
    category: r === 0 ? `${toChineseNumeral(s + 1)}、${section.title}` : '',
    task: row.task, lead: row.lead.join('、'), co: row.co.join('、'), deadline: row.deadline,
  };
  return roles.map((role) => value[role]);
}

function render(sections: Section[], roles: Role[], names: Record<Role, number>, form: Form): BreakdownInput {
  const header = roles.map((role) => NAMES[role][names[role] % NAMES[role].length]);
  const body: string[][] = [];
  let seq = 0;
  sections.forEach((section, s) => {
    // Without a category column, a section is a row of its own.
    if (!roles.includes('category')) body.push([`${toChineseNumeral(s + 1)}、${section.title}`, ...roles.slice(1).map(() => '')]);
    section.rows.forEach((row, r) => body.push(cells(section, s, row, r, roles, (seq += 1))));
  });
  const rows = [['2024年政务公开工作任务分解表', ...roles.slice(1).map(() => '')], header, ...body];
  switch (form) {
    case 'tab':
      return { kind: 'text', text: rows.map((r) => r.join('\t')).join('\n') };
    case 'pipe':
      return { kind: 'text', text: rows.slice(1).map((r) => `| ${r.join(' | ')} |`).join('\n').replace('|\n', '|\n|---|\n').replace(/^/, '# 2024年政务公开工作任务分解表\n\n') };
    case 'grid':
      return { kind: 'grid', rows };
    case 'docx':
      return { kind: 'docx', documentXml: documentXml([{ paragraph: rows[0][0] }, { table: rows.slice(1).map((r) => r.map((text) => ({ text }))) }]) };
  }
}

describe('importBreakdown on generated tables', () => {
  it('gives back every task, whatever the columns, their names, order and the input form', () => {
    fc.assert(
      fc.property(tableArb, ({ sections, roles, names, form }) => {
        const result = importBreakdown(render(sections, roles, names, form));
        const expected = sections.flatMap((section, s) => section.rows.map((row, r) => ({
          id: `${s + 1}-${String(r + 1).padStart(2, '0')}`,
          category: { no: s + 1, title: section.title },
          task: row.task,
          leadUnits: row.lead,
          coUnits: roles.includes('co') ? row.co : [],
          deadline: row.deadline,
        })));
        expect(result.planYear).toBe(2024);
        expect(result.tasks.map((t) => ({ id: t.id, category: t.category, task: t.task, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline.text })))
          .toEqual(expected);
      }),
      { numRuns: 150, seed: 20241124 },
    );
  });
});

describe('importBreakdown on generated PDF text with page breaks', () => {
  /** A row cut by a page break: task text, unit list and section title go on on the next page. */
  const damageArb = fc.record({ task: fc.double({ min: 0.05, max: 0.95, noNaN: true }), unit: fc.double({ min: 0.05, max: 1, noNaN: true }), title: fc.boolean() });
  const pdfArb = fc.record({
    sections: tableArb.map((t) => t.sections),
    cuts: fc.array(fc.option(damageArb, { freq: 2 }), { minLength: 16, maxLength: 16 }),
  });

  const cut = (text: string, share: number) => {
    const at = Math.min(text.length - 1, Math.max(1, Math.round(text.length * share)));
    return [text.slice(0, at), text.slice(at)];
  };

  it('rebuilds rows cut across pages, with the header repeated and shifted on each page', () => {
    fc.assert(
      fc.property(pdfArb, ({ sections, cuts }) => {
        const lines = ['附件', '2024年政务公开工作任务分解表', '', '\t工作任务\t牵头单位\t完成时限'];
        let n = 0;
        sections.forEach((section, s) => section.rows.forEach((row, r) => {
          const title = r === 0 ? `${toChineseNumeral(s + 1)}、${section.title}` : '';
          const lead = row.lead.join('、');
          const damage = cuts[n++ % cuts.length];
          if (!damage) {
            lines.push(`${title}\t${row.task}\t${lead}\t${row.deadline}`);
            return;
          }
          const [task1, task2] = cut(row.task, damage.task);
          const [lead1, lead2] = damage.unit >= 1 ? [lead, ''] : cut(lead, damage.unit);
          const [title1, title2] = title && damage.title ? cut(title, 0.6) : [title, ''];
          lines.push(`${title1}\t${task1}\t${lead1}\t${row.deadline}`, '', '工作任务\t\t牵头单位\t完成时限', `${title2}\t${task2}\t${lead2}\t`);
        }));
        const result = importBreakdown({ kind: 'text', text: lines.join('\n') });
        expect(result.tasks.map((t) => [t.id, t.category.title, t.task, t.leadUnits, t.deadline.text])).toEqual(
          sections.flatMap((section, s) => section.rows.map((row, r) => [`${s + 1}-${String(r + 1).padStart(2, '0')}`, section.title, row.task, row.lead, row.deadline])),
        );
      }),
      { numRuns: 150, seed: 1126 },
    );
  });
});

describe('importBreakdown on arbitrary input', () => {
  const piece = fc.constantFrom('\t', '|', '\n', '  ', '工作任务', '牵头单位', '完成时限', '一、', '（一）', '区交通', '运输局', '/', '、', '"', '2024年', '分解表', '<w:tbl>', '<w:tr>', '<w:tc>', '<w:t>', '</w:t>', '</w:tc>', '</w:tr>', '</w:tbl>', '<w:vMerge/>', 'x');
  const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, and every task has an ID of its own', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 8 }), (t, grid) => {
        for (const input of [{ kind: 'text' as const, text: t }, { kind: 'docx' as const, documentXml: t }, { kind: 'grid' as const, rows: grid }]) {
          const result = importBreakdown(input, { planYear: 2024 });
          expect(new Set(result.tasks.map((task) => task.id)).size).toBe(result.tasks.length);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
