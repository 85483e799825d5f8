/** The words people type for a 完成状态, read to one of the ledger's statuses. */
import { STATUSES, type Status } from './ledger';

const STATUS_ALIASES: Record<string, Status> = {
  完成: '已完成',
  已办结: '已完成',
  办结: '已完成',
  进行中: '推进中',
  正在推进: '推进中',
  持续推进: '推进中',
  未启动: '未开始',
  尚未开始: '未开始',
  暂停: '暂缓',
  销号: '已销号',
};

/** A status as typed in a return: a known status, '' for blank, or null when not understood. */
export function parseStatus(text: string): Status | '' | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return '';
  if ((STATUSES as readonly string[]).includes(t)) return t as Status;
  return STATUS_ALIASES[t] ?? null;
}
