/** A text cell that links to the first web address its text holds (the rule of src/core/text/links.ts). */
import { firstLink } from '../core/text';
import type { CellContent } from './types';

export function linkedTextCell(value: string): CellContent {
  if (value === '') return { value: null };
  const link = firstLink(value);
  return link === undefined ? { value } : { value, link };
}
