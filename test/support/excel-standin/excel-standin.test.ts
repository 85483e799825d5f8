import { createExcelStandin, findSheet, cellKey, type ExcelStandin } from './index';

function setup(options: Parameters<typeof createExcelStandin>[0] = {}): ExcelStandin {
  return createExcelStandin(options);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'no error';
}

describe('Excel stand-in: loading and syncing', () => {
  test('a property read before load + sync throws PropertyNotLoaded, and reads after it', async () => {
    const { Excel } = setup();
    const seen = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      range.values = [['任务', 3]];
      await context.sync();
      const fresh = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
      fresh.load('values');
      let before = '';
      try {
        void fresh.values;
      } catch (e) {
        before = (e as { code: string }).code;
      }
      await context.sync();
      return { before, after: fresh.values };
    });
    expect(seen).toEqual({ before: 'PropertyNotLoaded', after: [['任务', 3]] });
  });

  test('writes reach the workbook only at sync, and Excel.run sends what is left queued', async () => {
    const { Excel, host } = setup();
    let duringBatch: unknown = 'unset';
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [['x']];
      duringBatch = findSheet(host.state, 'Sheet1')!.cells.get(cellKey(2, 2));
    });
    expect(duringBatch).toBeUndefined();
    expect(findSheet(host.state, 'Sheet1')!.cells.get(cellKey(2, 2))).toEqual({ value: 'x' });
    expect(host.stats).toMatchObject({ runs: 1, syncs: 1 });
  });

  test('counts every sync', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      sheet.getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.requestBytes).toHaveLength(2);
  });

  test('a 2-D array of the wrong shape is refused with InvalidArgument at sync', async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1:C2').values = [['a', 'b', 'c']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('a request over 5 MB is refused, and the largest request is recorded', async () => {
    const { Excel, host } = setup();
    const row = ['任务'.repeat(500)];
    const grid = Array.from({ length: 2000 }, () => row);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1:A2000').values = grid;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.stats.largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(findSheet(host.state, 'Sheet1')!.cells.size).toBe(0);
  });
});

describe('Excel stand-in: what Excel makes of written cells', () => {
  test('General cells turn "=…" into a formula and "1-03" into a date; text cells keep both', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('B1:B2').numberFormat = [['@'], ['@']];
      sheet.getRange('A1:B2').values = [['=1+1', '=1+1'], ['1-03', '1-03']];
      await context.sync();
    });
    const cells = findSheet(host.state, 'Sheet1')!.cells;
    expect(cells.get(cellKey(0, 0))).toEqual({ value: '', formula: '=1+1' });
    expect(cells.get(cellKey(1, 0))).toEqual({ value: 45294 });
    expect(cells.get(cellKey(0, 1))).toEqual({ value: '=1+1', numberFormat: '@' });
    expect(cells.get(cellKey(1, 1))).toEqual({ value: '1-03', numberFormat: '@' });
  });
});

describe('Excel stand-in: number formats', () => {
  test('a 1×1 number-format array applies to the whole range; a wrong-sized one is refused', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A2:A4').numberFormat = [['@']];
    });
    const code = await codeOf(Excel.run(async (context) => { context.workbook.worksheets.getActiveWorksheet().getRange('A2:A4').numberFormat = [['@'], ['@']]; }));
    expect([[1, 2, 3].map((r) => findSheet(host.state, 'Sheet1')!.cells.get(cellKey(r, 0))?.numberFormat), code]).toEqual([['@', '@', '@'], 'InvalidArgument']);
  });
});

describe('Excel stand-in: validations, conditional formats, tables, protection', () => {
  test('a list validation takes an address string, refuses a Range object and inline lists over 255 characters', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const target = sheet.getRange('A2:A10');
      target.dataValidation.clear();
      target.dataValidation.rule = { list: { inCellDropDown: true, source: '=单位名录!$A$2:$A$200' } };
      target.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '单位', message: '请从单位名录中选择' };
    });
    expect(findSheet(host.state, 'Sheet1')!.validations).toEqual([
      {
        rect: { row: 1, column: 0, rowCount: 9, columnCount: 1 },
        rule: { list: { inCellDropDown: true, source: '=单位名录!$A$2:$A$200' } },
        errorAlert: { showAlert: true, style: 'Stop', title: '单位', message: '请从单位名录中选择' },
        ignoreBlanks: true,
      },
    ]);
    const rangeSource = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange('Z1:Z3') as unknown as Excel.Range } };
      }),
    );
    const longInline = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('C2').dataValidation.rule = { list: { inCellDropDown: true, source: Array(60).fill('区城管局').join(',') } };
      }),
    );
    expect([rangeSource, longInline]).toEqual(['InvalidArgument', 'InvalidArgument']);
  });

  test('a new conditional format goes to the top priority', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A2:N100');
      for (const [formula, color] of [['=$I2="已完成"', '#C6EFCE'], ['=$H2<TODAY()', '#FFC7CE']]) {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = color;
        cf.stopIfTrue = true;
      }
    });
    const cfs = findSheet(host.state, 'Sheet1')!.conditionalFormats.map((cf) => [cf.priority, cf.formula, cf.fillColor, cf.stopIfTrue]);
    expect(cfs).toEqual([
      [0, '=$H2<TODAY()', '#FFC7CE', true],
      [1, '=$I2="已完成"', '#C6EFCE', true],
    ]);
  });

  test('a table takes the first row as headers, names blank ones, and keeps one data row', async () => {
    const { Excel, host } = setup();
    const loaded = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1:C1').values = [['序号', '', '序号']];
      const table = sheet.tables.add('A1:C1', true);
      table.name = '任务台账表';
      const body = table.getDataBodyRange();
      body.load('address');
      await context.sync();
      return body.address;
    });
    expect(loaded).toBe('Sheet1!A2:C2');
    expect([...host.state.tables.values()][0].name).toBe('任务台账表');
    const headers = [0, 1, 2].map((c) => findSheet(host.state, 'Sheet1')!.cells.get(cellKey(0, c))!.value);
    expect(headers).toEqual(['序号', 'Column2', '序号2']);
  });

  test('protect() on a protected sheet and unprotect() on an unprotected one throw; locked cells refuse writes', async () => {
    const { Excel } = setup();
    const twice = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.protection.protect();
        await context.sync();
        sheet.protection.protect();
        await context.sync();
      }),
    );
    const write = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['x']];
      }),
    );
    const unprotectTwice = await codeOf(
      Excel.run(async (context) => {
        const p = context.workbook.worksheets.getActiveWorksheet().protection;
        p.unprotect();
        p.unprotect();
      }),
    );
    expect([twice, write, unprotectTwice]).toEqual(['InvalidOperation', 'AccessDenied', 'InvalidOperation']);
  });
});

describe('Excel stand-in: sheets, names and API versions', () => {
  test('getItem of a missing sheet fails at sync; getItemOrNullObject gives a null object', async () => {
    const { Excel } = setup();
    const missing = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('任务台账').getRange('A1').values = [[1]];
      }),
    );
    const isNull = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('任务台账');
      sheet.load('isNullObject');
      await context.sync();
      return sheet.isNullObject;
    });
    expect([missing, isNull]).toEqual(['ItemNotFound', true]);
  });

  test('the last visible sheet can be neither hidden nor deleted', async () => {
    const { Excel } = setup();
    const hide = await codeOf(Excel.run(async (context) => { context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden'; }));
    const del = await codeOf(Excel.run(async (context) => { context.workbook.worksheets.getItem('Sheet1').delete(); }));
    expect([hide, del]).toEqual(['InvalidOperation', 'InvalidOperation']);
  });

  test('names are added with absolute references and read back', async () => {
    const { Excel } = setup();
    const names = await Excel.run(async (context) => {
      const settings = context.workbook.worksheets.add('设置');
      context.workbook.names.add('计划年度', settings.getRange('B2'));
      context.workbook.names.load('items/name,items/formula');
      await context.sync();
      return context.workbook.names.items.map((n) => [n.name, n.formula]);
    });
    expect(names).toEqual([['计划年度', '=设置!$B$2']]);
  });

  test('an Office 2019 host (ExcelApi 1.8) has no pageLayout, and says so through isSetSupported', async () => {
    const { Excel, Office, host } = setup({ maxApiVersion: '1.8' });
    const code = await codeOf(Excel.run(async (context) => { context.workbook.worksheets.getActiveWorksheet().pageLayout.orientation = 'Landscape'; }));
    expect(code).toBe('ApiNotFound');
    expect([Office.context.requirements.isSetSupported('ExcelApi', '1.8'), Office.context.requirements.isSetSupported('ExcelApi', '1.9')]).toEqual([true, false]);
    expect(host.stats.highestApiUsed).toBe('1.1');
  });

  test('install() makes Excel and Office globals and restores them', async () => {
    const standin = setup();
    const restore = standin.install();
    const name = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      return sheet.name;
    });
    restore();
    expect(name).toBe('Sheet1');
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });

  test('the selection: tests set it, getSelectedRange reads it, select() moves it and activates the sheet', async () => {
    const { Excel, host } = setup();
    host.selection = 'B2:C3';
    const address = await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      context.workbook.worksheets.add('推进情况表').getRange('A1').select();
      await context.sync();
      return selected.address;
    });
    expect([address, host.selection, host.state.sheets.find((s) => s.id === host.state.activeSheetId)!.name]).toEqual(['Sheet1!B2:C3', 'A1', '推进情况表']);
  });
});

describe('Excel stand-in: traps in freeze panes and validation texts', () => {
  test('freezeRows after freezeColumns replaces the panes; freezeAt freezes both', async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.freezePanes.freezeColumns(2);
      sheet.freezePanes.freezeRows(1);
    });
    const afterTwoCalls = { ...findSheet(host.state, 'Sheet1')!.freeze };
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B1'));
    });
    expect([afterTwoCalls, findSheet(host.state, 'Sheet1')!.freeze]).toEqual([{ rows: 1, columns: 0 }, { rows: 1, columns: 2 }]);
  });

  test('an error-alert title over 32 characters is refused', async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        const v = context.workbook.worksheets.getActiveWorksheet().getRange('A2:A9').dataValidation;
        v.rule = { list: { inCellDropDown: true, source: '=设置!$D$2:$D$6' } };
        v.errorAlert = { showAlert: true, style: 'Stop', title: '完成状态'.repeat(9), message: '请选择' };
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});
