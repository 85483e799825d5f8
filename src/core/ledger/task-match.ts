/**
 * Which task of a revised breakdown is which task of the ledger: first the same text once
 * whitespace and punctuation are ignored, then, within the same section, text that is nearly
 * the same (character-bigram Dice coefficient ≥ MATCH_SIMILARITY). Each task matches at most one.
 */
import { stripInvisible } from '../text';
import type { Task } from './task';

/** Two texts this similar (Dice over character bigrams) in one section are the same task revised. */
export const MATCH_SIMILARITY = 0.8;

/** Task text as compared: no invisible characters, whitespace or punctuation, Latin letters in lower case. */
export function normalizedTaskText(text: string): string {
  return stripInvisible(text).replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two texts' character bigrams (1 = same bigrams, 0 = none shared). */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return (2 * shared) / total;
}

/** One match: index into the old tasks and into the new ones. */
export interface TaskPair {
  old: number;
  new: number;
  exact: boolean;
}

function sameCategory(a: Task, b: Task): boolean {
  return a.category.no === b.category.no || normalizedTaskText(a.category.title) === normalizedTaskText(b.category.title);
}

/** Pairs old and new tasks one to one; tasks left out are removed (old) or added (new). */
export function matchTasks(oldTasks: readonly Task[], newTasks: readonly Task[]): TaskPair[] {
  const oldText = oldTasks.map((t) => normalizedTaskText(t.task));
  const newText = newTasks.map((t) => normalizedTaskText(t.task));
  const oldFree = new Set(oldTasks.map((_, i) => i));
  const pairs: TaskPair[] = [];
  // Exact text: repeated texts pair in order (the first with the first).
  const byText = new Map<string, number[]>();
  oldText.forEach((text, i) => byText.set(text, [...(byText.get(text) ?? []), i]));
  const newFree: number[] = [];
  newText.forEach((text, j) => {
    const old = byText.get(text)?.shift();
    if (old === undefined) newFree.push(j);
    else {
      oldFree.delete(old);
      pairs.push({ old, new: j, exact: true });
    }
  });
  // Near text in the same section: the most similar pairs first, each task used once.
  const candidates: Array<{ old: number; new: number; score: number }> = [];
  for (const j of newFree) {
    for (const i of oldFree) {
      if (!sameCategory(oldTasks[i], newTasks[j])) continue;
      const score = bigramDice(oldText[i], newText[j]);
      if (score >= MATCH_SIMILARITY) candidates.push({ old: i, new: j, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.new - b.new || a.old - b.old);
  const newTaken = new Set<number>();
  for (const c of candidates) {
    if (!oldFree.has(c.old) || newTaken.has(c.new)) continue;
    oldFree.delete(c.old);
    newTaken.add(c.new);
    pairs.push({ old: c.old, new: c.new, exact: false });
  }
  return pairs.sort((a, b) => a.new - b.new);
}
