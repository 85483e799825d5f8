import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rightIn, roundDocuments, type Expected } from './blind-round';

/**
 * The blind and development rounds' real tables received as a notice's attachment in Office form
 * (scripts/render-blind-office.js: each table's .html opened by LibreOffice and saved — Calc for
 * .xlsx, merged cells merged and a cell's lines kept in the cell; Writer for .docx). Each must read
 * as the round's expected result says (text start, lead units, deadline). First run (2026-12-07,
 * after the PDF, copied and single .docx forms were read): 83 of 94 tasks right in each form. 长沙
 * 0/11: its lead cell is one unit written a few characters a line (`市政`/`府办`/`公厅`), read as three;
 * since a cell's lines that join into one narrow name are that name: 94 of 94. Blind round 8's four
 * tables (after its fixes): 28 of 28 in each form on the first run.
 */
const FORMS = ['xlsx', 'docx'] as const;
const dirOf = (form: string) => join(__dirname, '..', 'fixtures', `${form}-forms`);
const filesOf = (form: string) => readdirSync(dirOf(form)).filter((f) => f.endsWith(`.${form}`)).sort();
const expectedOf = (file: string): Expected => {
  const [round, name] = file.replace(/\.(?:xlsx|docx)$/, '').split('--');
  return roundDocuments(round).documents.find((d) => d.document === name)!;
};

it.each(FORMS)('holds the twenty-three tables of blind rounds 4–8 and round 7t as .%s', (form) => {
  expect(filesOf(form)).toHaveLength(23);
  expect(filesOf(form).every((f) => expectedOf(f) !== undefined)).toBe(true);
});

it.each(FORMS)('reads every task of each .%s', async (form) => {
  const files = filesOf(form);
  const right: Record<string, string> = {};
  for (const file of files) right[file] = `${await rightIn(dirOf(form), expectedOf(file), file)}/${expectedOf(file).count}`;
  expect(right).toEqual(Object.fromEntries(files.map((f) => [f, `${expectedOf(f).count}/${expectedOf(f).count}`])));
});
