/**
 * Synthetic 任务分解表, ledgers and filled 报送表 of any size, in the shape of the Guangfeng fixture:
 * numbered sections, long task texts, 1–3 lead units joined by `、`, the fixture's deadlines, the
 * header repeated on every page of the text. Deterministic for a seed. Used by tests and bench/.
 */
import { planReturns, toChineseOrdinal, type ReturnPlan } from '../../src/core/distribute';
import { parseDeadline } from '../../src/core/deadline';
import { assignTaskIds } from '../../src/core/import/task-ids';
import { newLedgerTask } from '../../src/core/ledger/ledger-build';
import { DEFAULT_DUE_SOON_DAYS, SCHEMA_VERSION, type Ledger, type LedgerTask, type Status } from '../../src/core/ledger';
import { seededRandom, type Random } from './generate-random';

export interface LedgerShape {
  tasks: number;
  units: number;
  /** Tasks per section (≤ 99 sections are numbered in Chinese); default 100. */
  categorySize?: number;
  seed?: number;
  planYear?: number;
}

/** One row of the table as its authors meant it. */
export interface GeneratedRow {
  section: number;
  categoryTitle: string;
  task: string;
  leadUnits: string[];
  deadline: string;
}

const SECTION_TITLES = [
  '聚焦高质量发展推进信息公开', '围绕保障改善民生深化信息公开', '加强重大政策宣传联动及落实结果评价',
  '优化重大政策解读方式提升解读质量', '建立重大行政决策主动听取意见机制', '健全政务舆情会商处置和回应机制',
  '规范政府网站与政务新媒体建设管理', '持续推进基层政务公开标准化规范化建设', '落实保密审查和行业信息发布制度',
  '完善考核评估体系和培训机制', '强化指导协调和督促检查', '凝聚合力狠抓工作落实',
];
const TASK_TEXTS = [
  '加强民营经济发展壮大系列政策措施、中小企业政府采购支持政策等方面的信息公开。',
  '做好义务教育招生政策、公办学校划片范围、民办学校招生计划等信息公开。',
  '开展征地信息公开标准化规范化试点。',
  '围绕区政府重大政策、重点工作、重要会议，及时收集汇总相关素材，加强选题策划与会商，通过新闻发布会等形式，及时组织和引导新闻媒体加大宣传报道力度。',
  '健全涉饶政务舆情监测预警、快速反应机制，提高政务舆情处置回应的及时性、针对性、有效性。',
  '继续开展政府网站与政务新媒体日常监测和季度检查，及时发现问题并限期整改。',
  '严格执行“先审后发”和“一事一审”制度，依法对拟公开的信息进行保密审查。',
  '分级分类做好政务公开业务培训，确保各单位政务公开分管领导和工作人员年内至少参加一次本级或区级业务培训。',
];
const FIXTURE_UNITS = [
  '区工信局', '区发改委', '区大数据管理中心', '区科技局', '区文广旅局', '区商务局', '区农业农村局', '区住建局',
  '区体育局', '区市场监管局', '区财政局', '区人社局', '区教体局', '区民政局', '区退役军人事务局', '区自然资源局',
  '区卫健委', '区生态环境局', '区交通运输局', '区医保局', '区政府办', '区委组织部',
];
const DEADLINES = ['持续推进', '持续推进', '年底前', '8月底前', '6月30日前', '上半年', '三季度末', '每季度', '长期坚持'];
const PROGRESS = ['已按要求公开相关信息', '正在整理政策清单，月底前公开', '已召开专题会议部署', '已完成并报送佐证材料', '暂无进展'];
const STATUSES: Array<Status | ''> = ['未开始', '推进中', '推进中', '已完成', ''];

/** `count` distinct unit names: the fixture's units first, then numbered towns (`第7乡镇人民政府`). */
export function unitNames(count: number): string[] {
  const names = FIXTURE_UNITS.slice(0, count);
  for (let n = 1; names.length < count; n++) names.push(`第${n}乡镇人民政府`);
  return names;
}

/** Every unit leads at least one task (so each gets a return); a third of tasks have 2–3 lead units. */
export function generateRows(shape: LedgerShape): GeneratedRow[] {
  const rng = seededRandom(shape.seed ?? 1);
  const units = unitNames(shape.units);
  const size = shape.categorySize ?? 100;
  const rows: GeneratedRow[] = [];
  for (let i = 0; i < shape.tasks; i++) {
    const section = Math.floor(i / size) + 1;
    rows.push({
      section,
      categoryTitle: `${SECTION_TITLES[(section - 1) % SECTION_TITLES.length]}（${section}）`,
      task: `${TASK_TEXTS[i % TASK_TEXTS.length].replace(/。$/, '')}（第${i + 1}项）。`,
      leadUnits: leadUnitsOf(i, units, rng),
      deadline: rng.pick(DEADLINES),
    });
  }
  return rows;
}

function leadUnitsOf(i: number, units: string[], rng: Random): string[] {
  const lead = [units[i % units.length]];
  const extra = rng.chance(1 / 3) ? 1 + rng.int(2) : 0;
  for (let k = 0; k < extra; k++) {
    const unit = rng.pick(units);
    if (!lead.includes(unit)) lead.push(unit);
  }
  return lead;
}

/** The table as PDF-extracted text, like the fixture: tab-separated, the header again after every page break. */
export function breakdownText(rows: readonly GeneratedRow[], options: { planYear?: number; pageRows?: number } = {}): string {
  const year = options.planYear ?? 2024;
  const pageRows = options.pageRows ?? 12;
  const header = '\t工作任务\t牵头单位\t完成时限';
  const lines = ['', `${year}年广丰区政务公开工作任务分解表`, '', header];
  rows.forEach((row, i) => {
    if (i > 0 && i % pageRows === 0) lines.push('', header);
    const first = i === 0 || rows[i - 1].section !== row.section;
    const section = first ? `${toChineseOrdinal(row.section)}、${row.categoryTitle}` : '';
    lines.push([section, row.task, row.leadUnits.join('、'), row.deadline].join('\t'));
  });
  return lines.join('\n') + '\n';
}

/** A ledger as buildLedger would make it from the generated table, built directly (no import). */
export function generateLedger(shape: LedgerShape): Ledger {
  const planYear = shape.planYear ?? 2024;
  const rows = generateRows(shape);
  const ids = assignTaskIds(rows.map((r) => r.section));
  const tasks: LedgerTask[] = rows.map((r, i) =>
    newLedgerTask({ id: ids[i], category: { no: r.section, title: r.categoryTitle }, task: r.task, leadUnits: r.leadUnits, coUnits: [], deadline: parseDeadline(r.deadline, planYear) }, i + 1));
  return {
    meta: {
      ledgerId: `tl-bench-${shape.tasks}-${shape.units}-${shape.seed ?? 1}`,
      title: `${planYear}年广丰区政务公开工作任务分解表`,
      planYear,
      schemaVersion: SCHEMA_VERSION,
      createdAt: `${planYear}-08-12T09:00:00+08:00`,
      dueSoonDays: DEFAULT_DUE_SOON_DAYS,
    },
    tasks,
    units: unitNames(shape.units).map((name) => ({ name, aliases: [], contact: '', phone: '' })),
    findings: [],
    changes: [],
  };
}

/** One return plan per lead unit, filled in as units do: a status, progress text, a contact. */
export function filledPlans(ledger: Ledger, options: { round: string; seed?: number }): ReturnPlan[] {
  const rng = seededRandom(options.seed ?? 7);
  return planReturns(ledger, { round: options.round }).returns.map((plan, u) => ({
    ...plan,
    rows: plan.rows.map((row) => ({
      ...row,
      status: rng.pick(STATUSES),
      progress: `${rng.pick(PROGRESS)}（${plan.unit}）`,
      evidence: rng.chance(0.3) ? `佐证-${row.id}.pdf` : '',
      contact: `联系人${u + 1}`,
      phone: `0793-26${String(u).padStart(5, '0')}`,
    })),
  }));
}
