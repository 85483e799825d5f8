/**
 * Results of workbook actions as values the task pane can show: either the value, with notices
 * (what the host could not do), or a problem in Chinese. Excel's errors carry a `code`.
 */
import { excelMessages as M } from '../core/finding';

export interface ExcelProblem {
  /** Excel's error code (`RequestPayloadSizeLimitExceeded` …) or `Unknown`. */
  code: string;
  /** 中文说明. */
  message: string;
  suggestion: string;
}

export type ExcelOutcome<T> = { ok: true; value: T; notices: string[] } | { ok: false; problem: ExcelProblem };

function codeAndDetail(error: unknown): { code: string; detail: string } {
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { message?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : 'Unknown';
  const detail = typeof e?.debugInfo?.message === 'string' ? e.debugInfo.message : typeof e?.message === 'string' ? e.message : String(error);
  return { code, detail };
}

export function describeExcelError(error: unknown): ExcelProblem {
  const { code, detail } = codeAndDetail(error);
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { code, message: M.requestTooLarge(), suggestion: M.requestTooLargeSuggestion() };
    case 'AccessDenied':
      return { code, message: M.sheetProtected(detail), suggestion: M.sheetProtectedSuggestion() };
    case 'ApiNotFound':
      return { code, message: M.apiMissing(detail), suggestion: M.apiMissingSuggestion() };
    case 'ItemNotFound':
      return { code, message: M.notFound(detail), suggestion: M.notFoundSuggestion() };
    default:
      return { code, message: M.failed(detail), suggestion: M.failedSuggestion() };
  }
}

export async function attempt<T>(action: () => Promise<T>, notices: (value: T) => string[] = () => []): Promise<ExcelOutcome<T>> {
  try {
    const value = await action();
    return { ok: true, value, notices: notices(value) };
  } catch (error) {
    return { ok: false, problem: describeExcelError(error) };
  }
}
