/**
 * Loading pdfjs-dist in Node. Its builds are ES modules only (`pdf.mjs`), while this program is
 * compiled to CommonJS, where TypeScript turns `import()` into `require()` — which cannot load an
 * ES module in Node 20. So the import is written in a string TypeScript does not touch
 * (`new Function('s', 'return import(s)')`), which Node runs as a real dynamic import.
 *
 * Under Jest that same call fails ("A dynamic import callback was invoked without
 * --experimental-vm-modules"): Jest runs test code in a vm context whose `import()` it handles
 * itself, and only with that flag. Then the import is compiled in Node's main context instead
 * (`vm.runInThisContext` with `USE_MAIN_CONTEXT_DEFAULT_LOADER`, Node ≥ 20.12), so the tests load
 * pdfjs exactly as the CLI does, with no flag and no transform of pdfjs itself.
 */
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { PdfPage } from '../core/import';
import type { Pdfjs } from './pdfjs-types';
import { readPdfPages } from './read-pdf';

const SPECIFIER = 'pdfjs-dist/legacy/build/pdf.mjs';

let loading: Promise<Pdfjs> | undefined;

/** Reads a PDF's pages in Node (the CLI, the tests). */
export async function readPdfFile(data: Uint8Array): Promise<PdfPage[]> {
  return readPdfPages(await loadPdfjs(), data, pdfjsDataDirs());
}

/** pdfjs-dist's legacy build (it runs in Node and in old webviews), loaded once. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importEsm(require.resolve(SPECIFIER));
  return loading;
}

/** Where pdfjs-dist keeps its character maps and standard fonts: read from disk, never fetched. */
export function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
}

async function importEsm(file: string): Promise<Pdfjs> {
  const native = new Function('s', 'return import(s)') as (s: string) => Promise<Pdfjs>;
  try {
    return await native(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' && !/experimental-vm-modules/.test(String(err))) throw err;
    const loader = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
    if (loader === undefined) throw err;
    // Node notes once on stderr that this constant is experimental; only tests get here.
    const mainContext = vm.runInThisContext('(s) => import(s)', { importModuleDynamically: loader }) as (s: string) => Promise<Pdfjs>;
    return mainContext(file);
  }
}
