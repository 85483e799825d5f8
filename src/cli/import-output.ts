import type { ImportResult } from '../core/import';
import { toChineseNumeral } from '../core/import';
import { findingRowPlace, type Finding } from '../core/finding';
import { findingJson } from './finding-json';
import type { Task } from '../core/ledger';

/** The `import --json` document: the issue's shape, plus title, source rows, units and notes. */
export function importJson(result: ImportResult): object {
  return {
    planYear: result.planYear,
    title: result.title,
    tasks: result.tasks.map(taskJson),
    findings: result.findings.map(findingJson),
    units: result.units.map((u) => ({ name: u.name, aliases: u.aliases })),
    notes: result.notes,
  };
}

function taskJson(task: Task): object {
  const { text, kind, due, ...more } = task.deadline;
  return {
    id: task.id,
    category: task.category,
    ...(task.subcategory ? { subcategory: task.subcategory } : {}),
    task: task.task,
    ...(task.requirement !== undefined ? { requirement: task.requirement } : {}),
    ...(task.note !== undefined ? { note: task.note } : {}),
    leadUnits: task.leadUnits,
    coUnits: task.coUnits,
    deadline: { text, kind, due, ...more },
    row: task.source?.row ?? null,
  };
}

const LEVEL_NAMES: Record<Finding['level'], string> = { error: '错误', warning: '警告', info: '提示' };

/** A short Chinese summary: tasks per section, then the findings. */
export function importSummary(result: ImportResult, file: string): string {
  const lines: string[] = [];
  lines.push(`${result.title || file}（计划年度：${result.planYear ?? '未知'}年）`);
  const sections = groupByCategory(result.tasks);
  lines.push(`共 ${result.tasks.length} 项任务${sections.length > 1 || sections[0]?.no ? `，${sections.length} 个板块` : ''}：`);
  for (const s of sections) {
    const heading = s.no === 0 ? '（未分板块）' : `${toChineseNumeral(s.no)}、${s.title}`;
    lines.push(`  ${heading}：${s.count} 项`);
  }
  const count = (level: Finding['level']) => result.findings.filter((f) => f.level === level).length;
  if (result.findings.length === 0) lines.push('未发现问题。');
  else lines.push(`发现 ${result.findings.length} 个问题（错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}）：`);
  for (const f of result.findings) {
    const where = findingRowPlace(f) ?? '';
    const suggestion = f.suggestion ? `（建议：${f.suggestion}）` : '';
    const label = [`[${LEVEL_NAMES[f.level]}]`, f.taskId, where].filter(Boolean).join(' ');
    lines.push(`  ${label} ${f.message}${suggestion}`);
  }
  return lines.join('\n') + '\n';
}

function groupByCategory(tasks: readonly Task[]): Array<{ no: number; title: string; count: number }> {
  const sections: Array<{ no: number; title: string; count: number }> = [];
  for (const task of tasks) {
    const last = sections[sections.length - 1];
    if (last && last.no === task.category.no && last.title === task.category.title) last.count += 1;
    else sections.push({ ...task.category, count: 1 });
  }
  return sections;
}
