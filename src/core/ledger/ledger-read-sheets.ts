/** The ledger's side sheets read back: 设置 (meta), 单位名录 (units), 变更记录 (history). */
import { fromExcelSerial } from '../deadline';
import { DEFAULT_DUE_SOON_DAYS, SCHEMA_VERSION, type ChangeRecord, type LedgerMeta, type Unit } from './ledger';
import { CHANGE_HEADERS, LIST_SEPARATOR, SETTING_LABELS, UNIT_HEADERS, type SettingKey } from './ledger-fields';
import { cellText, dateTimeValue, headerIndex, isBlankRow, type GridValue, type SheetGrid } from './ledger-grid';

/** Label (column A) → value (column B), below the header row. */
function settingValues(grid: SheetGrid): Map<string, GridValue> {
  const values = new Map<string, GridValue>();
  for (const row of grid.rows.slice(1)) {
    const label = cellText(row[0]);
    if (label !== '') values.set(label, row[1] ?? null);
  }
  return values;
}

function wholeNumber(value: GridValue, fallback: number, min: number): number {
  if (cellText(value) === '') return fallback;
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return Number.isInteger(n) && n >= min ? n : fallback;
}

/** Meta from 设置; `invalid` names the settings that were filled in but unreadable (blank ones default quietly). */
export function readMeta(grid: SheetGrid | undefined, fallbackPlanYear: number): { meta: LedgerMeta; invalid: Array<{ key: SettingKey; value: string }> } {
  const values = grid ? settingValues(grid) : new Map<string, GridValue>();
  const get = (key: SettingKey) => values.get(SETTING_LABELS[key]) ?? null;
  const invalid: Array<{ key: SettingKey; value: string }> = [];
  const number = (key: SettingKey, fallback: number, min: number) => {
    const value = get(key);
    const n = wholeNumber(value, fallback, min);
    const text = cellText(value);
    if (text !== '' && n === fallback && text !== String(fallback)) invalid.push({ key, value: text });
    return n;
  };
  const createdAt = get('createdAt');
  return {
    meta: {
      ledgerId: cellText(get('ledgerId')),
      title: cellText(get('title')),
      planYear: number('planYear', fallbackPlanYear, 1900),
      schemaVersion: number('schemaVersion', SCHEMA_VERSION, 1),
      createdAt: typeof createdAt === 'number' ? fromExcelSerial(createdAt) : cellText(createdAt),
      dueSoonDays: number('dueSoonDays', DEFAULT_DUE_SOON_DAYS, 0),
    },
    invalid,
  };
}

function columnsOf<K extends string>(grid: SheetGrid, headers: Record<K, string>): Partial<Record<K, number>> {
  const index = headerIndex(grid);
  const columns: Partial<Record<K, number>> = {};
  for (const key of Object.keys(headers) as K[]) {
    const i = index.get(headers[key]);
    if (i !== undefined) columns[key] = i;
  }
  return columns;
}

/** Each data row as a getter of trimmed cell texts; `dateTimes` are time columns (serials become ISO text). */
function dataRows<K extends string>(grid: SheetGrid, headers: Record<K, string>, dateTimes: readonly NoInfer<K>[] = []): Array<(key: K) => string> {
  const columns = columnsOf(grid, headers);
  return grid.rows
    .slice(1)
    .filter((row) => !isBlankRow(row))
    .map((row) => (key: K) => {
      const i = columns[key];
      if (i === undefined) return '';
      return cellText(dateTimes.includes(key) ? dateTimeValue(row[i]) : row[i]);
    });
}

export function readUnits(grid: SheetGrid): Unit[] {
  return dataRows(grid, UNIT_HEADERS)
    .filter((get) => get('name') !== '')
    .map((get) => ({
      name: get('name'),
      aliases: get('aliases').split(LIST_SEPARATOR).map((a) => a.trim()).filter((a) => a !== ''),
      contact: get('contact'),
      phone: get('phone'),
    }));
}

export function readChanges(grid: SheetGrid): ChangeRecord[] {
  return dataRows(grid, CHANGE_HEADERS, ['time']).map((get) => ({
    time: get('time'),
    round: get('round'),
    unit: get('unit'),
    taskId: get('taskId'),
    field: get('field'),
    oldValue: get('oldValue'),
    newValue: get('newValue'),
    sourceFile: get('sourceFile'),
    batchId: get('batchId'),
  }));
}
