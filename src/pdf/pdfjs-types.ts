/**
 * The part of pdfjs-dist's API the reader uses, declared here: its own types are for an ES
 * module, which this CommonJS build cannot import as types without switching module resolution.
 */
export interface Pdfjs {
  getDocument(source: PdfjsSource): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}

export interface PdfjsSource {
  data: Uint8Array;
  cMapUrl: string;
  cMapPacked: boolean;
  standardFontDataUrl: string;
  useSystemFonts: boolean;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  stopAtErrors: boolean;
  verbosity: number;
  /** In a page: where pdfjs gets its cMaps and fonts instead of fetching them (src/taskpane/pdf-pages.ts). */
  BinaryDataFactory?: new (urls: { cMapUrl?: string | null; standardFontDataUrl?: string | null }) => { fetch(what: { kind: string; filename: string }): Promise<Uint8Array> };
  useWorkerFetch?: boolean;
  useWasm?: boolean;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

export interface PdfjsPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: (PdfjsTextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}

export interface PdfjsTextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
}
