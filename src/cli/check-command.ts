/**
 * `task-ledger check <ledger.xlsx> [--json] [--write] [--fix [--unit 组名=单位1,单位2]]`: the unit and
 * deadline checks on a ledger people have edited; `--fix` applies their suggestions (采用建议).
 */
import type { Command } from 'commander';
import * as path from 'path';
import { applyFixes, checkLedger, type FixResult } from '../core/ledger';
import { chooseUnits, fixMessages, type Finding, type FindingFix } from '../core/finding';
import { CliError } from './cli-error';
import { LEDGER_SHEETS } from '../core/ledger';
import { placeOnLedger } from '../core/ledger';
import { taskColumnLetter } from '../layout/task-columns';
import { findingCounts, findingLine } from './finding-text';
import { findingJson, fixChangeJson, unappliedFixJson } from './finding-json';
import { writeLedgerXlsx } from '../xlsx/write-ledger';
import { loadLedgerFile, type LoadedLedger } from './load-ledger';
import { localDateTime } from './local-time';
import { writeFileSafely } from './safe-write';
import { withWriteLock } from './write-lock';

const FIELD_COLUMNS = {
  id: taskColumnLetter('id'),
  category: taskColumnLetter('category'),
  task: taskColumnLetter('task'),
  leadUnits: taskColumnLetter('leadUnits'),
  coUnits: taskColumnLetter('coUnits'),
  deadline: taskColumnLetter('deadline'),
  status: taskColumnLetter('status'),
};

export interface CheckCommandOptions {
  json?: boolean;
  write?: boolean;
  fix?: boolean;
  /** `--unit 组名=单位1,单位2` (repeatable): the units a group name stands for in this ledger. */
  unit?: string[];
}

type CheckResult = { tasks: number; units: number; findings: Finding[] };

function checkLoaded(file: string, { ledger, findings }: LoadedLedger): CheckResult {
  const checked = placeOnLedger(checkLedger(ledger, findings, path.basename(file)), ledger, {
    file: path.basename(file),
    sheet: LEDGER_SHEETS.tasks,
    columns: FIELD_COLUMNS,
  });
  return { tasks: ledger.tasks.length, units: ledger.units.length, findings: checked };
}

export async function runCheck(file: string): Promise<CheckResult> {
  return checkLoaded(file, await loadLedgerFile(file));
}

/**
 * `--write`: under the write lock, the ledger read once, checked, and saved again (backup first)
 * so that its 校验 sheet lists what the check found.
 */
async function checkAndRewrite(file: string): Promise<{ result: CheckResult; backup?: string }> {
  return withWriteLock(file, async () => {
    const loaded = await loadLedgerFile(file);
    const written = await writeFileSafely(file, await writeLedgerXlsx(loaded.ledger), { backupTime: localDateTime(), expect: loaded.fingerprint });
    return { result: checkLoaded(file, loaded), backup: written.backup };
  });
}

/**
 * `--fix`: under the write lock, the ledger read once, every suggestion that needs no choice
 * applied (a group name only with `--unit`), saved again (backup first) with its 校验 sheet, and
 * checked as it now is.
 */
async function fixAndRewrite(file: string, choices: ReadonlyMap<string, string[]>): Promise<{ result: CheckResult; fixed: FixResult; backup?: string }> {
  return withWriteLock(file, async () => {
    const loaded = await loadLedgerFile(file);
    const known = new Set(loaded.ledger.units.map((u) => u.name));
    for (const unit of [...choices.values()].flat()) if (!known.has(unit)) throw new CliError(fixMessages.unitNotInDirectory(unit));
    const fixes = checkLedger(loaded.ledger, loaded.findings).flatMap((f): FindingFix[] => {
      if (!f.fix) return [];
      const chosen = f.fix.kind === 'choose-units' ? choices.get(f.fix.group) : undefined;
      return [f.fix.kind === 'choose-units' && chosen ? chooseUnits(f.fix, chosen) : f.fix];
    });
    const fixed = applyFixes(loaded.ledger, fixes);
    const written = await writeFileSafely(file, await writeLedgerXlsx(fixed.ledger), { backupTime: localDateTime(), expect: loaded.fingerprint });
    return { result: checkLoaded(file, { ...loaded, ledger: fixed.ledger }), fixed, backup: written.backup };
  });
}

/** `区直各相关单位=区政府办,区财政局` → the group and its units (split on `,`, `，` or `、`). */
export function parseUnitChoices(values: readonly string[]): Map<string, string[]> {
  const choices = new Map<string, string[]>();
  for (const value of values) {
    const [group, list] = value.split('=', 2).map((s) => s.trim());
    const units = (list ?? '').split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== '');
    if (!group || units.length === 0) throw new CliError(fixMessages.badUnitOption(value));
    choices.set(group, units);
  }
  return choices;
}

function fixText(fixed: FixResult): string {
  const lines = fixed.changes.length === 0 ? ['没有可自动采用的建议。'] : [`已采用建议，修改了 ${fixed.changes.length} 处：`, ...fixed.changes.map((c) => `  ${c.message}`)];
  if (fixed.unapplied.length > 0) {
    lines.push(`未修改 ${fixed.unapplied.length} 处：`, ...fixed.unapplied.map((u) => `  ${u.message}${u.fix.kind === 'choose-units' ? `；${fixMessages.needsChoiceCli(u.fix.group)}` : ''}`));
  }
  return `${lines.join('\n')}\n`;
}

function checkText(file: string, r: { tasks: number; units: number; findings: Finding[] }): string {
  const head = `${path.basename(file)}：${r.tasks} 项任务，单位名录 ${r.units} 个单位。`;
  if (r.findings.length === 0) return `${head}未发现问题。\n`;
  return [`${head}发现 ${r.findings.length} 个问题（${findingCounts(r.findings)}）：`, ...r.findings.map((f) => `  ${findingLine(f)}`)].join('\n') + '\n';
}

export function registerCheckCommand(program: Command): Command {
  return program
    .command('check')
    .description('校验任务台账：牵头单位是否在单位名录中、完成时限能否识别（修改台账后使用）')
    .argument('<ledger.xlsx>', '任务台账文件')
    .option('--json', '以 JSON 输出（供脚本使用）')
    .option('--write', '同时更新台账中的“校验”工作表（先备份原台账）')
    .option('--fix', '采用建议：自动改正能确定的问题（如“城管局”改为单位名录中的“区城管局”），保存台账并更新“校验”工作表（先备份原台账）')
    .option('--unit <组名=单位1,单位2>', '与 --fix 同用：把泛指的单位（如“区直各相关单位”）换成单位名录中的具体单位（可重复）', (v: string, all: string[]) => [...all, v], [] as string[])
    .addHelpText('after', '\n退出码：0 没有错误（可能有警告、提示）；1 发现错误；2 文件无法读取。')
    .action(async (file: string, options: CheckCommandOptions) => {
      const choices = parseUnitChoices(options.unit ?? []);
      if (choices.size > 0 && !options.fix) throw new CliError(fixMessages.unitWithoutFix());
      const { result, backup, fixed }: { result: CheckResult; backup?: string; fixed?: FixResult } = options.fix ? await fixAndRewrite(file, choices)
        : options.write ? await checkAndRewrite(file) : { result: await runCheck(file) };
      if (options.json) {
        const fixJson = fixed ? { fixed: fixed.changes.map(fixChangeJson), unapplied: fixed.unapplied.map(unappliedFixJson) } : {};
        process.stdout.write(`${JSON.stringify({ ...result, findings: result.findings.map(findingJson), ...fixJson }, null, 2)}\n`);
      } else {
        process.stdout.write((fixed ? fixText(fixed) : '') + checkText(file, result));
      }
      if (options.write || options.fix) process.stderr.write(`已更新“校验”工作表${backup ? `（原台账已备份为 ${path.basename(backup)}）` : ''}\n`);
      // Scripts gate on the exit code, as with a linter: errors fail, warnings do not.
      process.exitCode = result.findings.some((f) => f.level === 'error') ? 1 : 0;
    });
}
