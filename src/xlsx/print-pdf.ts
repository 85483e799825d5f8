/**
 * Converting a workbook to PDF with LibreOffice (`soffice --headless --convert-to pdf`). Each run
 * gets a fresh user profile in a temporary folder, so a running LibreOffice or a broken profile
 * of the user never interferes; the folder is removed afterwards.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CONVERSION_TIMEOUT_MS = 180_000;
const SOFFICE_NAMES = ['soffice', 'libreoffice'];

export class LibreOfficeMissingError extends Error {
  constructor() {
    super('LibreOffice (soffice) not found');
    this.name = 'LibreOfficeMissingError';
  }
}

export class PdfConversionError extends Error {
  constructor(readonly detail: string) {
    super(`LibreOffice could not convert the workbook: ${detail}`);
    this.name = 'PdfConversionError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice program: `explicit` (a path or a name) when given, else the first `soffice`/`libreoffice` on PATH; null when none. */
export function findSoffice(explicit?: string, pathVariable = process.env.PATH ?? ''): string | null {
  const names = explicit ? [explicit] : SOFFICE_NAMES;
  for (const name of names) {
    if (name.includes('/')) {
      if (isExecutable(name)) return name;
      continue;
    }
    for (const dir of pathVariable.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function run(program: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: CONVERSION_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new PdfConversionError(`${error.message}\n${stderr}`.trim()));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * Runs `soffice --convert-to <format>` on a copy of `inputPath` (so no file name can confuse it)
 * with a fresh profile, and hands the produced file to `use` before the temporary folder is
 * removed. `inputFilter` names LibreOffice's import filter when the extension is not enough (CSV).
 */
export async function withSofficeConversion<T>(
  program: string,
  inputPath: string,
  format: string,
  use: (produced: string) => Promise<T>,
  inputFilter?: string,
): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), 'task-ledger-soffice-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const outDir = join(work, 'out');
    const input = join(work, `input${extname(inputPath).toLowerCase()}`);
    await copyFile(inputPath, input);
    const filter = inputFilter ? [`--infilter=${inputFilter}`] : [];
    const { stderr } = await run(program, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...filter, '--convert-to', format, '--outdir', outDir, input]);
    const produced = join(outDir, `input.${format.split(':')[0]}`);
    if (!existsSync(produced)) throw new PdfConversionError(stderr.trim() || `no ${format} was written`);
    return await use(produced);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes `pdfPath` from the workbook at `xlsxPath`: every visible sheet, with the sheets' own page setup. */
export async function convertToPdf(xlsxPath: string, pdfPath: string, soffice?: string): Promise<void> {
  const program = findSoffice(soffice);
  if (program === null) throw new LibreOfficeMissingError();
  await withSofficeConversion(program, xlsxPath, 'pdf', (produced) => copyFile(produced, pdfPath));
}
