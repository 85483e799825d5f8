/**
 * The CLI's option values, parsed once for every command: a month (`--round`) or a day
 * (`--today`, `--report-by`) as people type them — `2024-9`, `2024/09`, `2024年9月`,
 * `2024/10/01`, `2024.10.1`, `2024年10月1日` — and a year. A value that is not one is the
 * user's error (exit 2), said in Chinese with an example.
 */
import { isIsoDate, toIsoDate, type IsoDate } from '../core/deadline';
import { CliError } from './cli-error';

const SEPARATOR = String.raw`\s*[-/.／－]\s*`;
const MONTH = new RegExp(String.raw`^(\d{4})(?:${SEPARATOR}|\s*年\s*)(\d{1,2})\s*月?$`);
const DAY = new RegExp(String.raw`^(\d{4})(?:${SEPARATOR}|\s*年\s*)(\d{1,2})(?:${SEPARATOR}|\s*月\s*)(\d{1,2})\s*日?$`);
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** Full-width digits typed with a Chinese input method: `２０２４` → `2024`. */
export function halfWidth(value: string): string {
  return value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `2024-9`, `2024/09`, `2024年9月` → `2024-09`. */
export function parseMonthOption(option: string, value: string): string {
  const m = MONTH.exec(halfWidth(value));
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new CliError(`${option} 应为年月，如 ${option} 2024-09 或 2024年9月（收到“${value}”）`);
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/** `2024-9-1`, `2024/10/01`, `2024年10月1日`, `20241001` → `2024-10-01`; the day must exist. */
export function parseDateOption(option: string, value: string): IsoDate {
  const text = halfWidth(value);
  const m = DAY.exec(text) ?? COMPACT_DAY.exec(text);
  const date = m ? toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : '';
  if (!m || !isIsoDate(date)) throw new CliError(`${option} 应为日期，如 ${option} 2024-09-30 或 2024年9月30日（收到“${value}”）`);
  return date;
}

/** `2024`, `2024年` → 2024. */
export function parseYearOption(option: string, value: string): number {
  const m = /^(\d{4})\s*年?$/.exec(halfWidth(value));
  if (!m) throw new CliError(`${option} 应为四位年份，如 ${option} 2024（收到“${value}”）`);
  return Number(m[1]);
}
