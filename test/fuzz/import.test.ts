// test:unit leaves this suite out (slow: thousands of mutated tables); npm test runs it.
/**
 * Importer fuzzing: thousands of random mutations of the real fixture (cut lines, swapped
 * columns, page headers in odd places, random bytes, lost lines). The importer must never
 * throw; every input yields tasks or an error finding, and every finding speaks Chinese.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { importBreakdown, type ImportResult } from '../../src/core/import';
import { seededRandom, type Random } from '../support/generate-random';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'fixtures', 'guangfeng-2024-breakdown.txt'), 'utf8');
const HEADER = '\t工作任务\t牵头单位\t完成时限';
const NOISE = ['\t', '\n', '\r', '\u0000', '\u0007', '\ufeff', '\u200b', '、', '/', '一、', '（一）', '年底前', '区', '<b>', '=', '"', ' ', '\uD800', '😀'];

type Mutation = (lines: string[], rng: Random) => string[];

const MUTATIONS: Record<string, Mutation> = {
  cutLine: (lines, rng) => {
    const i = rng.int(lines.length);
    const at = rng.int(lines[i].length + 1);
    return [...lines.slice(0, i), lines[i].slice(0, at), lines[i].slice(at), ...lines.slice(i + 1)];
  },
  swapColumns: (lines, rng) =>
    lines.map((line) => {
      if (!rng.chance(0.3)) return line;
      const cells = line.split('\t');
      const a = rng.int(cells.length);
      const b = rng.int(cells.length);
      [cells[a], cells[b]] = [cells[b], cells[a]];
      return cells.join('\t');
    }),
  pageHeader: (lines, rng) => {
    const i = rng.int(lines.length + 1);
    return [...lines.slice(0, i), '', rng.chance(0.5) ? HEADER : HEADER.replace('\t', '\t\t'), ...lines.slice(i)];
  },
  randomChars: (lines, rng) => {
    const text = lines.join('\n').split('');
    for (let k = rng.int(20) + 1; k > 0; k--) text[rng.int(text.length)] = rng.pick(NOISE);
    return text.join('').split('\n');
  },
  randomBytes: (lines, rng) => {
    const bytes = Buffer.from(lines.join('\n'), 'utf8');
    for (let k = rng.int(30) + 1; k > 0; k--) bytes[rng.int(bytes.length)] = rng.int(256);
    return bytes.toString('utf8').split('\n');
  },
  dropLines: (lines, rng) => lines.filter(() => !rng.chance(0.2)),
  duplicateLine: (lines, rng) => {
    const i = rng.int(lines.length);
    return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)];
  },
  truncate: (lines, rng) => lines.slice(0, rng.int(lines.length + 1)),
  shuffleBlock: (lines, rng) => {
    const i = rng.int(lines.length);
    const j = rng.int(lines.length);
    const copy = [...lines];
    [copy[i], copy[j]] = [copy[j], copy[i]];
    return copy;
  },
};
const NAMES = Object.keys(MUTATIONS);

function mutate(rng: Random): { text: string; applied: string[] } {
  let lines = FIXTURE.split('\n');
  const applied: string[] = [];
  for (let k = rng.int(4) + 1; k > 0; k--) {
    const name = rng.pick(NAMES);
    applied.push(name);
    lines = MUTATIONS[name](lines.length > 0 ? lines : [''], rng);
  }
  return { text: lines.join('\n'), applied };
}

const CJK = /[\u4e00-\u9fff]/;

/** What every import must satisfy, whatever the input. */
function problemsOf(result: ImportResult): string[] {
  const problems: string[] = [];
  const errors = result.findings.filter((f) => f.level === 'error');
  if (result.tasks.length === 0 && errors.length === 0) problems.push('no tasks and no error finding');
  for (const f of result.findings) if (!CJK.test(f.message)) problems.push(`finding without a Chinese message: ${f.code}`);
  const ids = result.tasks.map((t) => t.id);
  if (new Set(ids).size !== ids.length) problems.push('duplicate task IDs');
  for (const t of result.tasks) {
    if (!/^\d+-\d{2,}$/.test(t.id)) problems.push(`bad ID ${t.id}`);
    if (t.task.trim() === '') problems.push(`empty task text in ${t.id}`);
    if ([...t.leadUnits, ...t.coUnits].some((u) => u.trim() === '')) problems.push(`empty unit name in ${t.id}`);
    const leadMissing = result.findings.some((f) => f.code === 'unit.lead-missing' && f.taskId === t.id);
    if (t.leadUnits.length === 0 && !leadMissing) problems.push(`no lead unit and no finding in ${t.id}`);
  }
  return problems;
}

function importSafely(run: () => ImportResult): string[] {
  try {
    return problemsOf(run());
  } catch (err) {
    return [`threw: ${(err as Error).stack ?? String(err)}`];
  }
}

describe('importer fuzzing', () => {
  it('never throws on 1,500 mutated texts; each gives tasks or a clear error', () => {
    const rng = seededRandom(20241124);
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const { text, applied } = mutate(rng);
      const problems = importSafely(() => importBreakdown({ kind: 'text', text }, { file: 'fuzz.txt' }));
      if (problems.length > 0) failures.push(`#${i} [${applied.join(',')}]: ${problems.join('; ')}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('never throws on 600 mutated grids (the same table as spreadsheet rows)', () => {
    const rng = seededRandom(7);
    const failures: string[] = [];
    for (let i = 0; i < 600; i++) {
      const { text, applied } = mutate(rng);
      const rows = text.split('\n').map((line) => line.split('\t'));
      const problems = importSafely(() => importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' }, { file: 'fuzz.xlsx' }));
      if (problems.length > 0) failures.push(`#${i} [${applied.join(',')}]: ${problems.join('; ')}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('never throws on 300 mutated docx bodies', () => {
    const rng = seededRandom(11);
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const { text, applied } = mutate(rng);
      const problems = importSafely(() => importBreakdown({ kind: 'docx', documentXml: documentXmlOf(text, rng) }, { file: 'fuzz.docx' }));
      if (problems.length > 0) failures.push(`#${i} [${applied.join(',')}]: ${problems.join('; ')}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('does not take a repeated page header whose 牵头单位 cell was split in two for a task', () => {
    const rows = [
      ['2024年广丰区政务公开工作任务分解表'],
      ['', '工作任务', '牵头单位', '完成时限'],
      ['一、聚焦高质量发展推进信息公开', '甲任务。', '区政府办', '持续推进'],
      [''],
      ['', '工作任务', '牵头', '位', '完成时限'],
      ['', '导，乙。', '', ''],
    ];
    const result = importBreakdown({ kind: 'grid', rows, sheet: 'Sheet1' }, { file: 'fuzz.xlsx' });
    expect(importSafely(() => result)).toEqual([]);
    expect(result.tasks.map((t) => [t.id, t.task, t.leadUnits])).toEqual([['1-01', '甲任务。导，乙。', ['区政府办']]]);
  });

  it('keeps the fixture’s 48 tasks when the mutation only adds page headers', () => {
    const rng = seededRandom(3);
    let lines = FIXTURE.split('\n');
    for (let k = 0; k < 5; k++) lines = MUTATIONS.pageHeader(lines, rng);
    const result = importBreakdown({ kind: 'text', text: lines.join('\n') });
    expect(result.tasks).toHaveLength(48);
  });
});

/** Wraps lines as a Word body: a table whose rows are the tab-separated lines; sometimes broken XML. */
function documentXmlOf(text: string, rng: Random): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = text.split('\n').map((line) => `<w:tr>${line.split('\t').map((c) => `<w:tc><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`);
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`;
  return rng.chance(0.2) ? xml.slice(0, rng.int(xml.length)) : xml;
}
