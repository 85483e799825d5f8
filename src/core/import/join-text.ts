/** Characters that legitimately double (`层层`, `人人`): a one-character overlap of these is kept. */
const DOUBLING = new Set([...'层人天一常个事处家户时年月日步节点星渐时刻']);
const MAX_OVERLAP = 12;

/**
 * Joins text cut by a page break, without separator; when the next page repeats the end of the
 * previous one (`…开展第` + `第二批…`), the repeated part is dropped.
 */
export function joinAcrossBreak(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  const overlap = overlapLength(before, after);
  return before + after.slice(overlap);
}

function overlapLength(before: string, after: string): number {
  const max = Math.min(MAX_OVERLAP, before.length, after.length - 1);
  for (let k = max; k >= 1; k--) {
    if (!before.endsWith(after.slice(0, k))) continue;
    if (k === 1 && DOUBLING.has(after[0])) return 0;
    if (/^[\s\p{P}]+$/u.test(after.slice(0, k)) && k === 1) return 0;
    return k;
  }
  return 0;
}

const UNIT_SEPARATOR = /[、，,；;\s]$/;
const UNIT_START = /^[、，,；;\s]/;
const COMPLETE_UNIT = /(局|委|办|中心|部|院|所|会|队|站|公司|处|科|(?<!控)股|室|行|团|馆|社|厅|(?<!城)镇|乡|街道|海关|机关|[（(]街道[）)]|政府|集团|组|联|协)$/;
const UNIT_PREFIX = /^(区|县|市|省|各)/;

/**
 * Joins a unit cell cut by a page break: `区交通` + `运输局` → `区交通运输局`; but a complete name
 * followed by another whole name (`区财政局` + `区税务局`) gets a `、` between them.
 */
export function joinUnitText(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  if (UNIT_SEPARATOR.test(before) || UNIT_START.test(after)) return before + after;
  if (COMPLETE_UNIT.test(before) && UNIT_PREFIX.test(after)) return `${before}、${after}`;
  return before + after;
}

/** A name ending as unit names do (`局`, `委`, `办`, `中心`, `街道`, `政府` …); `美丽城镇` names towns in general, no unit. */
export function endsLikeUnit(name: string): boolean {
  const text = name.trim();
  return COMPLETE_UNIT.test(text) || (OTHER_NAME.test(text) && COMPLETE_UNIT.test(text.replace(OTHER_NAME, '')));
}

/** `各镇政府（街道办事处）`, `县发改局（粮食局）`: a name followed by its other name in brackets ends as the name does. */
const OTHER_NAME = /[（(][^（）()]+[）)]$/;

/** A unit cell whose last name stops short of a unit ending (`区交通`, `区市场监`). */
export function endsWithCutUnit(text: string): boolean {
  const last = text.trim().split(/[、，,；;\s]+/).pop() ?? '';
  return last !== '' && !COMPLETE_UNIT.test(last);
}

/** A unit cell starting with `、`: it goes on from the row above. */
export function startsWithSeparator(text: string): boolean {
  return /^[、，,；;]/.test(text.trim());
}

/** A unit cell ending in `、`: its list goes on in the next row. */
export function endsWithSeparator(text: string): boolean {
  return /[、，,；;]$/.test(text.trim());
}

const CLOSING = /[。；;！!？?…）)”"]$/;

export function endsWithClosingPunctuation(text: string): boolean {
  return CLOSING.test(text.trim());
}
