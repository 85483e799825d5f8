/**
 * Characters a cell cannot keep or nobody can see. ExcelJS drops C0 control characters (all but
 * tab, line feed and carriage return) and DEL when it writes a workbook — XML 1.0 cannot hold
 * most of them — so a unit `区财政局\u0007` kept in the ledger comes back from its 报送表 as
 * `区财政局`. The byte-order mark and zero-width characters survive, but make two names that look
 * the same differ. Text from outside is cleaned of both once, where it comes in (the importer),
 * and consolidation compares texts in the same cleaned form.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/** The text without invisible characters: `区财政局\u0007` → `区财政局`. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
