/** The fixture's breakdown as the office revises it after distribution: one task reworded, one added, one removed. */
import * as fs from 'fs';
import { FIXTURE } from '../xlsx/fixture-ledger';

export const REWORDED = { before: '开展征地信息公开标准化规范化试点。', after: '开展征地信息公开标准化规范化试点工作。' };
export const REMOVED = '定期公开重大民生实事项目执行情况。';
export const ADDED = '做好殡葬服务收费信息公开。';

export function revisedBreakdown(): string {
  const lines = fs.readFileSync(FIXTURE, 'utf8').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(`\t${REMOVED}\t`)) continue;
    out.push(line.replace(REWORDED.before, REWORDED.after));
    if (line.startsWith('\t做好养老服务机构信息和监督检查信息公开。\t')) out.push(`\t${ADDED}\t区民政局\t年底前`);
  }
  return out.join('\n');
}
