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
