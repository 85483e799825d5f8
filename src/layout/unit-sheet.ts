/** Sheet 单位名录: canonical unit names, aliases and contacts; the 牵头单位 drop-down reads column A. */
import { ledgerTitle } from '../core/report';
import type { Ledger } from '../core/ledger';
import { LIST_SEPARATOR, UNIT_HEADERS } from '../core/ledger';
import { absoluteColumnRange } from './a1';
import { MIN_UNIT_LIST_ROWS, SHEETS } from './ledger-names';
import { HEADER_HEIGHT, HEADER_STYLE, SHORT_TEXT, TEXT, printSetup } from './style';
import type { SheetLayout } from './types';


/** Leaves room for units added later at the bottom of the list. */
export function unitListSource(unitCount: number): string {
  return absoluteColumnRange(SHEETS.units, 'A', 2, Math.max(MIN_UNIT_LIST_ROWS, unitCount + 1 + MIN_UNIT_LIST_ROWS));
}

export function unitSheet(ledger: Ledger): SheetLayout {
  return {
    name: SHEETS.units,
    visibility: 'visible',
    headerRow: 1,
    headerStyle: HEADER_STYLE,
    headerHeight: HEADER_HEIGHT,
    columns: [
      { key: 'name', header: UNIT_HEADERS.name, width: 24, style: TEXT },
      { key: 'aliases', header: UNIT_HEADERS.aliases, width: 30, style: TEXT },
      { key: 'contact', header: UNIT_HEADERS.contact, width: 12, style: SHORT_TEXT },
      { key: 'phone', header: UNIT_HEADERS.phone, width: 16, style: SHORT_TEXT },
    ],
    rows: ledger.units.map((u) => [
      { value: u.name },
      { value: u.aliases.length > 0 ? u.aliases.join(LIST_SEPARATOR) : null },
      { value: u.contact === '' ? null : u.contact },
      { value: u.phone === '' ? null : u.phone },
    ]),
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    rowHeights: {},
    print: printSetup(`${ledgerTitle(ledger.meta.title)} 单位名录`, true),
  };
}
