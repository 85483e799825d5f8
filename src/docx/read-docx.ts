import JSZip from 'jszip';
import { labelListParagraphs } from './list-labels';
import { xmlProblemText, zipXmlProblem } from '../xlsx/xml-check';
import { guardZip } from '../xlsx/zip-guard';
import { BREAKDOWN_ZIP_LIMITS, zipProblemText } from '../xlsx/zip-limits';

/** The .docx could not be read; the message is Chinese and does not name the file (the caller does). */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxReadError';
  }
}

const DOCUMENT_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';
const NOT_ZIP = '不是有效的 .docx 文件（无法作为 zip 压缩包打开）';

/**
 * Opens a .docx (a zip) and returns its `word/document.xml` as a string, for the core to read, with
 * automatic numbering (`word/numbering.xml`, through `word/styles.xml` too) written out as text.
 * `file`, when given, is named in the error message.
 */
export async function readDocxDocumentXml(data: Uint8Array | ArrayBuffer, file = ''): Promise<string> {
  const named = (message: string) => new DocxReadError(file ? `${file}：${message}` : message);
  const problem = await guardZip(data instanceof Uint8Array ? data : new Uint8Array(data), BREAKDOWN_ZIP_LIMITS);
  if (problem) throw named(problem.kind === 'malformed' ? NOT_ZIP : zipProblemText(problem));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw named(NOT_ZIP);
  }
  const xml = await zipXmlProblem(zip);
  if (xml) throw named(xmlProblemText(xml));
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw named('不是有效的 .docx 文件（缺少 word/document.xml）');
  const [document, numbering, styles] = await Promise.all([part.async('string'), zip.file(NUMBERING_PART)?.async('string'), zip.file(STYLES_PART)?.async('string')]);
  return numbering ? labelListParagraphs(document, numbering, styles) : document;
}
