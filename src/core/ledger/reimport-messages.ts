/** What a re-import (重新导入) says, in the CLI (`import --update`) and in the pane alike. */
import { FIELD_LABELS } from '../fields';
import type { ReimportReport } from './reimport';

export const REIMPORT_MSG = {
  summary: (r: ReimportReport) =>
    `已按新的分解表更新任务台账（台账标识不变，已发出的报送表仍可合并）：新增 ${r.added.length} 项、删除 ${r.removed.length} 项、修改 ${r.changed.length} 项。`,
  addedHeading: '新增：',
  removedHeading: '删除：',
  changedHeading: '修改：',
  added: (a: ReimportReport['added'][number]) => `${a.id} ${a.task}`,
  removed: (r: ReimportReport['removed'][number]) => `${r.id} ${r.task}${r.keptReports > 0 ? `（${r.keptReports} 个单位的报送保留在“单位报送”中）` : ''}`,
  changed: (c: ReimportReport['changed'][number]) => `${c.id} ${c.task}（改了：${c.fields.map((f) => FIELD_LABELS[f]).join('、')}）`,
};

/** The report's sections that have entries: heading and one line per task. */
export function reimportReportSections(r: ReimportReport): Array<{ heading: string; lines: string[] }> {
  return [
    { heading: REIMPORT_MSG.addedHeading, lines: r.added.map(REIMPORT_MSG.added) },
    { heading: REIMPORT_MSG.removedHeading, lines: r.removed.map(REIMPORT_MSG.removed) },
    { heading: REIMPORT_MSG.changedHeading, lines: r.changed.map(REIMPORT_MSG.changed) },
  ].filter((s) => s.lines.length > 0);
}
