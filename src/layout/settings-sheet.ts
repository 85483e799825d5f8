/** Sheet 设置 (hidden): the ledger's identity and settings, each cell also a defined name. */
import { SCHEMA_VERSION, STATUSES, type Ledger } from '../core/ledger';
import { SETTING_LABELS } from '../core/ledger';
import { absoluteColumnRange, sheetRef } from './a1';
import { NAMES, SHEETS } from './ledger-names';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import type { CellContent, NamedRange, SheetLayout } from './types';

type SettingKey = keyof Omit<typeof NAMES, 'statuses'>;

/** Order of the settings rows (row 2 onward): stable, readers rely on the names, not the rows. */
const SETTINGS: Array<{ key: SettingKey; label: string; help: string }> = [
  { key: 'ledgerId', label: SETTING_LABELS.ledgerId, help: '报送表据此识别所属台账，请勿修改' },
  { key: 'title', label: SETTING_LABELS.title, help: '任务分解表标题' },
  { key: 'planYear', label: SETTING_LABELS.planYear, help: '“年底前”等时限按此年度计算' },
  { key: 'schemaVersion', label: SETTING_LABELS.schemaVersion, help: '台账格式版本，请勿修改' },
  { key: 'createdAt', label: SETTING_LABELS.createdAt, help: '' },
  { key: 'dueSoonDays', label: SETTING_LABELS.dueSoonDays, help: '截止日期在此天数内为临期（黄色），可修改' },
];

const STATUS_COLUMN = 'D';

function settingValue(ledger: Ledger, key: SettingKey): string | number {
  switch (key) {
    case 'ledgerId':
      return ledger.meta.ledgerId;
    case 'title':
      return ledger.meta.title;
    case 'planYear':
      return ledger.meta.planYear;
    case 'schemaVersion':
      return ledger.meta.schemaVersion || SCHEMA_VERSION;
    case 'createdAt':
      return ledger.meta.createdAt;
    case 'dueSoonDays':
      return ledger.meta.dueSoonDays;
  }
}

/** The drop-down source of 完成状态. */
export function statusListSource(): string {
  return absoluteColumnRange(SHEETS.settings, STATUS_COLUMN, 2, 1 + STATUSES.length);
}

export function settingsNames(): NamedRange[] {
  const names: NamedRange[] = SETTINGS.map((s, i) => ({ name: NAMES[s.key], ref: `${sheetRef(SHEETS.settings)}!$B$${i + 2}` }));
  names.push({ name: NAMES.statuses, ref: statusListSource() });
  return names;
}

export function settingsSheet(ledger: Ledger): SheetLayout {
  const rowCount = Math.max(SETTINGS.length, STATUSES.length);
  const rows: CellContent[][] = [];
  for (let i = 0; i < rowCount; i++) {
    const s = SETTINGS[i];
    rows.push([
      { value: s ? s.label : null },
      { value: s ? settingValue(ledger, s.key) : null },
      { value: s && s.help !== '' ? s.help : null },
      { value: STATUSES[i] ?? null },
    ]);
  }
  return {
    name: SHEETS.settings,
    visibility: 'hidden',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [
      { key: 'label', header: '项目', width: 12, style: SHORT_TEXT },
      { key: 'value', header: '值', width: 40, style: { ...TEXT, numFmt: 'General' } },
      { key: 'help', header: '说明', width: 40, style: TEXT },
      { key: 'statuses', header: '完成状态选项', width: 14, style: SHORT_TEXT },
    ],
    rows,
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(SHEETS.settings, true),
  };
}
