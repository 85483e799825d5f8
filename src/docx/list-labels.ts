import { alternativeFilter, XML_TOKEN } from '../core/import';
import { formatNumber } from './number-format';
import { readNumbering, readStyles, val, type Level, type Num, type Numbering, type StyleNumbering } from './numbering-parts';

/**
 * Automatic numbering (`一、` before a section heading, `1` in a 序号 column, `（一）`) is not text
 * in a .docx: the paragraph names a list and a level, and `word/numbering.xml` says how to count
 * and write it. Word, WPS and Writer number paragraphs so, directly or through their style (Writer
 * numbers 标题 headings through the Heading 1 style). This gives each numbered paragraph its label
 * as a text run, as Word's "convert numbering to text" does, so the importer reads what people see.
 * Pure: the parts go in as strings.
 */
export function labelListParagraphs(documentXml: string, numberingXml: string, stylesXml = ''): string {
  const numbering = readNumbering(numberingXml);
  if (numbering.nums.size === 0) return documentXml;
  const styles = readStyles(stylesXml);
  const counters = new Map<string, (number | undefined)[]>();
  const overridden = new Set<string>();
  const isRepeatedAlternative = alternativeFilter();
  const paragraphs: ParagraphProps[] = [];
  const inserts: { at: number; run: string }[] = [];
  let inChange = 0;

  for (const m of documentXml.matchAll(XML_TOKEN)) {
    if (isRepeatedAlternative(m)) continue;
    const [, closing, name, attrs, selfClosing] = m;
    if (!name) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    const p = paragraphs[paragraphs.length - 1];
    switch (name) {
      case 'w:p':
        if (isClose) paragraphs.pop();
        else if (!isEmpty) paragraphs.push({ inProps: false });
        break;
      case 'w:pPr':
        if (p && !isEmpty && inChange === 0) {
          p.inProps = !isClose;
          if (isClose) {
            const label = labelOf(p, numbering, styles, counters, overridden);
            if (label) inserts.push({ at: (m.index ?? 0) + m[0].length, run: label });
          }
        }
        break;
      case 'w:pPrChange':
        // The paragraph's properties before a tracked change: not what shows.
        if (!isEmpty) inChange += isClose ? -1 : 1;
        break;
      case 'w:pStyle':
        if (p?.inProps && inChange === 0) p.style = val(attrs);
        break;
      case 'w:ilvl':
        if (p?.inProps && inChange === 0) p.level = Number(val(attrs) ?? 0);
        break;
      case 'w:numId':
        if (p?.inProps && inChange === 0) p.numId = val(attrs);
        break;
    }
  }
  let out = '';
  let from = 0;
  for (const { at, run } of inserts) {
    out += documentXml.slice(from, at) + run;
    from = at;
  }
  return out + documentXml.slice(from);
}

interface ParagraphProps {
  inProps: boolean;
  style?: string;
  numId?: string;
  level?: number;
}

/** The list and level of a paragraph: its own numPr, else its style's (through basedOn). */
function listOf(p: ParagraphProps, styles: Map<string, StyleNumbering>): { numId: string; level?: number; style?: string } | null {
  let numId = p.numId;
  let level = p.level;
  let style = p.style;
  // A style may give the level and leave the list to the style it is based on (Word's 标题 2).
  for (let seen = 0; numId === undefined && style !== undefined && seen < 20; seen++) {
    const s = styles.get(style);
    if (!s) break;
    level ??= s.level;
    if (s.numId !== undefined) {
      numId = s.numId;
      break;
    }
    style = s.basedOn;
  }
  if (numId === undefined || numId === '0') return null;
  return { numId, level, style: p.numId === undefined ? style : undefined };
}

function labelOf(p: ParagraphProps, numbering: Numbering, styles: Map<string, StyleNumbering>,
  counters: Map<string, (number | undefined)[]>, overridden: Set<string>): string {
  const list = listOf(p, styles);
  if (!list) return '';
  const num = numbering.nums.get(list.numId);
  if (!num) return '';
  const { key, levels } = abstractOf(num, numbering, styles);
  // A style numbered without a level takes the level that names the style.
  const ilvl = Math.min(8, Math.max(0, list.level ?? [...levels].find(([, l]) => l.style === list.style)?.[0] ?? 0));
  const levelAt = (k: number) => num.levels.get(k) ?? levels.get(k);
  const level = levelAt(ilvl);
  if (!level || level.format === 'bullet') return '';

  const counts = counters.get(key) ?? [];
  counters.set(key, counts);
  const restartAt = num.starts.get(ilvl);
  if (restartAt !== undefined && !overridden.has(`${list.numId}:${ilvl}`)) {
    overridden.add(`${list.numId}:${ilvl}`);
    counts[ilvl] = restartAt;
  } else counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
  for (let k = ilvl + 1; k < 9; k++) if (levelAt(k)?.restart !== false) counts[k] = undefined;

  const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
    const k = Number(d) - 1;
    const at = levelAt(k);
    return formatNumber(counts[k] ?? at?.start ?? 1, level.legal ? 'decimal' : at?.format ?? 'decimal');
  });
  if (label.trim() === '') return '';
  const text = escapeXml(label + (level.suffix === 'space' ? ' ' : ''));
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>${level.suffix === 'tab' ? '<w:r><w:tab/></w:r>' : ''}`;
}

/** The abstract list a num counts in (a list style's link followed), and the key its counters share. */
function abstractOf(num: Num, numbering: Numbering, styles: Map<string, StyleNumbering>): { key: string; levels: Map<number, Level> } {
  let key = num.abstractId;
  let abstract = numbering.abstracts.get(key);
  const linked = abstract?.styleLink !== undefined ? styles.get(abstract.styleLink)?.numId : undefined;
  const target = linked !== undefined ? numbering.nums.get(linked) : undefined;
  if (target && numbering.abstracts.has(target.abstractId)) {
    key = target.abstractId;
    abstract = numbering.abstracts.get(key);
  }
  return { key, levels: abstract?.levels ?? new Map() };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
