import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import type { Task } from '../../src/core/ledger';

/**
 * The scorer shared by the blind rounds (test/fixtures/blind-N): each round folder holds real
 * documents and `<name>.expected.json` files written before the importer ran on them. A task is
 * right when its text starts as expected (first 12 characters; numbering and spaces aside), its
 * lead units are the expected ones, and its deadline means the expected date (or none); a
 * document read with the wrong number of tasks has none right. Each document goes through the
 * CLI's own path (`loadBreakdown`: file kind, PDF reading, --year); a reading the sanity guard stops
 * is refused, as the CLI refuses it, and has none right.
 */

export interface ExpectedTask {
  text: string;
  lead: string[];
  deadline: { written: string; kind: string; due: string | null };
}

export interface Expected {
  document: string;
  form: string;
  alsoText?: string;
  /** A development round's other forms of the document (`.pdf`, `.docx`, `.copied.txt` …). */
  alsoForms?: string[];
  yearOption: number | null;
  planYear: number;
  textMode: 'task' | 'task-or-requirement';
  count: number;
  tasks: ExpectedTask[];
  round?: string;
}

/** The expected results of one round folder under test/fixtures, by document name. */
export function roundDocuments(round: string): { dir: string; documents: Expected[] } {
  const dir = join(__dirname, '..', 'fixtures', round);
  const documents = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected);
  return { dir, documents };
}

/** `1.`, `1、`, `（一）`, `（1）`: numbering, not compared. */
const LEADING_NUMBER = /^(?:[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)]|\d+[.．、])/;
const start = (text: string) => text.replace(/\s+/g, '').replace(LEADING_NUMBER, '').slice(0, 12);

/**
 * The expected results know two kinds without a date: `none`, also for words written that set none
 * (`长期推进`, round 11), which the ledger reads as `ongoing` (no date, never overdue): the same meaning.
 */
function sameKind(got: Task['deadline'], want: ExpectedTask['deadline']): boolean {
  return got.kind === want.kind || (want.kind === 'none' && want.written.trim() !== '' && got.kind === 'ongoing');
}

export function taskRight(task: Task, want: ExpectedTask, mode: Expected['textMode']): boolean {
  const texts = mode === 'task' ? [task.task] : [task.task, task.requirement ?? ''];
  return texts.some((t) => start(t) === start(want.text))
    && JSON.stringify(task.leadUnits) === JSON.stringify(want.lead)
    && sameKind(task.deadline, want.deadline) && (task.deadline.due ?? null) === want.deadline.due;
}

/** Tasks right in one document read from `dir/file`; none when it is refused or the count is off. */
export async function rightIn(dir: string, doc: Expected, file: string): Promise<number> {
  let tasks: Task[];
  try {
    const read = await loadBreakdown(join(dir, file), doc.yearOption === null ? {} : { year: doc.yearOption });
    // A reading the sanity guard stops is refused: no ledger is written, whatever its tasks.
    if (read.findings.some((f) => f.code === 'import.implausible')) return 0;
    tasks = read.tasks;
  } catch {
    return 0;
  }
  if (tasks.length !== doc.count) return 0;
  return doc.tasks.filter((want, i) => taskRight(tasks[i], want, doc.textMode)).length;
}

/** Tasks right in every file of each document: its form, its other forms, its page text. */
export async function rightInEveryForm(dir: string, documents: readonly Expected[]): Promise<Record<string, number>> {
  const right: Record<string, number> = {};
  for (const doc of documents) {
    for (const file of [doc.form, ...(doc.alsoForms ?? []), ...(doc.alsoText ? [doc.alsoText] : [])]) right[file] = await rightIn(dir, doc, file);
  }
  return right;
}
