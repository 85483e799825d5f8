import { readFileSync } from 'fs';
import * as path from 'path';
import { breakLines, lineCount, unbreakableRuns } from '../../src/layout/print-line-break';
import { wrappedLines } from '../../src/layout/print-row-height';

const PARAGRAPH = '推进“放管服”改革，完成2024年度GDP核算（含ABC123指标）工作。';

describe('line breaking of wrapped cells', () => {
  it('keeps Latin words and numbers whole, glues quotes and brackets to their neighbours and closing punctuation to the character before', () => {
    expect(unbreakableRuns(PARAGRAPH)).toEqual(['推', '进“放', '管', '服”改', '革，', '完', '成', '2024', '年', '度', 'GDP', '核', '算', '（含', 'ABC123', '指', '标）', '工', '作。']);
  });

  it('fills lines greedily with whole runs and cuts a run wider than a line', () => {
    expect(breakLines(PARAGRAPH, 8)).toEqual(['推进“放管服”改', '革，完成2024年', '度GDP核算（含', 'ABC123指标）工', '作。']);
    expect(breakLines('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)).toEqual(['ABCDEFGHI', 'JKLMNOPQR', 'STUVWXYZ']);
    expect(breakLines('𠀀𠀀𠀀', 2)).toEqual(['𠀀𠀀', '𠀀']);
    expect(breakLines('', 5)).toEqual(['']);
  });

  it('counts the lines breakLines gives without building them, a paragraph no longer than its line being one', () => {
    expect([lineCount(PARAGRAPH, 8), lineCount('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5), lineCount('𠀀𠀀𠀀', 2), lineCount('', 5)]).toEqual([5, 3, 2, 1]);
    expect([lineCount('已完成', 3), lineCount('已完成了', 3)]).toEqual([1, 2]);
    // Every paragraph of the sample breakdown table, at widths from a narrow to a wide column.
    const text = readFileSync(path.join(__dirname, '../fixtures/guangfeng-2024-breakdown.txt'), 'utf8');
    const paragraphs = text.split('\n');
    for (const em of [2, 4.5, 7.27, 13, 30]) {
      expect(paragraphs.map((p) => lineCount(p, em))).toEqual(paragraphs.map((p) => breakLines(p, em).length));
    }
  });

  it('adds up the lines of a cell’s paragraphs', () => {
    expect(wrappedLines({ text: `${PARAGRAPH}\n\n第二段`, widthPoints: 8 * 11 + 3, fontSize: 11 })).toBe(7);
  });
});
