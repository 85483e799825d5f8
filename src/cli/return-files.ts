/**
 * The returned files of a merge: every file in a named folder is accounted for — read, converted
 * through LibreOffice (.ods, .et, .xls, .csv, .wps), or named as ignored (Excel's `~$` lock
 * files, files that are not spreadsheets). A file that cannot be read is reported for itself and
 * never stops the others.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { MSG, finding, returnFileKind } from '../core/consolidate';
import type { FindingCode } from '../core/finding';
import type { ParsedReturn } from '../core/consolidate';
import { convertToXlsx } from '../xlsx/convert-xlsx';
import { readReturnXlsx } from '../xlsx/read-return';
import { CliError } from './cli-error';
import { isWriterWorkFile } from './safe-write';

export interface IgnoredFile {
  file: string;
  code: string;
  message: string;
}

export interface Inbox {
  files: string[];
  ignored: IgnoredFile[];
}

/** Files named directly, and the files inside named folders (not the ledger, not its backups, not hidden files). */
export async function returnFiles(inputs: string[], ledgerFile: string): Promise<Inbox> {
  const files: string[] = [];
  const ignored: IgnoredFile[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) throw new CliError(`找不到文件或文件夹：${input}`);
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input)).sort();
    for (const name of names) {
      const full = path.join(input, name);
      if (name.startsWith('.') || isWriterWorkFile(name) || name.includes('.备份-') || path.resolve(full) === path.resolve(ledgerFile)) continue;
      if (!(await fs.stat(full).catch(() => null))?.isFile()) continue;
      const kind = returnFileKind(name);
      if (kind === 'lock-file') ignored.push({ file: name, code: 'consolidate.lock-file', message: MSG.lockFile(name) });
      else if (kind === 'not-return-file') ignored.push({ file: name, code: 'consolidate.not-return-file', message: MSG.notReturnFile(name) });
      else files.push(full);
    }
  }
  if (files.length === 0) throw new CliError('没有找到要合并的报送表（.xlsx 文件）');
  return { files, ignored };
}

function unreadable(file: string, code: FindingCode, message: string): ParsedReturn {
  return { kind: 'error', file, findings: [finding('error', code, message, { file })] };
}

/** One returned file as consolidation reads it; `soffice` null when LibreOffice is not installed. */
export async function loadReturn(file: string, soffice: string | null): Promise<ParsedReturn> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const reason = code === 'EACCES' || code === 'EPERM' ? MSG.noReadPermission() : code;
    return unreadable(name, 'consolidate.unreadable-file', MSG.unreadableFile(name, reason));
  }
  const ext = path.extname(name).toLowerCase();
  if (returnFileKind(name) !== 'convertible') return readReturnXlsx(bytes, name);
  if (soffice === null) return unreadable(name, 'consolidate.needs-conversion', MSG.needsConversion(name, ext));
  try {
    bytes = await convertToXlsx(soffice, file);
  } catch {
    return unreadable(name, 'consolidate.conversion-failed', MSG.conversionFailed(name, ext));
  }
  const parsed = await readReturnXlsx(bytes, name);
  if (parsed.kind === 'return') parsed.findings.push(finding('info', 'consolidate.converted', MSG.converted(name, ext), { file: name }));
  return parsed;
}
