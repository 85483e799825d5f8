/** Font families installed on this machine, from fontconfig (`fc-list`); empty when fontconfig is missing. */
import { execFile } from 'node:child_process';

export function installedFontFamilies(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => {
      if (error) return resolve([]);
      // One line per font file, alternative names separated by commas (`Noto Serif CJK SC,Noto Serif CJK SC Bold`).
      resolve([...new Set(stdout.split('\n').flatMap((line) => line.split(',')).map((f) => f.trim()).filter(Boolean))]);
    });
  });
}
