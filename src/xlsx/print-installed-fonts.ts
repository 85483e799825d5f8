/** What this machine's fontconfig says about fonts, for printing through LibreOffice. */
import { execFile } from 'node:child_process';
import { libreOfficeMetrics } from '../layout/print-columns';
import { choosePrintFonts } from '../layout/print-fonts';
import type { PrintOptions } from '../layout/print-style';

/** Font families installed on this machine, from fontconfig (`fc-list`); empty when fontconfig is missing. */
export function installedFontFamilies(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => {
      if (error) return resolve([]);
      // One line per font file, alternative names separated by commas (`Noto Serif CJK SC,Noto Serif CJK SC Bold`).
      resolve([...new Set(stdout.split('\n').flatMap((line) => line.split(',')).map((f) => f.trim()).filter(Boolean))]);
    });
  });
}

/** The family fontconfig gives for Calibri (what LibreOffice draws the default font with when Calibri and Carlito are missing); '' when unknown. */
export function calibriSubstitute(): Promise<string> {
  return new Promise((resolve) => {
    execFile('fc-match', ['-f', '%{family}', 'Calibri'], (error, stdout) => resolve(error ? '' : stdout.split(',')[0].trim()));
  });
}

/** Print options for a PDF made by LibreOffice here: the fonts this machine has, the column metrics LibreOffice will use. */
export async function libreOfficePrintOptions(): Promise<PrintOptions> {
  const [families, calibri] = await Promise.all([installedFontFamilies(), calibriSubstitute()]);
  return { fonts: choosePrintFonts(families), columns: libreOfficeMetrics(calibri) };
}
