/**
 * commander's own words in Chinese: the help's titles (用法/参数/选项/命令) and its parse
 * errors (an unknown option, a missing argument …), so no English reaches a clerk.
 */
import type { Command } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '通用选项：',
  'Commands:': '命令：',
};

const ERRORS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '([^']*)'/, (flag) => `错误：没有“${flag}”这个选项`],
  [/^error: unknown command '([^']*)'/, (name) => `错误：没有“${name}”这个命令`],
  [/^error: missing required argument '([^']*)'/, (name) => `错误：缺少参数 ${name}`],
  [/^error: option '([^']*)' argument missing/, (flags) => `错误：选项 ${flags} 后面缺少值`],
  [/^error: required option '([^']*)' not specified/, (flags) => `错误：必须指定选项 ${flags}`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_cmd, expected, got) => `错误：参数太多，应为 ${expected} 个，收到 ${got} 个`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, (flags, value) => `错误：选项 ${flags} 的值“${value}”无效`],
];

/** `(Did you mean --json?)` → `（是不是要用 --json？）` */
function suggestion(text: string): string {
  const m = /\(Did you mean (?:one of )?(.*)\?\)/.exec(text);
  return m ? `（是不是要用 ${m[1].replace(/, /g, '、')}？）` : '';
}

export function chineseError(text: string): string {
  for (const [pattern, say] of ERRORS) {
    const m = pattern.exec(text);
    if (m) return `${say(...m.slice(1))}${suggestion(text)}\n`;
  }
  return text.replace(/^error: /, '错误：');
}

/** Applied to the program and, through commander's inherited settings, to each command. */
export function useChineseFrame(program: Command): Command {
  return program
    .configureHelp({ styleTitle: (title: string) => TITLES[title] ?? title })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(chineseError(s)),
    });
}
