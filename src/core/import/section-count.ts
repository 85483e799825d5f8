import type { Finding } from '../finding';
import { importMessages as msg } from '../finding';
import type { Category, Task } from '../ledger';
import { parseChineseNumeral } from './chinese-numeral';

/** `县发改局牵头工作（8项）`, `（一）财政信息公开（三项）`: a section title that counts its tasks. */
const COUNT = /[（(]\s*(?:共\s*)?(\d{1,3}|[一二两三四五六七八九十百]+)\s*项\s*[）)]$/;

/** The number of tasks a section title says it holds, or null. */
export function statedTaskCount(title: string): number | null {
  const m = COUNT.exec(title.trim());
  if (!m) return null;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
}

/**
 * A section whose title says `（N项）` but holds another number of tasks: a row was lost, cut or
 * merged on the way (a page break, a PDF extraction). One warning per such section, on its first task.
 */
export function checkCategoryCounts(tasks: readonly Task[]): Finding[] {
  const sections = new Map<string, { section: Category; tasks: Task[] }>();
  for (const task of tasks) {
    for (const section of [task.category, task.subcategory]) {
      if (!section || statedTaskCount(section.title) === null) continue;
      const key = `${section === task.category ? 1 : 2}|${section.no}|${section.title}`;
      const entry = sections.get(key) ?? { section, tasks: [] };
      entry.tasks.push(task);
      sections.set(key, entry);
    }
  }
  const found: Finding[] = [];
  for (const { section, tasks: held } of sections.values()) {
    const stated = statedTaskCount(section.title);
    if (stated === null || stated === held.length) continue;
    const first = held[0];
    const f: Finding = { level: 'warning', code: 'import.section-count', taskId: first.id, field: 'category',
      message: msg.categoryCount(section.title, stated, held.length), suggestion: msg.categoryCountSuggestion() };
    if (first.source) f.row = first.source.row;
    found.push(f);
  }
  return found;
}
