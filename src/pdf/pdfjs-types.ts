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
