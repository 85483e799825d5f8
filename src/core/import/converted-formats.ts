/**
 * Breakdown files in formats read only after LibreOffice converts them: word-processor files to
 * .docx, spreadsheets (.xls, WPS's .et, .ods) to .xlsx. The CLI converts them; the task pane, which
 * cannot, says to save them in that form.
 */
export type ConvertedKind = 'docx' | 'xlsx';

const CONVERTED_TO: Readonly<Record<string, ConvertedKind>> = {
  '.doc': 'docx', '.wps': 'docx', '.odt': 'docx',
  '.xls': 'xlsx', '.et': 'xlsx', '.ods': 'xlsx',
};

/** What a file named `name` is converted to before it is read, or null when it is read as it is. */
export function convertedTo(name: string): ConvertedKind | null {
  const ext = /\.[a-z0-9]+$/i.exec(name)?.[0].toLowerCase() ?? '';
  return CONVERTED_TO[ext] ?? null;
}
