/**
 * A PDF page as the PDF reader (src/pdf) gives it to the importer: text pieces with their boxes
 * and the straight lines drawn on it, in points, x to the right and y down from the page's top.
 */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Horizontal and vertical lines drawn (stroked lines, thin filled rectangles). */
  rules: PdfRule[];
}

export interface PdfTextItem {
  text: string;
  x: number;
  /** Top of the glyphs' box (baseline minus font size). */
  top: number;
  width: number;
  /** The font size: the box's height. */
  height: number;
}

/** A horizontal (y1 = y2) or vertical (x1 = x2) line, from the smaller coordinate to the larger. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A rectangle: a table cell, or the box holding a block of text. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
