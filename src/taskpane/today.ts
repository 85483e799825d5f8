import { toIsoDate } from '../core/deadline';

/** Today in the user's own time zone (not UTC): a deadline ends at the user's midnight. */
export function localToday(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
