import type { ConsolidationReport, FileReport } from '../../src/core/consolidate/types';
import { mergeOutcome } from '../../src/taskpane/merge-outcome';

function file(over: Partial<FileReport> & Pick<FileReport, 'file' | 'unit' | 'status'>): FileReport {
  return { updated: 0, merged: [], unchanged: [], matchedByText: [], deleted: [], conflicts: [], findings: [], ...over };
}

const report: ConsolidationReport = {
  batchId: 'b1',
  round: '2024-09',
  time: '2024-09-30T10:00:00',
  changes: 11,
  recorded: 7,
  missingUnits: ['区商务局'],
  files: [
    file({ file: 'a.xlsx', unit: '区教体局', status: 'merged', updated: 2,
      conflicts: [{ level: 'warning', code: 'return.watched', taskId: '2-02', message: '改了工作任务，未采用' }] }),
    file({ file: 'b.xlsx', unit: '区财政局', status: 'merged', updated: 0, findings: [{ level: 'info', code: 'consolidate.note', message: '提示' }] }),
    file({ file: 'c.xlsx', unit: '', status: 'rejected', findings: [{ level: 'error', code: 'file.not-zip', message: '「c.xlsx」不是 Excel 工作簿' }] }),
  ],
};

describe('mergeOutcome', () => {
  test('files in the order picked, with their state, tasks updated and problems; conflicts and 催报名单', () => {
    expect(mergeOutcome(report, ['c.xlsx', 'a.xlsx', 'b.xlsx', 'd.xlsx'])).toEqual({
      files: [
        { file: 'c.xlsx', state: 'failed', changes: 0, notes: [{ level: 'error', message: '「c.xlsx」不是 Excel 工作簿' }] },
        { file: 'a.xlsx', state: 'merged', changes: 2 },
        { file: 'b.xlsx', state: 'unchanged', changes: 0, notes: [{ level: 'info', message: '提示' }] },
        { file: 'd.xlsx', state: 'failed', changes: 0 },
      ],
      merged: 2,
      rejected: 2,
      changes: 7,
      tasksUpdated: 2,
      conflicts: [{ file: 'a.xlsx', unit: '区教体局', taskId: '2-02', message: '改了工作任务，未采用' }],
      chase: ['区商务局'],
      batchId: 'b1',
    });
  });

  test('a partly merged file, or one merged with an error, is partial (not merged); notes keep their level, errors first', () => {
    const partial = file({ file: 'p.xlsx', unit: '区民政局', status: 'partial', updated: 3, findings: [{ level: 'info', code: 'consolidate.note', message: '提示' }, { level: 'error', code: 'consolidate.refused', message: '第 9 行未合并' }] });
    expect(mergeOutcome({ ...report, files: [partial] }, ['p.xlsx']).files).toEqual([
      { file: 'p.xlsx', state: 'partial', changes: 3, notes: [{ level: 'error', message: '第 9 行未合并' }, { level: 'info', message: '提示' }] },
    ]);
    const withError = file({ file: 'q.xlsx', unit: '区民政局', status: 'merged', updated: 1, findings: [{ level: 'error', code: 'consolidate.refused', message: '坏' }] });
    expect(mergeOutcome({ ...report, files: [withError] }, ['q.xlsx']).files[0].state).toBe('partial');
  });

  test('counts the 变更记录 rows people see, not the hidden bookkeeping', () => {
    expect(mergeOutcome({ ...report, changes: 46, recorded: 0 }, []).changes).toBe(0);
  });

  test('no batch to undo when nothing was written; the report is not changed', () => {
    const none = { ...report, changes: 0, recorded: 0 };
    const before = JSON.stringify(none);
    expect(mergeOutcome(none, []).batchId).toBeNull();
    expect(JSON.stringify(none)).toBe(before);
  });
});
