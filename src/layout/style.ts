/** The ledger's look: fonts, colours, shared styles and print setup, in one place. */
import type { CellStyle, PrintSpec } from './types';

export const FONT_BODY = '宋体';
export const FONT_HEADER = '黑体';
export const FONT_SIZE = 11;

export const COLOURS = {
  headerFill: 'DDEBF7',
  border: 'A6A6A6',
  text: '000000',
  /** Row lights: fill + font colour (legible in grey print too; the 预警 mark carries the meaning). */
  overdueFill: 'FFC7CE',
  overdueFont: '9C0006',
  dueSoonFill: 'FFEB9C',
  dueSoonFont: '9C5700',
  doneFill: 'C6EFCE',
  doneFont: '006100',
  greyFill: 'EDEDED',
  greyFont: '595959',
  tab: '2F5597',
} as const;

export const HEADER_STYLE: CellStyle = {
  font: { name: FONT_HEADER, size: FONT_SIZE, bold: true, color: COLOURS.text },
  fill: COLOURS.headerFill,
  wrap: true,
  hAlign: 'center',
  vAlign: 'middle',
  border: COLOURS.border,
};

const BODY_FONT = { name: FONT_BODY, size: FONT_SIZE, color: COLOURS.text };

/** Data cell styles by kind of content. */
export const TEXT: CellStyle = { font: BODY_FONT, wrap: true, hAlign: 'left', vAlign: 'top', border: COLOURS.border, numFmt: '@' };
export const SHORT_TEXT: CellStyle = { ...TEXT, hAlign: 'center', vAlign: 'middle' };
export const INTEGER: CellStyle = { font: BODY_FONT, hAlign: 'center', vAlign: 'middle', border: COLOURS.border, numFmt: '0' };
export const DATE: CellStyle = { font: BODY_FONT, hAlign: 'center', vAlign: 'middle', border: COLOURS.border, numFmt: 'yyyy-mm-dd' };
/** 更新时间, 报送时间, 时间: a real date-time shown to the minute (the seconds are kept in the cell). */
export const DATE_TIME: CellStyle = { ...DATE, numFmt: 'yyyy-mm-dd hh:mm' };
export const PERCENT: CellStyle = { ...INTEGER, numFmt: '0.0%' };
/** Bold overrides for total rows. */
export const BOLD: CellStyle = { font: { ...BODY_FONT, bold: true } };

export const HEADER_HEIGHT = 30;

export function printSetup(title: string, withTitleRow: boolean): PrintSpec {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: withTitleRow ? '1:1' : undefined,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerHeader: escapeHeaderText(title),
    centerFooter: '— &P —',
  };
}

/** `&` starts a header/footer code in Excel: a literal one is doubled. */
export function escapeHeaderText(text: string): string {
  return text.replace(/&/g, '&&');
}
