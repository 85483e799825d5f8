/**
 * A PDF read in the page with pdfjs-dist's legacy build, as the CLI reads it (src/pdf/read-pdf.ts),
 * and with no network: pdfjs's worker is part of the bundle and runs in the page (importing it
 * sets `globalThis.pdfjsWorker`, so pdfjs needs no worker file), and its character maps and
 * standard fonts are bundled data (webpack inlines them, see webpack.config.js), handed to pdfjs
 * by a BinaryDataFactory instead of being fetched. Loaded only when a PDF is imported.
 */
import type { PdfPage } from '../core/import';
import type { Pdfjs } from '../pdf/pdfjs-types';
import { PdfReadError, readPdfPages } from '../pdf/read-pdf';

let loading: Promise<Pdfjs> | undefined;

async function loadPdfjs(): Promise<Pdfjs> {
  const [pdfjs] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs'),
    import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
  ]);
  return pdfjs;
}

/** A bundled data file of pdfjs-dist as bytes: webpack turned it into a `data:` URL. */
async function bundledData(kind: string, filename: string): Promise<Uint8Array> {
  const module = kind === 'cMapUrl'
    ? await import(/* webpackChunkName: "pdfjs-cmaps", webpackMode: "lazy-once" */ `pdfjs-dist/cmaps/${filename}`)
    : await import(/* webpackChunkName: "pdfjs-fonts", webpackMode: "lazy-once" */ `pdfjs-dist/standard_fonts/${filename}`);
  const url = String((module as { default: unknown }).default);
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** pdfjs's hook for its data files (cMaps, standard fonts): served from the bundle, never fetched. */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl' && kind !== 'standardFontDataUrl') throw new Error(`no bundled ${kind} data`);
    try {
      return await bundledData(kind, filename);
    } catch {
      throw new Error(`Unable to load ${kind} data: ${filename}`);
    }
  }
}

/** The PDF's pages for the importer; a PDF that cannot be read throws its Chinese message naming `file`. */
export async function readPdfInPage(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  loading ??= loadPdfjs();
  try {
    return await readPdfPages(await loading, bytes, {
      // Names only: with BundledDataFactory nothing is fetched from them.
      cMapUrl: 'bundled:cmaps/',
      standardFontDataUrl: 'bundled:standard_fonts/',
      BinaryDataFactory: BundledDataFactory,
      useWorkerFetch: false,
      useWasm: false,
    });
  } catch (err) {
    if (err instanceof PdfReadError) throw new Error(file ? `${file}：${err.message}` : err.message);
    throw err;
  }
}
