/**
 * What a file handed to a merge is, from its name alone: one rule for the CLI's folders and the
 * pane's picked files, so both account for every file the same way.
 */
export type ReturnFileKind = 'workbook' | 'convertible' | 'lock-file' | 'not-return-file';

/** Read directly. */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm'];
/** Other spreadsheet formats a unit may save its return in; LibreOffice can make them .xlsx. */
export const CONVERTIBLE_EXTENSIONS: readonly string[] = ['.xls', '.ods', '.et', '.csv', '.wps'];

/** `.XLSX` → `.xlsx`; '' when the name has no extension. */
export function fileExtension(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

export function returnFileKind(name: string): ReturnFileKind {
  if (name.startsWith('~$')) return 'lock-file';
  const ext = fileExtension(name);
  if (WORKBOOK_EXTENSIONS.includes(ext)) return 'workbook';
  if (CONVERTIBLE_EXTENSIONS.includes(ext)) return 'convertible';
  return 'not-return-file';
}

/** For a file picker's `accept`: every format a return may come in. */
export const RETURN_FILE_ACCEPT = [...WORKBOOK_EXTENSIONS, ...CONVERTIBLE_EXTENSIONS].join(',');
