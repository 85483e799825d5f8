/**
 * The field registry: every field of a task declared once. The ledger's headers, the 报送表's
 * headers and the ones people type instead, which fields a unit owns and which the office owns,
 * what is printed and each field's name in the CLI's JSON all derive from here.
 *
 * - `ledger`: the 任务台账 column header (absent: not a ledger column).
 * - `return`: the 报送表 column header, `returnAliases` other headers accepted when reading one
 *   back (compared after normalizeHeader: no spaces, no notes in brackets, lower case).
 * - `owner`: `unit` — the lead unit fills it in its return and consolidation takes it;
 *   `office` — the office's (a unit's edit is reported, never applied, when `watched`);
 *   `derived` — computed (formulas, bookkeeping), never typed by anyone.
 * - `printed`: shown in the printed 推进情况表.
 * - `json`: its name in `task-ledger … --json` output.
 * - `label`: how 变更记录 and messages name it.
 * - `import`: how the importer finds the field's column in a breakdown (任务分解表): its role there,
 *   the header `words` it goes by (matched whole, most specific first) and `wide`, a pattern for
 *   longer names tried when no column's words match (`重点工作任务`, `牵头责任单位`, `整改时限`);
 *   `wideFirst` when its wide names are tried before those of the content columns (a name of units
 *   or times often holds a task word: `任务完成时限`). `text: true`: a plain text field — the
 *   importer copies the column's text into the task's field of the same key (`备注`); the other
 *   roles have reading rules of their own (units, deadlines, sections).
 *
 * Adding a field (say 督办领导): an entry here (with `import: { role: 'supervisor', text: true, words: ['督办领导'] }`
 * the importer reads it from a breakdown, nothing else to change there), then the places that genuinely differ — its
 * column's width and style in src/layout/task-columns.ts (and return-layout.ts when it goes in
 * returns), its value in src/layout/task-sheet.ts and src/core/ledger/ledger-read-tasks.ts, and
 * the Task type (src/core/ledger/ledger.ts). See the README's developer section.
 */
export type FieldOwner = 'office' | 'unit' | 'derived';

/** How the importer finds a field's column in a breakdown's header. */
export interface FieldImportSpec {
  role: string;
  words: readonly string[];
  wide?: RegExp;
  wideFirst?: true;
  text?: true;
}

export interface TaskFieldSpec {
  label: string;
  ledger?: string;
  return?: string;
  returnAliases?: readonly string[];
  owner: FieldOwner;
  /** An office field a unit might still edit in its return: compared and reported. */
  watched?: boolean;
  printed: boolean;
  json: string;
  import?: FieldImportSpec;
}

export const TASK_FIELDS = {
  seq: { label: '序号', ledger: '序号', owner: 'derived', printed: true, json: 'seq' },
  id: { label: '任务编号', ledger: '任务编号', return: '任务编号', returnAliases: ['编号', '任务id', 'id', '任务序号'], owner: 'office', printed: true, json: 'id' },
  category: { label: '工作类别', ledger: '工作类别', return: '工作类别', returnAliases: ['类别', '板块', '工作板块'], owner: 'office', printed: true, json: 'category',
    import: { role: 'category', words: ['工作类别', '任务类别', '类别', '大类', '板块', '项目', '类型', '工作板块', '重点领域', '领域'], wide: /类别|板块|领域|类型/, wideFirst: true } },
  task: { label: '工作任务', ledger: '工作任务', return: '工作任务', returnAliases: ['任务', '任务内容', '工作内容', '重点任务'], owner: 'office', watched: true, printed: true, json: 'task',
    import: { role: 'task', words: ['工作任务', '任务内容', '主要任务', '重点任务', '工作内容', '任务事项', '工作事项', '重点工作', '任务', '职责'], wide: /任务|事项|问题|工作内容|工作项目|项目名称|重点工作|主要工作|具体工作|实事名称|实事项目|工作要点/ } },
  requirement: { label: '具体要求', ledger: '具体要求', return: '具体要求', returnAliases: ['工作要求', '任务要求', '要求'], owner: 'office', watched: true, printed: true, json: 'requirement',
    import: { role: 'requirement', words: ['具体要求', '工作要求', '工作措施', '具体措施', '主要措施', '工作目标', '具体内容', '任务举措', '工作标准'], wide: /措施|要求|举措|目标|内容/ } },
  leadUnits: { label: '牵头单位', ledger: '牵头单位', return: '牵头单位', returnAliases: ['牵头部门', '牵头单位部门'], owner: 'office', watched: true, printed: true, json: 'leadUnits',
    import: { role: 'lead', words: ['牵头单位', '牵头部门', '主责单位', '牵头领导单位', '牵头'], wide: /牵头|主责|主办/, wideFirst: true } },
  coUnits: { label: '责任单位', ledger: '责任单位', return: '配合单位', returnAliases: ['责任单位', '配合部门', '协办单位'], owner: 'office', watched: true, printed: false, json: 'coUnits',
    import: { role: 'co', words: ['责任单位', '配合单位', '责任科室', '协办单位', '责任部门', '配合部门', '参与单位', '协同单位', '配合'], wide: /(责任|配合|协办|协助|参与|协同|承办|实施|负责)(单位|部门|科室|股室|主体|街镇|镇街|乡镇|街道)/, wideFirst: true } },
  deadline: { label: '完成时限', ledger: '完成时限', return: '完成时限', returnAliases: ['时限', '完成时间', '时间要求'], owner: 'office', watched: true, printed: true, json: 'deadline',
    import: { role: 'deadline', words: ['完成时限', '时限要求', '完成时间', '时间节点', '时限', '完成期限', '截止时间'], wide: /时限|时间|期限|节点|截止|完成日期|进度(?:安排|要求)|年限|(?:工作|推进|实施|进度|月度|季度)计划|计划安排|时序/, wideFirst: true } },
  due: { label: '截止日期', ledger: '截止日期', owner: 'derived', printed: false, json: 'due' },
  status: { label: '完成状态', ledger: '完成状态', return: '完成状态', returnAliases: ['状态', '进展状态', '完成情况'], owner: 'unit', printed: true, json: 'status' },
  progress: { label: '进展情况', ledger: '进展情况', return: '进展情况', returnAliases: ['工作进展', '进展', '推进情况', '进展情况说明', '工作推进情况'], owner: 'unit', printed: true, json: 'progress' },
  evidence: { label: '佐证材料', ledger: '佐证材料', return: '佐证材料', returnAliases: ['佐证', '佐证材料链接', '附件', '证明材料'], owner: 'unit', printed: false, json: 'evidence' },
  contact: { label: '联系人', return: '联系人', returnAliases: ['联系人姓名', '填报人'], owner: 'unit', printed: false, json: 'contact' },
  phone: { label: '联系电话', return: '联系电话', returnAliases: ['电话', '联系方式', '手机', '手机号码'], owner: 'unit', printed: false, json: 'phone' },
  updatedAt: { label: '更新时间', ledger: '更新时间', owner: 'derived', printed: false, json: 'updatedAt' },
  daysLeft: { label: '剩余天数', ledger: '剩余天数', owner: 'derived', printed: false, json: 'daysLeft' },
  light: { label: '预警', ledger: '预警', owner: 'derived', printed: true, json: 'light' },
  note: { label: '备注', ledger: '备注', owner: 'office', printed: false, json: 'note',
    import: { role: 'note', text: true, words: ['备注', '备注说明', '说明'], wide: /备注/, wideFirst: true } },
} as const satisfies Record<string, TaskFieldSpec>;

type Fields = typeof TASK_FIELDS;
export type TaskFieldKey = keyof Fields;

/** Fields the importer looks for in a breakdown's header. */
export type ImportFieldKey = { [K in TaskFieldKey]: Fields[K] extends { import: FieldImportSpec } ? K : never }[TaskFieldKey];
/** The importer's role for each such field (`lead` for leadUnits …). */
export type FieldImportRole = { [K in ImportFieldKey]: Fields[K] extends { import: { role: infer R } } ? R : never }[ImportFieldKey];
/** Plain text fields the importer copies from a column of their own (`text: true`); its role is the key. */
export type ImportTextField = { [K in ImportFieldKey]: Fields[K] extends { import: { text: true } } ? K : never }[ImportFieldKey];
/** A task's plain text fields as imported (the Task type extends it). */
export type ImportedTextFields = { [K in ImportTextField]?: string };

/** Fields that are 任务台账 columns. */
export type LedgerFieldKey = { [K in TaskFieldKey]: Fields[K] extends { ledger: string } ? K : never }[TaskFieldKey];
/** Fields that are 报送表 columns. */
export type ReturnFieldKey = { [K in TaskFieldKey]: Fields[K] extends { return: string } ? K : never }[TaskFieldKey];
/** Return fields a lead unit owns: taken from its return. */
export type OwnedField = { [K in ReturnFieldKey]: Fields[K] extends { owner: 'unit' } ? K : never }[ReturnFieldKey];
/** Office fields a unit might still edit in its return: compared, reported, never applied. */
export type WatchedField = { [K in ReturnFieldKey]: Fields[K] extends { watched: true } ? K : never }[ReturnFieldKey];

const KEYS = Object.keys(TASK_FIELDS) as TaskFieldKey[];
const spec = (key: TaskFieldKey): TaskFieldSpec => TASK_FIELDS[key];

export const LEDGER_FIELD_KEYS = KEYS.filter((k) => spec(k).ledger !== undefined) as LedgerFieldKey[];
export const RETURN_FIELD_KEYS = KEYS.filter((k) => spec(k).return !== undefined) as ReturnFieldKey[];
export const OWNED_FIELDS = RETURN_FIELD_KEYS.filter((k) => spec(k).owner === 'unit') as OwnedField[];
export const WATCHED_FIELDS = RETURN_FIELD_KEYS.filter((k) => spec(k).watched === true) as WatchedField[];

/** 任务台账 headers by field. */
export const TASK_HEADERS = Object.fromEntries(LEDGER_FIELD_KEYS.map((k) => [k, spec(k).ledger])) as { [K in LedgerFieldKey]: Fields[K] extends { ledger: infer H } ? H : never };
/** 报送表 headers by field. */
export const RETURN_HEADERS = Object.fromEntries(RETURN_FIELD_KEYS.map((k) => [k, spec(k).return])) as Record<ReturnFieldKey, string>;
/** Other headers accepted in a 报送表 by field. */
export const RETURN_HEADER_ALIASES = Object.fromEntries(RETURN_FIELD_KEYS.map((k) => [k, spec(k).returnAliases ?? []])) as Record<ReturnFieldKey, readonly string[]>;
/** How 变更记录 and messages name a field. */
export const FIELD_LABELS = Object.fromEntries(KEYS.map((k) => [k, spec(k).label])) as Record<TaskFieldKey, string>;

/** Fields the importer looks for, in declaration order, each with how its header is recognised. */
export const IMPORT_FIELDS = KEYS.filter((k) => spec(k).import !== undefined)
  .map((k) => ({ key: k, ...(spec(k).import as FieldImportSpec) })) as ReadonlyArray<FieldImportSpec & { key: ImportFieldKey; role: FieldImportRole }>;
/** Plain text fields the importer copies as they stand (`备注`). */
export const IMPORT_TEXT_FIELDS = IMPORT_FIELDS.filter((f) => f.text === true).map((f) => f.key) as ImportTextField[];
