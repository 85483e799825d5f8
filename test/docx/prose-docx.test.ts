import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBreakdown } from '../../src/cli/load-breakdown';
import { importBreakdown } from '../../src/core/import';
import type { Task } from '../../src/core/ledger/task';
import { BEIHU, LONGQUAN, YUNYANG } from '../fixtures/tables/expected-round3';
import { readTable } from '../fixtures/tables/read-table';
import { sofficeConvert } from '../xlsx/libreoffice';
import { toFodt } from './writer-documents';

/**
 * Issue 13: the prose 分工方案 of blind round 3, each line a paragraph, saved as .docx by
 * LibreOffice Writer and imported as `task-ledger import` does: the same tasks as their text.
 */
const CASES = [LONGQUAN, YUNYANG, BEIHU];
const dir = mkdtempSync(join(tmpdir(), 'prose-docx-'));
const docx = new Map<string, string>();

beforeAll(async () => {
  for (const c of CASES) {
    const source = join(dir, c.file.replace(/\.txt$/, '.fodt'));
    const paragraphs = readTable(c).split('\n').filter((l) => l.trim() !== '').map((paragraph) => ({ paragraph }));
    writeFileSync(source, toFodt(paragraphs));
    docx.set(c.file, (await sofficeConvert(source, 'docx:MS Word 2007 XML', dir)).output);
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const view = (t: Task) => [t.id, t.category.title, t.task, t.leadUnits, t.coUnits, t.deadline.kind, t.deadline.due];

describe.each(CASES.map((c) => [c.file, c] as const))('%s saved as .docx by Writer', (file, c) => {
  it('imports the tasks its text does', async () => {
    const result = await loadBreakdown(docx.get(file)!, { year: c.planYear });
    const text = importBreakdown({ kind: 'text', text: readTable(c) }, { planYear: c.planYear });
    expect(result.tasks).toHaveLength(c.count);
    expect(result.tasks.map(view)).toEqual(text.tasks.map(view));
  });
});
