import { asOfLine, ledgerTitle, returnTitle, statusTableTitle, unitSummaryTitle } from '../../../src/core/report/status-table-title';
import { categoryHeading } from '../../../src/core/report/status-table-heading';

describe('status table titles', () => {
  it('derives the status table title from the breakdown title', () => {
    expect(statusTableTitle('2024年广丰区政务公开工作任务分解表')).toBe('2024年广丰区政务公开工作任务推进情况表');
    expect(statusTableTitle('2024年 广丰区政务公开工作 任务分解表')).toBe('2024年广丰区政务公开工作任务推进情况表');
    expect(statusTableTitle('2024年重点工作分解表')).toBe('2024年重点工作推进情况表');
    expect(statusTableTitle('2024年重点工作任务清单')).toBe('2024年重点工作任务推进情况表');
    expect(statusTableTitle('2024年重点工作')).toBe('2024年重点工作推进情况表');
    expect(statusTableTitle('')).toBe('工作任务推进情况表');
    expect(unitSummaryTitle('2024年广丰区政务公开工作任务分解表')).toBe('2024年广丰区政务公开工作任务推进情况单位汇总表');
  });

  it('writes 截至 dates without leading zeros', () => {
    expect(asOfLine('2024-09-05')).toBe('截至2024年9月5日');
    expect(asOfLine('2024-12-31')).toBe('截至2024年12月31日');
  });

  it('numbers sections in Chinese', () => {
    expect(categoryHeading({ no: 8, title: '持续推进基层政务公开' })).toBe('八、持续推进基层政务公开');
    expect(categoryHeading({ no: 0, title: '' })).toBe('其他工作');
  });
});

describe('ledger and return titles', () => {
  it('calls the ledger 台账 in its page headers', () => {
    expect(ledgerTitle('2024年广丰区政务公开工作任务分解表')).toBe('2024年广丰区政务公开工作任务台账');
    expect(ledgerTitle('2024年重点工作台账')).toBe('2024年重点工作台账');
  });

  it('titles a 报送表 as the 推进情况报送表 of its month', () => {
    expect(returnTitle('2024年广丰区政务公开工作任务分解表', '2024-09')).toBe('2024年广丰区政务公开工作任务推进情况报送表（2024年9月）');
    expect(returnTitle('2024年广丰区政务公开工作任务分解表', '第三季度')).toBe('2024年广丰区政务公开工作任务推进情况报送表（第三季度）');
  });
});
