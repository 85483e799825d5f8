/**
 * Word-processor files the importer cannot read itself (.doc, .wps, .odt) converted to .docx by
 * LibreOffice, in a temporary folder with a fresh user profile (removed afterwards).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importMessages as msg } from '../core/finding';
import { findSoffice } from '../xlsx/print-pdf';
import { CliError } from './cli-error';
import { SOFFICE_ENV } from './print-command';

const TIMEOUT_MS = 180_000;

/** `bytes` (a `.doc`, `.wps` or `.odt` named `file`) as the bytes of a .docx. */
export async function convertToDocx(file: string, ext: string, bytes: Uint8Array): Promise<Uint8Array> {
  const soffice = findSoffice(process.env[SOFFICE_ENV] || undefined);
  if (soffice === null) throw new CliError(`${file}：${msg.needsLibreOffice(ext)}`);
  const work = await mkdtemp(join(tmpdir(), 'task-ledger-convert-'));
  try {
    const source = join(work, 'in', `breakdown${ext}`);
    const outDir = join(work, 'out');
    await mkdir(join(work, 'in'));
    await writeFile(source, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, source];
    const stderr = await new Promise<string>((resolve) => {
      execFile(soffice, args, { timeout: TIMEOUT_MS }, (error, _out, errText) => resolve(error ? `${error.message}\n${errText}` : errText));
    });
    try {
      return await readFile(join(outDir, 'breakdown.docx'));
    } catch {
      throw new CliError(`${file}：${msg.conversionFailed(ext, stderr.trim().split('\n')[0] ?? '')}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
