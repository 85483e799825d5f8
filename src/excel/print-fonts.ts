/**
 * Which of the print fonts this machine has, seen from the task pane: a text drawn in a font
 * that is missing falls back to the generic family, so its width equals the generic one's.
 * Outside a browser (tests, Node) nothing can be measured and the preferred names are kept.
 */
import { choosePrintFonts, FONT_CANDIDATES } from '../layout/print-fonts';
import type { PrintFonts } from '../layout/print-style';

const SAMPLE = '政务公开工作任务推进情况表 2024';
const GENERIC = ['serif', 'sans-serif', 'monospace'];

function measuringContext(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return null;
  return document.createElement('canvas').getContext('2d');
}

export function isFontInstalled(context: CanvasRenderingContext2D, family: string): boolean {
  return GENERIC.some((generic) => {
    context.font = `40px ${generic}`;
    const fallback = context.measureText(SAMPLE).width;
    context.font = `40px "${family}", ${generic}`;
    return context.measureText(SAMPLE).width !== fallback;
  });
}

/** The print fonts for this machine; the preferred ones when nothing can be measured. */
export function printFontsHere(): PrintFonts {
  const context = measuringContext();
  if (context === null) return choosePrintFonts([]);
  const candidates = [...new Set(Object.values(FONT_CANDIDATES).flat())];
  return choosePrintFonts(candidates.filter((family) => isFontInstalled(context, family)));
}
