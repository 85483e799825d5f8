/**
 * Titles of the printed status tables, derived from the ledger's title (the breakdown's):
 * `2024年广丰区政务公开工作任务分解表` → `2024年广丰区政务公开工作任务推进情况表`.
 */
import type { IsoDate } from '../deadline';
import { chineseDate } from '../finding';

const STATUS_TABLE_NOUN = '推进情况表';
const UNIT_SUMMARY_NOUN = '推进情况单位汇总表';
const LEDGER_NOUN = '台账';
const RETURN_NOUN = '推进情况报送表';
const REMINDER_NOUN = '推进情况';
const ROUND_MONTH = /^(\d{4})-(\d{2})$/;
/** What the breakdown's title ends with, longest first; replaced by the status table's noun. */
const BREAKDOWN_ENDINGS = ['任务分解表', '分解表', '台账', '任务清单', '清单', '表'];
const FALLBACK_STEM = '工作任务';

/** The part of the ledger title before `分解表` (and alike); keeps `任务` so `…工作任务分解表` reads `…工作任务推进情况表`. */
function titleStem(ledgerTitle: string): string {
  const title = ledgerTitle.replace(/[\s\u3000]+/g, '');
  if (title === '') return FALLBACK_STEM;
  for (const ending of BREAKDOWN_ENDINGS) {
    if (title.endsWith(ending)) {
      const stem = title.slice(0, -ending.length);
      const keepTask = ending === '任务分解表' || ending === '任务清单';
      return (keepTask ? `${stem}任务` : stem) || FALLBACK_STEM;
    }
  }
  return title;
}

/** `2024年广丰区政务公开工作任务分解表` → `2024年广丰区政务公开工作任务推进情况表`. */
export function statusTableTitle(ledgerTitle: string): string {
  return titleStem(ledgerTitle) + STATUS_TABLE_NOUN;
}

/** `2024年广丰区政务公开工作任务分解表` → `2024年广丰区政务公开工作任务推进情况单位汇总表`. */
export function unitSummaryTitle(ledgerTitle: string): string {
  return titleStem(ledgerTitle) + UNIT_SUMMARY_NOUN;
}

/** `2024-09-05` → `截至2024年9月5日` (no leading zeros, as official documents write dates). */
export function asOfLine(today: IsoDate): string {
  return `截至${chineseDate(today)}`;
}

/** `2024年广丰区政务公开工作任务分解表` → `2024年广丰区政务公开工作任务台账`: what the ledger's sheets print in their page header. */
export function ledgerTitle(breakdownTitle: string): string {
  return titleStem(breakdownTitle) + LEDGER_NOUN;
}

/** `2024-09` → `2024年9月`; a round not written `YYYY-MM` stays as written. */
export function roundLabel(round: string): string {
  const month = ROUND_MONTH.exec(round);
  return month ? `${month[1]}年${Number(month[2])}月` : round;
}

/** The title of a 报送表: `2024年广丰区政务公开工作任务推进情况报送表（2024年9月）`. */
export function returnTitle(breakdownTitle: string, round: string): string {
  return `${titleStem(breakdownTitle)}${RETURN_NOUN}（${roundLabel(round)}）`;
}

/** The title of a 催报通知: `关于报送2024年广丰区政务公开工作任务推进情况（2024年9月）的催报通知`. */
export function reminderTitle(breakdownTitle: string, round: string): string {
  return `关于报送${titleStem(breakdownTitle)}${REMINDER_NOUN}（${roundLabel(round)}）的催报通知`;
}
