import { narrowName } from './narrow-name';
import { shareSuffix } from './shared-suffix';
import { endsLikeUnit } from './join-text';
import { readLabels } from './unit-label';

/** Lead and co units as read from a task's unit cells. */
export interface UnitAssignment {
  leadUnits: string[];
  coUnits: string[];
  /** How the lead was decided, when by convention (only a 责任单位 column). */
  leadByConvention: boolean;
  /**
   * Set when `（牵头）` closes a list of several units (`区委办、区政府办（牵头）`): it may mean the
   * marked unit only or the whole list. The whole list is read as leading; this says which unit was marked.
   */
  leadMarkScope?: { list: string[]; marked: string };
  /** Set when the lead came from the section title (`县发改局牵头工作`), the row naming none. */
  leadFromCategory?: true;
  /** Set when the row's 牵头单位 cell is empty and the first unit of its 配合/责任单位 cell leads. */
  leadFromCoCell?: true;
}

/**
 * A co column whose name says its units answer for the row (`责任单位`, `配合/责任单位`), not only help
 * (`配合单位`, `协办单位`): where the row's 牵头单位 cell is empty, its first unit leads.
 */
export const ANSWERING_CO = /责任|负责|承办/;

/** What separates the `、` lists of a cell (`A、B，C`, `A/B`: a slash between units is a list too). */
const LIST_BREAK = /[，,；;\s　/／]/;
/** What separates one list of units from the next in a cell (`A、B（牵头），C、D`). */
const LIST_SEPARATOR = /[，,；;\n]/;
const NO_UNIT = /^(?:[/／\\—–-]+|无|暂无|—)$/;
/**
 * `区发改委等有关部门`, `区财政局等相关镇（街道）`, `等10个部门`: what follows `等` names a group, no
 * unit. A name such as `区高等学校` has no group after its `等`.
 */
const ETC_GROUP = /^(.*)等((?:有关|相关|其他|其它|各|区直|县直|市直|省直|职能|成员|责任|[\d一二三四五六七八九十两多几数]+个).*|.*(?:单位|部门|科室|处室|乡镇|镇街|街道|企业|机构|方面)(?:[（(][^）)]*[）)])?)?$/s;
/**
 * `…负责落实`, `…参照落实`, `…按职能分工落实`, `…配合`, `…办理。`, `…做好总结验收`: what the units
 * do, not who they are — never part of a name.
 */
const TRAILING_DUTY = /\s*(?:(?:分别)?(?:按(?:照)?(?:各自)?职(?:责|能)(?:分工)?)?\s*(?:具体)?(?:负责落实|抓好落实|共同落实|组织落实|贯彻落实|参照落实|参照执行|牵头落实|分别负责|负责|落实|承办|办理|执行|配合|参与|协助|协同|协办|指导|督导|支持)|做好.*|抓好.*)?[。．.]?$/s;
const LEADING_BY = /^(?:由|请)/;
const LONE_PREFIX = /^(区|县|市|省)$/;
/**
 * `区农业农村委*`, `★区发改委`: a star after or before a unit marks it leading (a header may say so,
 * `加*号为牵头部门`, or not: the mark means the same). A run of stars (`****体育局`, `县**局`) is a
 * site masking words of the name, no mark.
 */
const STAR_MARK = /\s*(?<![*＊])[*＊★☆]$|^[*＊★☆](?![*＊])\s*/;
/** `区发改委（牵头）`, `区发改委牵头`, `区农业农村委*`, `★区发改委`. */
const LEAD_MARK = new RegExp(String.raw`[（(]牵头[）)]$|牵头$|${STAR_MARK.source}`);
const LEAD_THEN_CO = /^(.+?)(?:分别)?(?:(?:作为|为)(?:牵头|主办)(?:单位|部门)|牵头|主办|负责(?=\s*[，,；;]))\s*(?:落实|负责)?\s*[，,；;。、]?\s*(?:(.+?)(?:等单位|等部门|等)?(?:(?:作为|为)(?:配合|参与|协助|协同|协办)(?:单位|部门)|配合|参与|协助|协同|协办|指导|督导|支持)?)?[。]?$/s;
/**
 * `区政府办会同各有关单位`: the first leads, with the others; a department's short form `宣传处会办公室`
 * (会 for 会同, after an office's name: not `管委会`, `社会事务局`, nor `会议`, `会商`, `会计科`).
 */
const LEAD_WITH_CO = /^(.+?)会同(.+)$/s;
const LEAD_WITH_CO_SHORT = /^(.+?[处局科室厅])会(?![同议商签审计展])(.{2,})$/s;

/** Splits one cell into unit names: on `、，,；;`, line breaks and spaces (a lone `区` stays with its name; places sharing one ending each get it). */
export function splitUnitList(cell: string): string[] {
  // `市政` / `府办` / `公厅`: one name in a column so narrow it stands a few characters a line.
  const narrow = cell.includes('\n') ? narrowName(cell.split('\n')) : null;
  const text = joinBrokenNames(stripDuty(narrow ?? joinCutLines(cell)));
  if (text === '' || NO_UNIT.test(text)) return [];
  const parts = splitOutsideBrackets(text, LIST_BREAK).flatMap(splitAtAnd).flatMap((list) => shareSuffix(splitOutsideBrackets(list, /、/)));
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (LONE_PREFIX.test(parts[i]) && i + 1 < parts.length) {
      parts[i + 1] = parts[i] + parts[i + 1];
      continue;
    }
    const { name, group } = splitEtc(stripDuty(parts[i]));
    if (name !== '' && !NO_UNIT.test(name)) names.push(name);
    if (group !== undefined) names.push(group);
  }
  return names.flatMap(splitGlued);
}

/**
 * `市发改委及各县区政府`, `各区、县(市)政府及开发区管委会`, `县住建局和县财政局`: a conjunction between two
 * whole names joins two lists of units. A name holding one has no whole name before it
 * (`区商务及经济发展局`, `人力资源和社会保障局`), and `及其…`, `及下属…` name the unit's own bodies
 * (`县政府及其组成部门`, `县供销社及下属企业`): neither is split.
 */
const CONJUNCTION = /以及|及(?!其|下属|所属|直属)|和|与/g;

function splitAtAnd(list: string): string[] {
  const pieces = splitOutsideBrackets(list.replace(CONJUNCTION, (c) => `\u0000${c}\u0001`), /\u0000/);
  const whole = (name: string) => endsLikeUnit(name) || GROUP_END.test(name);
  const out: string[] = [];
  for (const piece of pieces) {
    // A conjunction inside brackets (`（参与）`) was not cut at: its marks go.
    const opening = /^(以及|及|和|与)\u0001/.exec(piece);
    const conjunction = opening?.[1] ?? '';
    const part = piece.slice(opening?.[0].length ?? 0).replace(/[\u0000\u0001]/g, '');
    const before = out.length > 0 ? out[out.length - 1].split('、').pop() ?? '' : '';
    if (out.length > 0 && !(whole(before) && whole(part.split('、')[0]))) out[out.length - 1] += conjunction + part;
    else out.push(out.length > 0 ? part : conjunction + part);
  }
  return out;
}

/** A lone ending of a name, cut off by a space (`资源规划 局`, `山管委 会`). */
const LONE_ENDING = /^(?:局|委|办|会|厅|处|科|室|部|院|所|队|站|中心|委员会)$/;
/** Names that end as a group's or a body's do, besides the unit endings (`相关部门`, `县直各单位`). */
const GROUP_END = /(?:单位|部门|企业|学校|医院|机构|银行|社区|园区|村)$/;

/** `县农业局（县委农办）`: a bracket after a name holds its other name (see endsLikeUnit), a space or a line break between them or not. */
const OTHER_NAME_START = /^[（(]/;

/**
 * `资源规划 局`, `伏羲 山管委 会`: a name broken by a stray space (text from a Word file) is one
 * name — the part before the space ends no name, the part after is a lone ending or a bracket. A part after
 * the space opening as a name does (`区`, `县`, `各` …) starts a name of its own.
 */
function joinBrokenNames(text: string): string {
  return text.split(/[ \t　]+/).reduce((out, piece) => {
    if (out === '') return piece;
    const before = out.split(/[、，,；;\n]/).pop() ?? '';
    const after = piece.split(/[、，,；;\n]/)[0];
    const broken = before !== '' && after !== '' && !/^(?:区|县|市|省|州|各)/.test(after)
      && (LONE_ENDING.test(after) || OTHER_NAME_START.test(after) || !(endsLikeUnit(before) || GROUP_END.test(before)));
    return broken ? out + piece : `${out} ${piece}`;
  }, '');
}

/**
 * `县市场` / `监管局`, `县住建局、县财` / `政局`: a cell wrapped at its column's width cuts a name where
 * the line ends; a line whose last name ends neither as a unit, a group nor a place (`经开区` /
 * `高新区` stay two) goes on with the next line's first, as does a line opening with a bracket
 * (`县农业局` / `（县委农办）`: OTHER_NAME_START).
 */
function joinCutLines(cell: string): string {
  return cell.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').reduce((out, line) => {
    if (out === '') return line;
    const before = out.split(/[、，,；;\s]/).pop() ?? '';
    const cut = before !== '' && !/^[、，,；;]/.test(line) && (OTHER_NAME_START.test(line) || (!endsLikeUnit(before) && !GROUP_END.test(before) && !PLACE_END.test(before)));
    return cut ? out + line : `${out}\n${line}`;
  }, '');
}
const PLACE_END = /[区县市省州旗镇乡村]$|[（(][^（）()]*[）)]$/;

/**
 * `区发改委等有关部门` → `区发改委` and the group marker `等有关部门` (a group name: the unit checks
 * say it names no unit and ask for the units it means). `区财政局等`: the list is only cut short.
 */
function splitEtc(text: string): { name: string; group?: string } {
  const m = ETC_GROUP.exec(text);
  if (!m) return { name: text };
  const name = stripDuty(m[1]);
  return m[2] ? { name, group: `等${m[2]}` } : { name };
}

/** `县财政局（配合）`: a co unit's duty written in brackets after it. */
const BRACKETED_DUTY = /\s*[（(](?:配合|参与|协办|协助|协同|配合单位|责任单位)[）)]$/;

/** A name or list without `由` before it and what the units are to do after it. */
function stripDuty(text: string): string {
  return text.trim().replace(TRAILING_NOTE, '').replace(LEADING_BY, '').replace(BRACKETED_DUTY, '').replace(TRAILING_DUTY, '').trim();
}

/** `…工商联(列第一位者为牵头或汇总单位,下同)`: a note on how to read the list, closing it. */
const TRAILING_NOTE = /\s*[（(][^（）()]*(?:下同|列第一位|排名第一|排在第一|排序第一)[^（）()]*[）)]\s*$/;

/** Splits on separators, but not inside brackets: `各县（市、区）政府` is one name. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth += 1;
    if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    if (depth === 0 && separator.test(ch)) {
      if (current !== '') parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * Lead and co units from the unit cells. Understands `X牵头，Y配合`, `牵头单位：X；责任单位：Y`
 * and `X（牵头）、Y`; a row naming no lead takes the one its section title names (`categoryLead`);
 * when the table has only a 责任单位 column, or the row's 牵头单位 cell is empty beside units that
 * answer for the row (`coAnswers`, see ANSWERING_CO), the first unit listed there leads.
 */
export function readUnitCells(lead: string, co: string, hasLeadColumn: boolean, categoryLead?: readonly string[] | null, coAnswers = false): UnitAssignment {
  if (hasLeadColumn) {
    const explicit = readExplicitForms(lead);
    if (explicit) return { ...explicit, coUnits: [...explicit.coUnits, ...splitUnitList(co)] };
    if (categoryLead && lead.trim() === '') return fromCategory(categoryLead, co);
    const leadUnits = splitUnitList(lead);
    if (leadUnits.length === 0 && coAnswers) return fromCoCell(co);
    return { leadUnits, coUnits: splitUnitList(co), leadByConvention: false };
  }
  const explicit = readExplicitForms(co);
  if (explicit) return explicit;
  if (categoryLead) return fromCategory(categoryLead, co);
  const units = splitUnitList(co);
  return { leadUnits: units.slice(0, 1), coUnits: units.slice(1), leadByConvention: units.length > 0 };
}

/** `X会同Y…`, `X牵头，Y配合`: a cell answering for the row that names its lead has that one lead; else its first unit. */
function fromCoCell(co: string): UnitAssignment {
  const explicit = readExplicitForms(co);
  if (explicit && explicit.leadUnits.length > 0) return { ...explicit, leadFromCoCell: true };
  const units = splitUnitList(co);
  const assignment: UnitAssignment = { leadUnits: units.slice(0, 1), coUnits: units.slice(1), leadByConvention: false };
  if (units.length > 0) assignment.leadFromCoCell = true;
  return assignment;
}

function fromCategory(categoryLead: readonly string[], co: string): UnitAssignment {
  const coUnits = splitUnitList(co).filter((u) => !categoryLead.includes(u));
  return { leadUnits: [...categoryLead], coUnits, leadByConvention: false, leadFromCategory: true };
}

function readExplicitForms(cell: string): UnitAssignment | null {
  return readLabelled(cell) ?? readLeadThenCo(cell) ?? readLeadWithCo(cell) ?? readLeadMarks(cell);
}

/** `牵头单位：X；责任单位：Y`: the units of each label (a `责任单位` beside a `牵头单位` helps); a person's, a deadline's or a requirement's label names none. */
function readLabelled(cell: string): UnitAssignment | null {
  const parts = readLabels(cell);
  const leadUnits: string[] = [];
  const coUnits: string[] = [];
  let labelled = false;
  for (const part of parts ?? []) {
    if (part.kind !== 'lead' && part.kind !== 'co' && part.kind !== 'units') continue;
    labelled = true;
    (part.kind === 'lead' ? leadUnits : coUnits).push(...splitUnitList(part.value));
  }
  return labelled ? { leadUnits, coUnits, leadByConvention: false } : null;
}

/**
 * `X牵头，Y配合`, `X会同Y`, `A、B★、C`: the units a list says lead — as the value of a `责任单位` or
 * `部门分工` label, or a heading's closing bracket, may; null when it says none.
 */
export function leadNamedIn(cell: string): string[] | null {
  const list = cell.trim().replace(TRAILING_NOTE, '');
  const read = readLeadThenCo(list) ?? readLeadWithCo(list) ?? readLeadMarks(list);
  return read !== null && read.leadUnits.length > 0 ? read.leadUnits : null;
}

/** Whether a list of units says which of them leads (see leadNamedIn). */
export function namesItsLead(cell: string): boolean {
  return leadNamedIn(cell) !== null;
}

function readLeadThenCo(cell: string): UnitAssignment | null {
  if (/[（(]牵头[）)]/.test(cell)) return null;
  const m = LEAD_THEN_CO.exec(cell.trim());
  if (!m) return null;
  return { leadUnits: splitUnitList(m[1].replace(LEADING_BY, '')), coUnits: splitUnitList(m[2] ?? ''), leadByConvention: false };
}

function readLeadWithCo(cell: string): UnitAssignment | null {
  const short = LEAD_WITH_CO_SHORT.exec(cell.trim());
  const m = LEAD_WITH_CO.exec(cell.trim()) ?? (short && short[1].length >= 2 && endsLikeUnit(short[2]) ? short : null);
  if (!m) return null;
  return { leadUnits: splitUnitList(m[1]), coUnits: splitUnitList(m[2]), leadByConvention: false };
}

function readLeadMarks(cell: string): UnitAssignment | null {
  const units = splitUnitList(cell);
  const marked = units.filter((u) => LEAD_MARK.test(u));
  if (marked.length === 0) return null;
  // A star marks its own unit; only `（牵头）` may close a list of several.
  const list = marked.length === 1 && !STAR_MARK.test(marked[0]) ? listClosedByMark(cell) : null;
  if (list) {
    const inList = new Set(list);
    return {
      leadUnits: list.map(strip).filter((u) => u !== ''),
      coUnits: units.filter((u) => !inList.has(u)),
      leadByConvention: false,
      leadMarkScope: { list: list.map(strip), marked: strip(marked[0]) },
    };
  }
  return {
    leadUnits: marked.map(strip).filter((u) => u !== ''),
    coUnits: units.filter((u) => !LEAD_MARK.test(u)),
    leadByConvention: false,
  };
}

/** `区委办、区政府办（牵头）[，…]`: the units of a `、` list that the mark closes, when there are several. */
function listClosedByMark(cell: string): string[] | null {
  for (const group of splitOutsideBrackets(cell.trim().replace(TRAILING_DUTY, ''), LIST_SEPARATOR)) {
    const names = splitUnitList(group);
    if (names.length >= 2 && LEAD_MARK.test(names[names.length - 1]) && strip(names[names.length - 1]) !== '') return names;
  }
  return null;
}

function strip(unit: string): string {
  return unit.replace(LEAD_MARK, '').replace(STAR_MARK, '');
}

/** `市行政审批局市司法局`, `区林业局区供销联社`: two full names written without a separator (a cell's line break lost). */
const GLUED = /^([市区县省州镇乡][^、，,；;（）()]{1,14}?(?:局|委|办|院|厅|署|中心|公司|部|所|站|队|社))([市区县省州镇乡][^、，,；;]{1,14}(?:局|委|办|院|厅|署|中心|公司|部|所|站|队|社))$/;

/** `市交通局各区县政府`, `区民政局各街道`: a name, then a group opening with 各 (a PDF cell's line break lost). */
const GLUED_GROUP = /^([市区县省州][^、，,；;（）()各]{1,14}?(?:局|委|办|院|厅|署|中心|公司|部|所|站|队|社))(各[^、，,；;]{0,14}(?:政府|街道|单位|部门|乡镇|镇街|镇|乡|区|县))$/;

function splitGlued(name: string): string[] {
  const m = GLUED.exec(name) ?? GLUED_GROUP.exec(name);
  return m ? [m[1], ...splitGlued(m[2])] : [name];
}

/**
 * `文化宣传股文化馆`: names run together with nothing between, each of which the table names on its
 * own elsewhere (a cell listing `文化宣传股` / `文化馆` a line each). The table's own names are the
 * only evidence taken: a name the table never gives apart (`县委办公室`) stays whole. Returns the
 * names, or null when `name` is not such a run.
 */
function knownNamesIn(name: string, known: ReadonlySet<string>): string[] | null {
  for (let cut = name.length - 2; cut >= 2; cut--) {
    const first = name.slice(0, cut);
    const rest = name.slice(cut);
    if (!known.has(first) || !endsLikeUnit(first)) continue;
    if (known.has(rest) && endsLikeUnit(rest)) return [first, rest];
    const more = knownNamesIn(rest, known);
    if (more) return [first, ...more];
  }
  return null;
}

/**
 * The table's unit cells (`cells`: all of them) with the names they run together (see knownNamesIn)
 * parted by `、`, as the table writes them elsewhere: `part` gives a cell so parted, `parted` the
 * runs it parted so far, each with its names.
 */
export function partKnownNames(cells: readonly string[]): { part: (cell: string) => string; parted: Map<string, string[]> } {
  const known = new Set(cells.flatMap(splitUnitList));
  const parted = new Map<string, string[]>();
  const part = (cell: string) => splitUnitList(cell).reduce((text, name) => {
    const names = knownNamesIn(name, known);
    if (!names || !text.includes(name)) return text;
    parted.set(name, names);
    return text.replace(name, names.join('、'));
  }, cell);
  return { part, parted };
}
