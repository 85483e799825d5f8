import { TASKS, SECTIONS } from './fixture-expected';

/** The fixture's table as its authors meant it (no page breaks): one row per task. */
export interface FixtureRow {
  /** Section number. */
  no: number;
  /** `一、聚焦…` on the first task of a section, '' below it (a merged cell). */
  category: string;
  task: string;
  lead: string;
  deadline: string;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** The lead cell as written: `/` where the fixture has `/`, blank for 5-02, the units otherwise. */
const BLANK_LEAD = new Set(['5-02']);

export const TITLE = '2024年广丰区政务公开工作任务分解表';

export function fixtureRows(): FixtureRow[] {
  let section = 0;
  return TASKS.map(([id, , task, leadUnits, deadline]) => {
    const no = Number(id.split('-')[0]);
    const first = no !== section;
    section = no;
    const lead = leadUnits.length > 0 ? leadUnits.join('、') : BLANK_LEAD.has(id) ? '' : '/';
    return { no, category: first ? `${NUMERALS[no]}、${SECTIONS[no]}` : '', task, lead, deadline };
  });
}

/** The table as a worksheet range: title row, header row, one row per task (A: 工作类别 merged per section). */
export function fixtureGrid(): string[][] {
  return [
    [TITLE, '', '', ''],
    ['工作类别', '工作任务', '牵头单位', '完成时限'],
    ...fixtureRows().map((r) => [r.category, r.task, r.lead, r.deadline]),
  ];
}
