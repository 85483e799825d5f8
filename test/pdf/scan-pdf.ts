/**
 * A PDF as a scanner makes it: each page one picture, no text. Written by hand (objects, xref,
 * trailer) so that nothing in it is text: a grey 8×8 image drawn over the page.
 */
export function scannedPdf(pages = 2): Buffer {
  return pdfFile(scanObjects(pages));
}

function scanObjects(pages: number): string[] {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  const pixels = 'x'.repeat(64);
  for (let p = 0; p < pages; p++) {
    const page = objects.length + 1;
    kids.push(`${page} 0 R`);
    const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n${pixels}\nendstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return objects;
}

/**
 * One page as Word draws a table: cell borders as thin filled rectangles (`re f`) under a moved
 * origin (`cm`), text in Helvetica, a font the PDF does not embed (pdfjs takes it from its
 * standard fonts).
 */
export function filledBordersPdf(): Buffer {
  const content = [
    'q 1 0 0 1 50 700 cm',
    '0 0 200 0.5 re 0 -40 200 0.5 re f',
    '0 -40 0.5 40.5 re 100 -40 0.5 40.5 re 199.5 -40 0.5 40.5 re f',
    'Q',
    'BT /F1 10 Tf 55 680 Td (Task) Tj ET',
    'BT /F1 10 Tf 155 680 Td (Unit) Tj ET',
  ].join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/**
 * A ruled table as many Chinese PDFs are written (iText's STSong-Light): every character in a
 * CJK font the PDF does not embed, addressed through the predefined CMap UniGB-UCS2-H. pdfjs
 * reads such text only with its character maps (UniGB-UCS2-H and Adobe-GB1-UCS2). `title` above
 * the table; `rows[0]` is the header; each column is `widths[i]` points wide, each row 30 points.
 */
export function predefinedCmapPdf(title: string, rows: readonly (readonly string[])[], widths: readonly number[]): Buffer {
  const ucs2 = (text: string) => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const [left, top, height] = [40, 760, 30];
  const right = left + widths.reduce((a, b) => a + b, 0);
  const bottom = top - rows.length * height;
  const lines: string[] = [`BT /F1 14 Tf ${left} ${top + 20} Td ${ucs2(title)} Tj ET`, '0.5 w'];
  for (let r = 0; r <= rows.length; r++) lines.push(`${left} ${top - r * height} m ${right} ${top - r * height} l S`);
  for (let c = 0, x = left; c <= widths.length; x += widths[c] ?? 0, c++) lines.push(`${x} ${top} m ${x} ${bottom} l S`);
  rows.forEach((row, r) => row.forEach((text, c) => {
    const x = left + widths.slice(0, c).reduce((a, b) => a + b, 0) + 4;
    lines.push(`BT /F1 10 Tf ${x} ${top - r * height - 19} Td ${ucs2(text)} Tj ET`);
  }));
  const content = lines.join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

function pdfFile(objects: readonly string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
