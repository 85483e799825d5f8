import { endsLikeUnit } from './join-text';

/**
 * `甲市、乙州、丙县住房城乡建设部门`, `各县、市、区人民政府`: places listed with `、` before one name
 * whose ending they share — each place's unit is that ending after its name (`甲市住房城乡建设部门`),
 * and a `各` before the first place goes with each bare one (`各市人民政府`).
 */
const BARE_PLACE = /^(各)?[\u4e00-\u9fa5]{0,5}[省市州县区旗盟]$/;
/** `各区`, `县`, `各市（县）`: a place named bare, its unit named by an ending it shares with a name after it. */
export function isBarePlace(name: string): boolean {
  return BARE_PLACE.test(name.replace(/[（(][\u4e00-\u9fa5]{1,3}[）)]$/, ''));
}

/** What a shared ending is not: `县级市`, `县直各部门`, `市、县两级财政部门` name no unit per place. */
const NOT_AN_ENDING = /^[两级直各属辖内所]/;
const UNIT_ENDING = /(?:部门|单位|机构|主体)$/;

/** The names of a `、` list, each place before a name with a place and an ending given that ending. */
export function shareSuffix(names: readonly string[]): string[] {
  const last = names[names.length - 1];
  let first = names.length - 1;
  while (first > 0 && BARE_PLACE.test(names[first - 1])) first -= 1;
  if (last === undefined || first === names.length - 1) return [...names];
  const places = names.slice(first, -1);
  const ending = sharedEnding(last, Math.max(...places.map((p) => p.replace(/^各/, '').length)));
  if (ending === null) return [...names];
  const each = (name: string) => (places[0].startsWith('各') && name.length === 1 && !name.startsWith('各') ? '各' : '');
  // `县（市）人民政府`: a bracket right after the last place qualifies that place, not the others.
  const theirs = ending.replace(/^[（(][^（）()]*[）)]/, '');
  const withEnding = places.map((p) => `${each(p)}${p}${theirs}`);
  const lastPlace = last.slice(0, last.length - ending.length);
  return [...names.slice(0, first), ...withEnding, `${each(lastPlace)}${last}`];
}

/**
 * The ending of `name` after a place no longer than the places before it (`临夏州` in
 * `临夏州发展改革部门`, not `兰州` in `兰州市人民政府`); null when it has none a unit could end in.
 */
function sharedEnding(name: string, placeLength: number): string | null {
  const bare = name.replace(/^各/, '');
  for (let length = Math.min(placeLength, bare.length - 1); length >= 1; length--) {
    if (!/[省市州县区旗盟]/.test(bare[length - 1])) continue;
    const ending = bare.slice(length);
    if (!NOT_AN_ENDING.test(ending) && !/[省市州县区旗盟]$/.test(ending) && (endsLikeUnit(ending) || UNIT_ENDING.test(ending))) return ending;
  }
  return null;
}
