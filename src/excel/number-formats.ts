/**
 * Number formats of a block of rows, as few writes as possible: a column whose cells share one
 * format gets it as a 1×1 array, which Excel applies to the whole range (OfficeDev/office-js-docs-pr#5400);
 * only a mixed column (e.g. one text cell that must stay text) carries a format per cell.
 */
import { columnLetter } from '../layout/a1';

export interface ColumnFormats {
  /** `C2:C501`. */
  address: string;
  formats: string[][];
}

export function columnFormatWrites(numberFormats: readonly string[][], firstRow: number): ColumnFormats[] {
  if (numberFormats.length === 0) return [];
  const lastRow = firstRow + numberFormats.length - 1;
  return numberFormats[0].map((first, j) => {
    const letter = columnLetter(j + 1);
    const column = numberFormats.map((row) => row[j]);
    const uniform = column.every((f) => f === first);
    return { address: `${letter}${firstRow}:${letter}${lastRow}`, formats: uniform ? [[first]] : column.map((f) => [f]) };
  });
}
