import { endsLikeUnit } from './join-text';

/** The most characters a narrow column puts on a line before the name's last. */
const NARROW = 2;

/**
 * A unit's name in a column so narrow that it stands one or two characters a line (`市政` / `府办` /
 * `公厅`, `市` / `监` / `察` / `局`, `长沙` / `先导` / `区管委会`): the name, when the lines joined end
 * as a unit's name does and the first line does not; null otherwise (units one a line, a
 * category's words).
 */
export function narrowName(lines: readonly string[]): string | null {
  const parts = lines.map((l) => l.trim());
  if (parts.length < 2 || parts.some((p) => p === '')) return null;
  const name = parts.join('');
  // `团委` / `妇联`: names of their own, one a line.
  const narrow = parts.slice(0, -1).every((p) => p.length <= NARROW) && !endsLikeUnit(parts[0]);
  return narrow && endsLikeUnit(name) && !/[\s，、,；;。]/.test(name) ? name : null;
}
