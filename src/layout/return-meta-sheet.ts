/**
 * The hidden sheet 报送表信息 of a return: key/value rows consolidation reads (台账标识, 填报单位,
 * 报送轮次, 格式版本 …) and, in column D, the 完成状态 values the drop-down lists.
 * The layout says `hidden`; the ExcelJS writer makes it veryHidden (not listed by 取消隐藏).
 */
import { RETURN_META_SHEET, SUPPORTED_RETURN_SCHEMA } from '../core/consolidate';
import type { ReturnPlan } from '../core/distribute';
import { STATUSES } from '../core/ledger';
import { HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import type { CellContent, SheetLayout } from './types';

/** Labels of the key column, by what consolidation reads. */
export const RETURN_META_KEYS = {
  ledgerId: '台账标识',
  unit: '填报单位',
  round: '报送轮次',
  schemaVersion: '格式版本',
  reportBy: '报送截止',
  title: '台账名称',
  generatedAt: '生成时间',
  /** JSON {任务编号: fingerprint} of what each row said when sent, over as many rows as it takes. */
  sent: '发出时内容',
} as const;

/** Characters of the 发出时内容 JSON per cell (Excel keeps 32,767). */
const SENT_CHUNK = 30_000;

/** The fingerprints of the plan's rows, as JSON cut into cells. */
function sentCells(plan: ReturnPlan): string[] {
  const sent = Object.fromEntries(plan.rows.filter((r) => r.sent !== undefined).map((r) => [r.id, r.sent]));
  if (Object.keys(sent).length === 0) return [];
  const json = JSON.stringify(sent);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += SENT_CHUNK) parts.push(json.slice(i, i + SENT_CHUNK));
  return parts;
}

export function returnMetaSheet(plan: ReturnPlan, generatedAt: string): SheetLayout {
  const pairs: Array<[string, string | number]> = [
    [RETURN_META_KEYS.ledgerId, plan.ledgerId],
    [RETURN_META_KEYS.unit, plan.unit],
    [RETURN_META_KEYS.round, plan.round],
    [RETURN_META_KEYS.schemaVersion, SUPPORTED_RETURN_SCHEMA],
    [RETURN_META_KEYS.reportBy, plan.reportBy ?? ''],
    [RETURN_META_KEYS.title, plan.title],
    [RETURN_META_KEYS.generatedAt, generatedAt],
    ...sentCells(plan).map((part): [string, string] => [RETURN_META_KEYS.sent, part]),
  ];
  const height = Math.max(pairs.length, STATUSES.length);
  const rows: CellContent[][] = [];
  for (let i = 0; i < height; i++) {
    rows.push([
      { value: pairs[i]?.[0] ?? null },
      { value: pairs[i]?.[1] ?? null },
      { value: null },
      { value: STATUSES[i] ?? null },
    ]);
  }
  return {
    name: RETURN_META_SHEET,
    visibility: 'hidden',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: 20,
    columns: [
      { key: 'key', header: '项目', width: 12, style: SHORT_TEXT },
      { key: 'value', header: '内容', width: 40, style: TEXT },
      { key: 'blank', header: '', width: 4, style: TEXT },
      { key: 'statuses', header: '完成状态可选值', width: 14, style: SHORT_TEXT },
    ],
    rows,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 0, columns: 0 },
    rowHeights: {},
    print: printSetup(RETURN_META_SHEET, false),
    protection: {
      unlockedColumns: [],
      editableToRow: 1,
      allowSort: false,
      allowAutoFilter: false,
      allowFormatColumns: false,
      allowFormatRows: false,
      allowInsertRows: false,
    },
  };
}
