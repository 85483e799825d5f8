/**
 * The columns of a 报送表: their Chinese headers (with the variants people type when they
 * rebuild a return by hand), which ones a unit owns, and how values are compared.
 */
import { stripInvisible } from '../text';
import type { OwnedField, ReturnFieldKey, WatchedField } from './types';

export const OWNED_FIELDS: readonly OwnedField[] = ['status', 'progress', 'evidence', 'contact', 'phone'];
export const WATCHED_FIELDS: readonly WatchedField[] = ['task', 'leadUnits', 'coUnits', 'deadline'];

/** The header each column carries in the returns we write. */
export const FIELD_HEADERS: Record<ReturnFieldKey, string> = {
  id: '任务编号',
  category: '工作类别',
  task: '工作任务',
  leadUnits: '牵头单位',
  coUnits: '配合单位',
  deadline: '完成时限',
  status: '完成状态',
  progress: '进展情况',
  evidence: '佐证材料',
  contact: '联系人',
  phone: '联系电话',
};

/** Other headers accepted for a column (after normalizeHeader). */
const HEADER_ALIASES: Record<ReturnFieldKey, readonly string[]> = {
  id: ['编号', '任务id', 'id', '任务序号'],
  category: ['类别', '板块', '工作板块'],
  task: ['任务', '任务内容', '工作内容', '重点任务'],
  leadUnits: ['牵头部门', '牵头单位部门'],
  coUnits: ['责任单位', '配合部门', '协办单位'],
  deadline: ['时限', '完成时间', '时间要求'],
  status: ['状态', '进展状态', '完成情况'],
  progress: ['工作进展', '进展', '推进情况', '进展情况说明', '工作推进情况'],
  evidence: ['佐证', '佐证材料链接', '附件', '证明材料'],
  contact: ['联系人姓名', '填报人'],
  phone: ['电话', '联系方式', '手机', '手机号码'],
};

/** Field names as 变更记录 shows them. */
export const OWNED_FIELD_LABELS: Record<OwnedField, string> = {
  status: '完成状态',
  progress: '进展情况',
  evidence: '佐证材料',
  contact: '联系人',
  phone: '联系电话',
};

/** Drops spaces, line breaks, `*` marks and parenthesised notes: `完成状态（必填）*` → `完成状态`. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** The field a header names, or undefined. */
export function fieldForHeader(text: string): ReturnFieldKey | undefined {
  const h = normalizeHeader(text);
  if (h === '') return undefined;
  for (const key of Object.keys(FIELD_HEADERS) as ReturnFieldKey[]) {
    if (normalizeHeader(FIELD_HEADERS[key]) === h || HEADER_ALIASES[key].includes(h)) return key;
  }
  return undefined;
}

/** Trims each line and the whole text; Windows line ends become `\n`; control and zero-width characters go. */
export function cleanText(text: string): string {
  const visible = stripInvisible(text);
  if (!/\s/.test(visible)) return visible; // nothing to trim (most cells): no split and join
  return visible
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/**
 * Text compared for "did the unit change it": all white space ignored, and the control and
 * zero-width characters a workbook does not keep (a ledger imported before they were cleaned).
 */
export function comparableText(text: string): string {
  return stripInvisible(text).replace(/\s+/g, '');
}

export function splitUnits(text: string): string[] {
  return stripInvisible(text)
    .split(/[、，,；;\s]+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** Statuses are read by the ledger's rule; returns use the same one. */
export { parseStatus } from '../ledger';
