/**
 * Chinese messages for findings, kept in one place. Each part of the core owns a labelled
 * section; add yours as a new section rather than editing another's.
 */
import { splitIsoDate, type IsoDate } from './iso-date';

/** `2024-07-31` → `2024年7月31日`. */
export function chineseDate(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `${year}年${month}月${day}日`;
}

// ─── 完成时限 (deadline): src/core/deadline-check.ts ───────────────────────────────────────

const READABLE_DEADLINES = '“2024年6月30日前”“8月底前”“三季度末”“年底前”“每季度末”“持续推进”';

export const deadlineMessages = {
  missing: () => '未填写完成时限',
  missingSuggestion: () => '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”',
  unknown: (text: string) => `无法识别完成时限“${text}”`,
  invalidDate: (text: string) => `完成时限“${text}”不是有效日期（日期不存在或起止颠倒）`,
  unknownSuggestion: () => `请改为可识别的写法，如${READABLE_DEADLINES}`,
  beforePlanYear: (text: string, due: IsoDate, planYear: number) =>
    `完成时限“${text}”的截止日期${chineseDate(due)}早于计划年度${planYear}年`,
  afterPlanYear: (text: string, due: IsoDate, planYear: number) =>
    `完成时限“${text}”的截止日期${chineseDate(due)}不在计划年度${planYear}年内`,
  outsidePlanYearSuggestion: () => '请核对年份是否有误',
  range: (text: string, from: IsoDate, due: IsoDate) =>
    `完成时限“${text}”是一个时间段（${chineseDate(from)}起），按结束日期${chineseDate(due)}计`,
  severalDates: (text: string, dates: IsoDate[], due: IsoDate) =>
    `完成时限“${text}”含多个日期（${dates.map(chineseDate).join('、')}），按最晚的${chineseDate(due)}计`,
  dateInText: (text: string, due: IsoDate) => `从完成时限“${text}”中取日期${chineseDate(due)}`,
  beforePeriod: (text: string, due: IsoDate) =>
    `完成时限“${text}”按字面理解为在该月（季度）开始之前完成，截止日期取${chineseDate(due)}`,
  beforePeriodSuggestion: () => '如指该月（季度）结束前，请写成“8月底前”“四季度末”这样的形式',
  immediate: (text: string) => `完成时限“${text}”按立即整改、持续推进处理：不设截止日期，不会显示逾期`,
  immediateSuggestion: () => '如有整改期限，请填写具体日期',
  asRequired: (text: string) => `完成时限“${text}”没有具体日期，按持续推进处理，不会显示逾期`,
  asRequiredSuggestion: () => '收到明确时限后，请改填具体日期',
};
