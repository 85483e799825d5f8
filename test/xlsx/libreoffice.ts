/** LibreOffice and poppler for the tests: headless conversions (fresh profile each run) and PDF page pixels. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts `file` with `soffice --headless --convert-to <format>`; returns the path written. */
export async function sofficeConvert(file: string, format: string, outDir: string, inFilter?: string): Promise<{ output: string; stderr: string }> {
  const profileDir = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  const profile = pathToFileURL(profileDir).href;
  const filter = inFilter ? [`--infilter=${inFilter}`] : [];
  const stderr = await new Promise<string>((resolve, reject) => {
    execFile('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...filter, '--convert-to', format, '--outdir', outDir, file], { timeout: 180_000 }, (err, _out, errText) =>
      err ? reject(new Error(`soffice failed: ${err.message}\n${errText}`)) : resolve(errText),
    );
  }).finally(() => rm(profileDir, { recursive: true, force: true }));
  const output = join(outDir, `${basename(file, extname(file))}.${format.split(':')[0]}`);
  if (!existsSync(output)) throw new Error(`soffice wrote no ${output}: ${stderr}`);
  return { output, stderr };
}

export interface Raster {
  width: number;
  height: number;
  /** [r, g, b] at pixel (x, y). */
  at(x: number, y: number): [number, number, number];
}

/** Page `page` of a PDF rendered by pdftoppm at `dpi`, as pixels. */
export function rasterPage(pdf: string, page: number, dpi: number): Raster {
  const data = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf], { maxBuffer: 256 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a P6 image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return {
    width,
    height,
    at: (x, y) => {
      const i = offset + (Math.round(y) * width + Math.round(x)) * 3;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

/** The most frequent colour along a horizontal line from x0 to x1 (text pixels are a minority). */
export function dominantColour(raster: Raster, y: number, x0: number, x1: number): string {
  const counts = new Map<string, number>();
  for (let x = Math.max(0, x0); x <= Math.min(raster.width - 1, x1); x++) {
    const hex = raster.at(x, y).map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export function fileBytes(path: string): Buffer {
  return readFileSync(path);
}

/**
 * Cached cell values of an .xlsx as the program that saved it computed them, read from the XML
 * (ExcelJS drops falsy formula results such as 0 and ''). Strings as text, numbers as numbers,
 * empty results as null.
 */
export async function readCachedValues(file: string): Promise<(sheet: string, address: string) => string | number | null> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1])).join(''));
  const rels = new Map([...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets = new Map<string, Map<string, string | number | null>>();
  for (const m of (await text('xl/workbook.xml')).matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = rels.get(m[2])!.replace(/^\/?xl\//, '');
    const cells = new Map<string, string | number | null>();
    for (const c of (await text(`xl/${target}`)).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="(\w+)"/.exec(c[2])?.[1] ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3] ?? '')?.[1];
      let value: string | number | null = null;
      if (type === 's' && raw !== undefined) value = shared[Number(raw)];
      else if (type === 'inlineStr' && inline !== undefined) value = unescape(inline);
      else if ((type === 'str' || type === 'e') && raw !== undefined) value = unescape(raw);
      else if (type === 'b' && raw !== undefined) value = raw === '1' ? 1 : 0;
      else if (raw !== undefined && raw !== '') value = Number(raw);
      cells.set(c[1], value === '' ? null : value);
    }
    sheets.set(unescape(m[1]), cells);
  }
  return (sheet, address) => sheets.get(sheet)?.get(address) ?? null;
}
