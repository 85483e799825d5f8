/**
 * XML parts of a zip (a workbook, a .docx) that no Office program writes: a DOCTYPE or ENTITY
 * declaration (entity expansion is how "billion laughs" files attack a reader) or a character
 * reference to no character (`&#x110000;`). Found before any XML parser sees the file, so the
 * user is told what is wrong instead of "file incomplete" or an internal error.
 */
import type JSZip from 'jszip';

export type XmlProblem = { kind: 'entities'; part: string } | { kind: 'bad-char-ref'; part: string; ref: string };

const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;
const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;
const XML_PART = /\.(xml|rels|vml)$/i;

/** Characters XML 1.0 allows (Char production). */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function xmlTextProblem(part: string, xml: string): XmlProblem | null {
  if (DECLARATION.test(xml)) return { kind: 'entities', part };
  for (const m of xml.matchAll(CHAR_REF)) {
    const cp = m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!isXmlChar(cp)) return { kind: 'bad-char-ref', part, ref: m[0] };
  }
  return null;
}

/** The first problem of the zip's XML parts, or null. */
export async function zipXmlProblem(zip: JSZip): Promise<XmlProblem | null> {
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir || !XML_PART.test(name)) continue;
    const problem = xmlTextProblem(name, await entry.async('string'));
    if (problem) return problem;
  }
  return null;
}

/** `含有 XML 实体声明（DOCTYPE/ENTITY）` / `含有无效的字符引用 &#x110000;`, naming the part. */
export function xmlProblemText(problem: XmlProblem): string {
  return problem.kind === 'entities'
    ? `内部的 ${problem.part} 含有 XML 实体声明（DOCTYPE/ENTITY），Office 软件不会生成这样的文件，为安全起见不读取`
    : `内部的 ${problem.part} 含有无效的字符引用 ${problem.ref}（不对应任何字符），文件已损坏或被改动过，无法读取`;
}
