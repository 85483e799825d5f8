/** Findings as Chinese lines for the terminal, each naming its place: `[警告] 台账.xlsx 任务台账 E5（任务2-06）：…`. */
import { findingRowPlace, type Finding } from '../core/finding';

const LEVEL_NAMES: Record<Finding['level'], string> = { error: '错误', warning: '警告', info: '提示' };

export function findingPlace(f: Finding): string {
  const cellOrRow = f.cell ?? findingRowPlace(f);
  return [f.file, f.sheet, cellOrRow].filter((p) => p !== undefined && p !== '').join(' ');
}

export function findingLine(f: Finding): string {
  const task = f.taskId ? `（任务${f.taskId}）` : '';
  const suggestion = f.suggestion ? `。建议：${f.suggestion}` : '';
  return `[${LEVEL_NAMES[f.level]}] ${findingPlace(f)}${task}：${f.message}${suggestion}`;
}

export function findingCounts(findings: readonly Finding[]): string {
  const count = (level: Finding['level']) => findings.filter((f) => f.level === level).length;
  return `错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`;
}
