/**
 * Column widths: the layout speaks Excel's character widths (as .xlsx files do); the Excel
 * JavaScript API speaks points. With the default font a character is 7 pixels plus 5 pixels of
 * padding, and a pixel is 0.75 point (8.43 characters = 64 px = 48 pt, Excel's default).
 */
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function pointsFromCharacters(characters: number): number {
  return (characters * PIXELS_PER_CHARACTER + PADDING_PIXELS) * POINTS_PER_PIXEL;
}

export function charactersFromPoints(points: number): number {
  const characters = (points / POINTS_PER_PIXEL - PADDING_PIXELS) / PIXELS_PER_CHARACTER;
  return Math.round(characters * 100) / 100;
}
