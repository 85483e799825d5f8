import { FIELD_LABELS, IMPORT_FIELDS, type FieldImportRole } from '../fields';

/**
 * What a column of the breakdown holds: a field's role as the field registry (src/core/fields)
 * declares it, or a column of the table's own structure — 序号, and 小类 (found by content only).
 */
export type ColumnRole = FieldImportRole | 'seq' | 'subcategory';

/** How a header names a role: whole words, most specific first, and a pattern for longer names. */
export interface HeaderWords {
  role: ColumnRole;
  words: readonly string[];
  wide?: RegExp;
  wideFirst?: true;
}

/**
 * The importer's own list: columns that are no ledger field. 序号 numbers the table's rows (its
 * count checks the import; the ledger numbers its own).
 */
const TABLE_COLUMNS: readonly HeaderWords[] = [
  { role: 'seq', words: ['序号', '编号'], wide: /^(序号|编号|序|No\.?)$/i, wideFirst: true },
];

/** The words naming a person, not a unit: a leader, a person in charge, a contact (a column kept in 备注, a label naming no unit). */
export const PERSON_WORDS = String.raw`(?:领导|负责人|责任人|联系人)`;

/** A column name naming persons (`牵头领导`, `责任人`): see PERSON_WORDS. */
export const PERSON_COLUMN = new RegExp(PERSON_WORDS);

/** A period a column or a report stands for: `一季度`, `第二季度`, `3月`, `1-3月`, `上半年`. */
export const PERIOD_NAME = String.raw`(?:第?[一二三四1-4１-４]季度|(?:\d{1,2}[-—–~至])?\d{1,2}月份?|[上下]半年)`;

/**
 * The progress a report gives (`落实情况`, `完成率%`, `当前进度`), as a column's name or a prose label:
 * kept in 备注. Not `进度安排` / `进度要求`, which name the 完成时限.
 */
export const PROGRESS_WORDS = String.raw`(?:(?:完成|进展|推进|落实|实施|办理|执行)情况|完成率%?|完成数|实际完成|进度(?!安排|要求))`;

/**
 * A part of a name listing names (`执行措施、工作进展、取得成效`) naming progress: PROGRESS_WORDS, or
 * the progress (`工作进展`) and results (`取得成效`, not a target's `预期成效`) the list reports beside its measures.
 */
export const LISTED_PROGRESS = new RegExp(String.raw`${PROGRESS_WORDS}|进展|(?<!预期|预计)成效`);

/**
 * Header words of columns the ledger has no field for and the importer keeps as text in 备注
 * (`责任领导：张三`): leaders, people, contacts (a phone, how the public may supervise), scores,
 * progress to be reported later, a project's builder (`项目业主`, `业主单位`: no unit answering for it) and stage.
 */
export const NOT_A_FIELD = new RegExp(String.raw`${PERSON_WORDS}|电话|监督方式|分管|${PROGRESS_WORDS}|督办|评分|分值|来源|依据|业主|建设阶段`);

/**
 * `1-10月推进情况`, `一季度进展情况`, `上半年完成情况`, `1-8月实际完成率%`: the progress a report gives for a period, a column
 * kept in 备注 like 进展情况 (its name starts with a number, which no other column name does).
 */
export const PERIOD_PROGRESS = new RegExp(String.raw`^(?:${PERIOD_NAME}|截至\d{1,2}月底?)(?:实际)?(?:工作)?(?:推进)?${PROGRESS_WORDS}$`);

/**
 * `1-3月份进度安排`, `下季度工作计划`, `下一步工作打算`: the plan for the period after the report's, a
 * column kept in 备注 (no deadline: the plan's dates are the next quarter's work, not the task's end).
 */
export const PERIOD_PLAN = new RegExp(String.raw`^(?:${PERIOD_NAME}|下一?季度|下一?步|下阶段)(?:工作)?(?:进度安排|安排|计划|打算)$`);

/**
 * `牵头单位及主要负责人`, `责任单位/责任人`: a unit column whose cells also name the person in charge
 * (`市民政局 伍泽国`): a unit column all the same (the persons are kept in 备注, see unit-persons.ts).
 */
export const UNIT_AND_PERSON = new RegExp(String.raw`^(.+?)(?:及|和|与|[/／、])(?:主要)?${PERSON_WORDS}$`);

/**
 * `责任部门（加*号为牵头部门，其余为参与部门）`: a column of units whose header says its lead is the unit
 * marked `*` (or `★`): the lead column, its marked unit leading (see LEAD_MARK in unit-cells.ts).
 */
export const MARKED_LEAD_NOTE = /[（(][^）)]*[*＊★][^）)]*牵头[^）)]*[）)]\s*$/;

/**
 * `一级指标`, `二级指标`, `三级指标`, `考核指标`: an assessment's levels of 指标. Named before the task
 * column they are the table's sections, the first level the 工作类别 and the next its subsection
 * (see indicatorSections in header.ts); elsewhere (`考核指标` after the tasks, the measure a task is
 * judged by) a column of no role, kept as text.
 */
export const INDICATOR = /^(?:[一二三四五]级)?(?:考核|评价|评估|绩效)?指标$/;

/** Every role's header words: the table's own columns, then the registry's fields in their order. */
export const HEADER_WORDS: readonly HeaderWords[] = [...TABLE_COLUMNS, ...IMPORT_FIELDS];

/** The wide patterns in the order they are tried: names of numbers, units and times before content words. */
export const WIDE_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ...HEADER_WORDS.filter((w) => w.wideFirst),
  ...HEADER_WORDS.filter((w) => !w.wideFirst),
].flatMap((w) => (w.wide ? [[w.role, w.wide] as [ColumnRole, RegExp]] : []));

/** Plain text roles: the registry's `text` fields, whose role is their key (`note`). */
export const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set(IMPORT_FIELDS.filter((f) => f.text === true).map((f) => f.role));

/** What a role is called in a message or a form: its field's label in the registry. */
export const ROLE_LABELS: Record<ColumnRole, string> = {
  seq: '序号', subcategory: FIELD_LABELS.category,
  ...Object.fromEntries(IMPORT_FIELDS.map((f) => [f.role, FIELD_LABELS[f.key]])) as Record<FieldImportRole, string>,
};

/** The roles a person may give a column when choosing a table's columns (指定列), in the order a form lists them. */
export const CHOSEN_ROLES: readonly ColumnRole[] = ['seq', 'category', 'task', 'requirement', 'lead', 'co', 'deadline', 'note'];
