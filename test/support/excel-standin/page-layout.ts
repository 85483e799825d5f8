/** Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, zoom, margins, print titles and area, headers and footers. */
import { formatRect, type Rect } from './address';
import { StandinClientObject } from './client-object';
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';
import type { StandinRange } from './range';
import type { PageLayoutState } from './state';
import { rectOf, type SheetResolver } from './worksheet-parts';

/** Print titles as Excel reports them: `$1:$1`. */
function rowSpan(rect: Rect): string {
  return `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
}

type HeaderFooterKey = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';

export class StandinHeaderFooter extends StandinClientObject implements Pick<Excel.HeaderFooter, HeaderFooterKey> {
  protected readonly scalarNames = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
  constructor(core: StandinRequestContextCore, path: string, private readonly sheet: SheetResolver) {
    super(core, path);
  }
  private put(key: HeaderFooterKey, value: string): void {
    this.write(key, value, () => { this.sheet().pageLayout.headersFooters[key] = value; });
  }
  get leftHeader(): string { return this.loaded('leftHeader'); }
  set leftHeader(v: string) { this.put('leftHeader', v); }
  get centerHeader(): string { return this.loaded('centerHeader'); }
  set centerHeader(v: string) { this.put('centerHeader', v); }
  get rightHeader(): string { return this.loaded('rightHeader'); }
  set rightHeader(v: string) { this.put('rightHeader', v); }
  get leftFooter(): string { return this.loaded('leftFooter'); }
  set leftFooter(v: string) { this.put('leftFooter', v); }
  get centerFooter(): string { return this.loaded('centerFooter'); }
  set centerFooter(v: string) { this.put('centerFooter', v); }
  get rightFooter(): string { return this.loaded('rightFooter'); }
  set rightFooter(v: string) { this.put('rightFooter', v); }
  protected readScalar(name: string): unknown {
    return this.sheet().pageLayout.headersFooters[name] ?? '';
  }
}

type PageScalars = 'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally' | 'topMargin' | 'bottomMargin' | 'leftMargin' | 'rightMargin' | 'headerMargin' | 'footerMargin';
const MARGINS = { topMargin: 'top', bottomMargin: 'bottom', leftMargin: 'left', rightMargin: 'right', headerMargin: 'header', footerMargin: 'footer' } as const;

export class StandinPageLayout extends StandinClientObject implements Pick<Excel.PageLayout, PageScalars> {
  protected readonly scalarNames = ['orientation', 'paperSize', 'zoom', 'centerHorizontally', ...Object.keys(MARGINS)];
  readonly headersFooters: { defaultForAllPages: StandinHeaderFooter };

  constructor(core: StandinRequestContextCore, path: string, private readonly sheet: SheetResolver) {
    super(core, path);
    this.headersFooters = { defaultForAllPages: new StandinHeaderFooter(core, `${path}.headersFooters.defaultForAllPages`, sheet) };
  }
  private put(name: string, value: unknown, apply: (p: PageLayoutState) => void): void {
    this.write(name, value, () => apply(this.sheet().pageLayout));
  }
  get orientation(): Excel.PageLayout['orientation'] { return this.loaded('orientation'); }
  set orientation(v: Excel.PageLayout['orientation']) { this.put('orientation', v, (p) => { p.orientation = v; }); }
  get paperSize(): Excel.PageLayout['paperSize'] { return this.loaded('paperSize'); }
  set paperSize(v: Excel.PageLayout['paperSize']) { this.put('paperSize', v, (p) => { p.paperSize = v; }); }
  get zoom(): Excel.PageLayoutZoomOptions { return this.loaded('zoom'); }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put('zoom', v, (p) => {
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) fail('InvalidArgument', 'zoom: scale and fit-to-pages exclude each other');
      p.zoom = { ...v };
    });
  }
  get centerHorizontally(): boolean { return this.loaded('centerHorizontally'); }
  set centerHorizontally(v: boolean) { this.put('centerHorizontally', v, (p) => { p.centerHorizontally = v; }); }
  get topMargin(): number { return this.loaded('topMargin'); }
  set topMargin(v: number) { this.put('topMargin', v, (p) => { p.margins.top = v; }); }
  get bottomMargin(): number { return this.loaded('bottomMargin'); }
  set bottomMargin(v: number) { this.put('bottomMargin', v, (p) => { p.margins.bottom = v; }); }
  get leftMargin(): number { return this.loaded('leftMargin'); }
  set leftMargin(v: number) { this.put('leftMargin', v, (p) => { p.margins.left = v; }); }
  get rightMargin(): number { return this.loaded('rightMargin'); }
  set rightMargin(v: number) { this.put('rightMargin', v, (p) => { p.margins.right = v; }); }
  get headerMargin(): number { return this.loaded('headerMargin'); }
  set headerMargin(v: number) { this.put('headerMargin', v, (p) => { p.margins.header = v; }); }
  get footerMargin(): number { return this.loaded('footerMargin'); }
  set footerMargin(v: number) { this.put('footerMargin', v, (p) => { p.margins.footer = v; }); }

  setPrintMargins(unit: 'Points' | 'Inches' | 'Centimeters', margins: Excel.PageLayoutMarginOptions): void {
    this.call('setPrintMargins', [unit, margins], () => {
      const factor = unit === 'Inches' ? 72 : unit === 'Centimeters' ? 72 / 2.54 : 1;
      const m = this.sheet().pageLayout.margins;
      for (const [key, side] of [['top', 'top'], ['bottom', 'bottom'], ['left', 'left'], ['right', 'right'], ['header', 'header'], ['footer', 'footer']] as const) {
        const value = margins[key];
        if (value !== undefined) m[side] = value * factor;
      }
    });
  }

  setPrintTitleRows(rows: StandinRange | string): void {
    this.call('setPrintTitleRows', [typeof rows === 'string' ? rows : rows.path], () => {
      const sheet = this.sheet();
      sheet.pageLayout.printTitleRows = rowSpan(rectOf(rows, sheet));
    });
  }
  setPrintArea(area: StandinRange | string): void {
    this.call('setPrintArea', [typeof area === 'string' ? area : area.path], () => {
      const sheet = this.sheet();
      sheet.pageLayout.printArea = formatRect(rectOf(area, sheet));
    });
  }
  protected readScalar(name: string): unknown {
    const p = this.sheet().pageLayout;
    if (name in MARGINS) return p.margins[MARGINS[name as keyof typeof MARGINS]];
    return (p as unknown as Record<string, unknown>)[name];
  }
}
