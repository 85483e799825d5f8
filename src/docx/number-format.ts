import { toChineseNumeral } from '../core/import';

const FULL_WIDTH_ZERO = 0xff10;
const LEGAL = ['', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

/** A list number in one of WordprocessingML's number formats (ST_NumberFormat); unknown ones as digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((c) => (/\d/.test(c) ? String.fromCharCode(FULL_WIDTH_ZERO + Number(c)) : c)).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      if (n < 1) return String(n);
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'lowerLetter' ? letter.toLowerCase() : letter;
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return toChineseNumeral(n);
    case 'chineseLegalSimplified':
      if (n < 1 || n > 99) return String(n);
      return n < 10 ? LEGAL[n] : `${n >= 20 ? LEGAL[Math.floor(n / 10)] : ''}拾${LEGAL[n % 10]}`;
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((c) => IDEOGRAPH_DIGITS[Number(c)] ?? c).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? BRANCHES[n - 1] : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) for (; n >= value; n -= value) out += letters;
  return out;
}
