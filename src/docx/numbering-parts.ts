import { decodeEntities, XML_TOKEN } from '../core/import';

/** The definitions of word/numbering.xml and the numbering word/styles.xml gives paragraph and list styles. */

export interface Level {
  start: number;
  format: string;
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
  restart: boolean;
  legal: boolean;
  style?: string;
}

export interface Num {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  nums: Map<string, Num>;
}

/** Numbering through a style: the list and level a paragraph style (or a list style) gives. */
export interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`);
const W_VAL = ATTR('w:val');
const ABSTRACT_NUM_ID = ATTR('w:abstractNumId');
const NUM_ID = ATTR('w:numId');
const ILVL = ATTR('w:ilvl');
const STYLE_ID = ATTR('w:styleId');
export const val = (attrs: string): string | undefined => {
  const v = W_VAL.exec(attrs)?.[1];
  return v === undefined ? undefined : decodeEntities(v);
};

export function readNumbering(xml: string): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  const nums: Numbering['nums'] = new Map();
  let abstract: { levels: Map<number, Level>; styleLink?: string } | null = null;
  let level: Level | null = null;
  let num: Num | null = null;
  let overrideLevel: number | null = null;
  let inLevelProps = 0;
  for (const [, closing, name, attrs, selfClosing] of xml.matchAll(XML_TOKEN)) {
    if (!name) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    const v = val(attrs);
    if (level && (name === 'w:pPr' || name === 'w:rPr') && !isEmpty) {
      inLevelProps += isClose ? -1 : 1;
      continue;
    }
    if (inLevelProps > 0) continue;
    switch (name) {
      case 'w:abstractNum':
        if (isClose) abstract = null;
        else if (!isEmpty) {
          abstract = { levels: new Map() };
          abstracts.set(ABSTRACT_NUM_ID.exec(attrs)?.[1] ?? '', abstract);
        }
        break;
      case 'w:numStyleLink':
        if (abstract) abstract.styleLink = v;
        break;
      case 'w:lvl': {
        if (isClose) {
          level = null;
          break;
        }
        if (isEmpty) break;
        const ilvl = Number(ILVL.exec(attrs)?.[1] ?? overrideLevel ?? 0);
        level = { start: 0, format: 'decimal', text: '', suffix: 'tab', restart: true, legal: false };
        if (num && overrideLevel !== null) num.levels.set(ilvl, level);
        else abstract?.levels.set(ilvl, level);
        break;
      }
      case 'w:start':
        if (level) level.start = Number(v ?? 0);
        break;
      case 'w:numFmt':
        if (level) level.format = v ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = v ?? '';
        break;
      case 'w:suff':
        if (level && (v === 'space' || v === 'nothing' || v === 'tab')) level.suffix = v;
        break;
      case 'w:lvlRestart':
        if (level) level.restart = v !== '0';
        break;
      case 'w:isLgl':
        if (level) level.legal = v === undefined || !/^(0|false|off)$/.test(v);
        break;
      case 'w:pStyle':
        if (level) level.style = v;
        break;
      case 'w:num':
        if (isClose) num = null;
        else if (!isEmpty) {
          num = { abstractId: '', starts: new Map(), levels: new Map() };
          nums.set(NUM_ID.exec(attrs)?.[1] ?? '', num);
        }
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = v ?? '';
        break;
      case 'w:lvlOverride':
        if (isClose) overrideLevel = null;
        else if (!isEmpty) overrideLevel = Number(ILVL.exec(attrs)?.[1] ?? 0);
        break;
      case 'w:startOverride':
        if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(v ?? 0));
        break;
    }
  }
  return { abstracts, nums };
}

export function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let style: StyleNumbering | null = null;
  let inProps = false;
  for (const [, closing, name, attrs, selfClosing] of xml.matchAll(XML_TOKEN)) {
    if (!name) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    if (name === 'w:style') {
      if (isClose) style = null;
      else if (!isEmpty) {
        style = {};
        styles.set(STYLE_ID.exec(attrs)?.[1] ?? '', style);
      }
    } else if (style && name === 'w:pPr' && !isEmpty) inProps = !isClose;
    else if (style && name === 'w:basedOn') style.basedOn = val(attrs);
    else if (style && inProps && name === 'w:numId') style.numId = val(attrs);
    else if (style && inProps && name === 'w:ilvl') style.level = Number(val(attrs) ?? 0);
  }
  return styles;
}
