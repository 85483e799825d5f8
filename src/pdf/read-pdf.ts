/**
 * Reads a PDF's pages for the importer with pdfjs-dist: the text pieces with their boxes and the
 * straight lines drawn (table rules), in points from the page's top-left. No network: character
 * maps and standard fonts come from pdfjs-dist's own folders. Geometry is the core's
 * (src/core/import/pdf-grid.ts).
 */
import type { PdfPage, PdfRule, PdfTextItem } from '../core/import';
import type { Pdfjs, PdfjsPage, PdfjsSource, PdfjsTextItem } from './pdfjs-types';

/** The PDF could not be read; the message is Chinese and does not name the file (the caller does). */
export class PdfReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

type Matrix = [number, number, number, number, number, number];

/**
 * Reads every page of the PDF in `data` with a loaded pdfjs (Node: src/pdf/load-pdfjs.ts; a
 * browser bundle imports it: src/taskpane/pdf-pages.ts), `dataDirs` its cMaps and standard fonts
 * (paths or URLs, or, in a page, the factory that hands them over).
 */
export async function readPdfPages(pdfjs: Pdfjs, data: Uint8Array, dataDirs: Pick<PdfjsSource, 'cMapUrl' | 'standardFontDataUrl' | 'BinaryDataFactory' | 'useWorkerFetch' | 'useWasm'>): Promise<PdfPage[]> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    ...dataDirs,
    cMapPacked: true,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new PdfReadError('PDF 文件设有密码，无法读取；请先用 PDF 阅读器去掉密码（或另存为不加密的 PDF）后再导入');
    throw new PdfReadError(`不是有效的 PDF 文件（${(err as Error).message}）`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(pdfjs, await doc.getPage(n)));
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function readPage(pdfjs: Pdfjs, page: PdfjsPage): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    items.push(textItem(raw, view));
  }
  const ops = await page.getOperatorList();
  const rules = drawnRules(pdfjs.OPS, ops.fnArray, ops.argsArray, view);
  page.cleanup();
  return { width: viewport.width, height: viewport.height, items, rules };
}

function textItem(item: PdfjsTextItem, view: Matrix): PdfTextItem {
  const [a, b, c, d, e, f] = item.transform;
  const [x, baseline] = apply(view, e, f);
  const size = item.height || Math.hypot(c, d) || Math.hypot(a, b);
  const scale = Math.hypot(view[0], view[1]);
  return { text: item.str, x, top: baseline - size * scale, width: item.width * scale, height: size * scale };
}

/** DrawOPS of pdfjs 5's constructPath data. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/**
 * Horizontal and vertical lines from the operator list: stroked path segments, and filled
 * rectangles thin enough to be a line (how Word draws cell borders). The current transform is
 * followed through save/restore, `cm` and form XObjects.
 */
function drawnRules(OPS: Record<string, number>, fnArray: readonly number[], argsArray: readonly unknown[], view: Matrix): PdfRule[] {
  const stroking = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filling = new Set([OPS.fill, OPS.eoFill]);
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = compose(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = compose(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data || (!stroking.has(op) && !filling.has(op))) return;
      const toPage = compose(view, ctm);
      for (const path of subpaths(data)) {
        const points = path.map(([x, y]) => apply(toPage, x, y));
        if (stroking.has(op)) rules.push(...segments(points));
        else {
          const thin = thinRectangle(points);
          if (thin) rules.push(thin);
        }
      }
    }
  });
  return rules;
}

/** Subpaths as point lists; a closed one repeats its first point; a curve ends the straight run. */
function subpaths(data: ArrayLike<number>): [number, number][][] {
  const paths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length;) {
    const code = data[i];
    if (code === MOVE) {
      if (current.length > 1) paths.push(current);
      current = [[data[i + 1], data[i + 2]]];
      i += 3;
    } else if (code === LINE) {
      current.push([data[i + 1], data[i + 2]]);
      i += 3;
    } else if (code === CURVE || code === QUAD) {
      if (current.length > 1) paths.push(current);
      const n = code === CURVE ? 6 : 4;
      current = [[data[i + n - 1], data[i + n]]];
      i += n + 1;
    } else if (code === CLOSE) {
      if (current.length > 1) paths.push([...current, current[0]]);
      current = current.length > 0 ? [current[0]] : [];
      i += 1;
    } else break;
  }
  if (current.length > 1) paths.push(current);
  return paths;
}

function segments(points: readonly [number, number][]): PdfRule[] {
  const found: PdfRule[] = [];
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k - 1];
    const [x2, y2] = points[k];
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > 0) found.push({ x1: Math.min(x1, x2), y1, x2: Math.max(x1, x2), y2: y1 });
    else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > 0) found.push({ x1, y1: Math.min(y1, y2), x2: x1, y2: Math.max(y1, y2) });
  }
  return found;
}

/** A filled axis-aligned rectangle at most 3 points thick, as the line along its middle. */
function thinRectangle(points: readonly [number, number][]): PdfRule | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = points.every(([x, y]) => (Math.abs(x - left) < 0.5 || Math.abs(x - right) < 0.5) && (Math.abs(y - top) < 0.5 || Math.abs(y - bottom) < 0.5));
  if (!axisAligned) return null;
  if (bottom - top <= 3 && right - left > bottom - top) return { x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 };
  if (right - left <= 3 && bottom - top > right - left) return { x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom };
  return null;
}

/** `outer` after `inner`: first `inner`, then `outer` (PDF's `cm` on the current matrix). */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
