/**
 * The columns of a 报送表: their Chinese headers (with the variants people type when they
 * rebuild a return by hand), which ones a unit owns, and how values are compared.
 */
import { stripInvisible } from '../text';
import { FIELD_LABELS, RETURN_HEADER_ALIASES, RETURN_HEADERS } from '../fields';
import type { OwnedField, ReturnFieldKey } from './types';

export { OWNED_FIELDS, WATCHED_FIELDS } from '../fields';

/** The header each column carries in the returns we write (the field registry's). */
export const FIELD_HEADERS: Record<ReturnFieldKey, string> = RETURN_HEADERS;

/** Field names as 变更记录 shows them. */
export const OWNED_FIELD_LABELS: Record<OwnedField, string> = FIELD_LABELS;

/** Drops spaces, line breaks, `*` marks and parenthesised notes: `完成状态（必填）*` → `完成状态`. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

let headerFields: Map<string, ReturnFieldKey> | undefined;

/** Each normalised header and alias → its field; of two fields naming the same text, the first in the registry's order. */
function fieldsByHeader(): Map<string, ReturnFieldKey> {
  if (headerFields) return headerFields;
  headerFields = new Map();
  for (const key of Object.keys(FIELD_HEADERS) as ReturnFieldKey[]) {
    for (const text of [FIELD_HEADERS[key], ...RETURN_HEADER_ALIASES[key]]) {
      const h = normalizeHeader(text);
      if (!headerFields.has(h)) headerFields.set(h, key);
    }
  }
  return headerFields;
}

/** The field a header names, or undefined. */
export function fieldForHeader(text: string): ReturnFieldKey | undefined {
  const h = normalizeHeader(text);
  if (h === '') return undefined;
  return fieldsByHeader().get(h);
}

/** Trims each line and the whole text; Windows line ends become `\n`; control and zero-width characters go. */
export function cleanText(text: string): string {
  const visible = stripInvisible(text);
  if (!/\s/.test(visible)) return visible; // nothing to trim (most cells): no split and join
  return visible
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/**
 * Text compared for "did the unit change it": all white space ignored, and the control and
 * zero-width characters a workbook does not keep (a ledger imported before they were cleaned).
 */
export function comparableText(text: string): string {
  return stripInvisible(text).replace(/\s+/g, '');
}

export function splitUnits(text: string): string[] {
  return stripInvisible(text)
    .split(/[、，,；;\s]+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** Statuses are read by the ledger's rule; returns use the same one. */
export { parseStatus } from '../ledger';
