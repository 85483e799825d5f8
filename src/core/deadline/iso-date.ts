/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with no time part and no time zone.
 * Every date in the domain is one of these; "today" is always passed in.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function endOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, daysInMonth(year, month));
}

export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Excel's serial day number (1900 date system) for a date; 1 = 1900-01-01, with Excel's 1900 leap-year bug. */
export function toExcelSerial(date: IsoDate): number {
  return toEpochDay(date) + 25569;
}

export function fromExcelSerial(serial: number): IsoDate {
  return fromEpochDay(Math.floor(serial) - 25569);
}

/**
 * A local date-time without zone, to the second (`2026-12-06T05:08:43`): the form of 更新时间,
 * 报送时间 and the change history's 时间. Workbooks hold it as an Excel date-time serial.
 */
export type IsoDateTime = string;

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const SECONDS_PER_DAY = 86_400;
/** Excel's last day, 9999-12-31. */
const LAST_EXCEL_SERIAL = 2_958_466;

export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
}

/** The Excel serial of a date-time (whole days + fraction of the day); null when `value` is not one. */
export function toExcelDateTimeSerial(value: string): number | null {
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isIsoDateTime(value)) return null;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return toExcelSerial(m[1]) + seconds / SECONDS_PER_DAY;
}

/** A date-time serial back to `YYYY-MM-DDTHH:MM:SS`, to the nearest second; null outside Excel's dates. */
export function fromExcelDateTimeSerial(serial: number): IsoDateTime | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_EXCEL_SERIAL) return null;
  const total = Math.round(serial * SECONDS_PER_DAY);
  const day = Math.floor(total / SECONDS_PER_DAY);
  const s = total - day * SECONDS_PER_DAY;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${fromExcelSerial(day)}T${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}
