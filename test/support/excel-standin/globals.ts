/**
 * The `Excel` and `Office` globals the adapter code calls, backed by one StandinHost.
 * Free of Node-only APIs so it can be bundled into a browser page for the task-pane test.
 */
import { StandinHost, type StandinOptions } from './host';
import { StandinRequestContext } from './workbook';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const enumOf = <K extends string>(pairs: Record<K, string>): Record<K, string> => Object.freeze(pairs);

export interface ExcelStandin {
  host: StandinHost;
  Excel: typeof Excel;
  Office: typeof Office;
  /** Makes `Excel` and `Office` globals; returns a function that restores what was there. */
  install(target?: Record<string, unknown>): () => void;
}

export function createExcelStandin(options: StandinOptions = {}): ExcelStandin {
  const host = new StandinHost(options);

  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as Batch<T> | undefined;
    if (!batch) throw new TypeError('Excel.run needs a batch function');
    host.stats.runs++;
    const context = new StandinRequestContext(host);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Like Office.js, Excel.run sends whatever the batch left queued.
      if (context.core.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.core.close();
    }
  }

  async function createWorkbook(base64?: string): Promise<void> {
    host.requireApi('1.8', 'Excel.createWorkbook');
    host.createdWorkbooks.push(base64 ?? '');
  }

  const excel = {
    run,
    createWorkbook,
    ConditionalFormatType: enumOf({ custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' }),
    SheetVisibility: enumOf({ visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' }),
    PageOrientation: enumOf({ portrait: 'Portrait', landscape: 'Landscape' }),
    PaperType: enumOf({ a4: 'A4', a3: 'A3', letter: 'Letter' }),
    HorizontalAlignment: enumOf({ general: 'General', left: 'Left', center: 'Center', right: 'Right' }),
    VerticalAlignment: enumOf({ top: 'Top', center: 'Center', bottom: 'Bottom' }),
    BorderIndex: enumOf({ edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal' }),
    BorderLineStyle: enumOf({ none: 'None', continuous: 'Continuous', dash: 'Dash', dot: 'Dot', double: 'Double' }),
    DataValidationAlertStyle: enumOf({ stop: 'Stop', warning: 'Warning', information: 'Information' }),
    ErrorCodes: enumOf({ invalidArgument: 'InvalidArgument', itemNotFound: 'ItemNotFound', itemAlreadyExists: 'ItemAlreadyExists', invalidOperation: 'InvalidOperation', accessDenied: 'AccessDenied', apiNotFound: 'ApiNotFound' }),
  };

  const office = {
    context: { requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) } },
    HostType: enumOf({ Excel: 'Excel' }),
    PlatformType: enumOf({ OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' }),
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
  };

  return {
    host,
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = excel;
      target.Office = office;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
      };
    },
  };
}
