import { buildLedgerLayout } from '../../src/layout/ledger-layout';
import { SHEETS } from '../../src/layout/ledger-names';
import { sampleLedger } from './sample-ledger';

describe('buildLedgerLayout', () => {
  it('describes eight sheets with rows matching their columns', () => {
    const layout = buildLedgerLayout(sampleLedger());
    expect(layout.sheets.map((s) => s.name)).toEqual(Object.values(SHEETS));
    for (const sheet of layout.sheets) for (const row of sheet.rows) expect([sheet.name, row.length]).toEqual([sheet.name, sheet.columns.length]);
  });

  it('does not mutate the ledger', () => {
    const ledger = sampleLedger();
    const before = JSON.stringify(ledger);
    buildLedgerLayout(ledger);
    expect(JSON.stringify(ledger)).toBe(before);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildLedgerLayout(sampleLedger()))).toBe(JSON.stringify(buildLedgerLayout(sampleLedger())));
  });
});
