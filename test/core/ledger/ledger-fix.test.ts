import { chooseUnits, type Finding, type FindingFix } from '../../../src/core/finding';
import { applyFixes, checkLedger, currentFindings, readyFixes, type Ledger } from '../../../src/core/ledger';
import { applyUnitAliases, checkUnits } from '../../../src/core/units';
import type { Task } from '../../../src/core/ledger/task';
import { fixtureLedger } from '../../xlsx/fixture-ledger';

/** The fixture ledger as people edited it in Excel: `城管局` typed back, a cut-off name, a unit twice. */
function editedLedger(): Ledger {
  const ledger = fixtureLedger();
  const edit = (id: string, change: Partial<Task>) => {
    const i = ledger.tasks.findIndex((t) => t.id === id);
    ledger.tasks[i] = { ...ledger.tasks[i], ...change };
  };
  edit('2-06', { leadUnits: ['区教体局', '城管局', '区城管局'] });
  edit('1-01', { leadUnits: ['区交通'] });
  edit('3-01', { coUnits: ['区财政局', '区财政局'] });
  return { ...ledger, findings: currentFindings(ledger) };
}

const fixOf = (ledger: Ledger, id: string, code: string) => ledger.findings.find((f) => f.taskId === id && f.code === code)?.fix;

describe('a finding’s suggestion as a value (fix)', () => {
  it('gives each unit finding with a definite suggestion its fix', () => {
    const ledger = editedLedger();
    expect(fixOf(ledger, '2-06', 'unit.not-canonical')).toEqual({ kind: 'replace-unit', taskId: '2-06', field: 'leadUnits', from: '城管局', to: ['区城管局'] });
    expect(fixOf(ledger, '2-06', 'unit.duplicate')).toEqual({ kind: 'replace-unit', taskId: '2-06', field: 'leadUnits', from: '城管局', to: ['区城管局'] });
    expect(fixOf(ledger, '1-01', 'unit.fragment')).toEqual({ kind: 'replace-unit', taskId: '1-01', field: 'leadUnits', from: '区交通', to: ['区交通运输局'] });
    expect(fixOf(ledger, '3-01', 'unit.duplicate')).toEqual({ kind: 'replace-unit', taskId: '3-01', field: 'coUnits', from: '区财政局', to: ['区财政局'] });
    expect(fixOf(ledger, '5-02', 'unit.lead-missing')).toEqual({ kind: 'set-units', taskId: '5-02', field: 'leadUnits', from: [], to: ['区政府办'] });
    expect(fixOf(ledger, '4-01', 'unit.group')).toEqual({ kind: 'choose-units', taskId: '4-01', field: 'leadUnits', group: '区直各相关单位' });
    // A blank lead unit with no unit above it (first of its section) has advice, not a fix.
    expect(ledger.findings.find((f) => f.taskId === '6-01' && f.code === 'unit.lead-missing')).toMatchObject({ suggestion: '请补填牵头单位，否则无法分发和催报' });
    expect(fixOf(ledger, '6-01', 'unit.lead-missing')).toBeUndefined();
  });

  it('keeps the import’s fix of a blank lead unit (it saw the merged cell above) while the field is blank; a ledger read back has only the advice', () => {
    const ledger = fixtureLedger();
    const atImport = ledger.findings.filter((f) => f.fix).map((f) => f.fix);
    expect(currentFindings(ledger).filter((f) => f.fix).map((f) => f.fix)).toEqual(atImport);
    expect(currentFindings(ledger).find((f) => f.taskId === '5-02')?.suggestion).toContain('应为“区政府办”');
    const readBack = checkLedger({ ...ledger, findings: [] }).find((f) => f.taskId === '5-02');
    expect([readBack?.suggestion, readBack?.fix]).toEqual(['请补填牵头单位，否则无法分发和催报', undefined]);
  });
});

describe('applyFixes', () => {
  it('applies every fix that needs no choice, lists each field changed, and the checks no longer find them', () => {
    const ledger = editedLedger();
    const { ledger: fixed, changes, unapplied } = applyFixes(ledger, readyFixes(ledger.findings));
    const task = (id: string) => fixed.tasks.find((t) => t.id === id)!;
    expect(task('2-06').leadUnits).toEqual(['区教体局', '区城管局']);
    expect(task('1-01').leadUnits).toEqual(['区交通运输局']);
    expect(task('3-01').coUnits).toEqual(['区财政局']);
    expect(task('5-02').leadUnits).toEqual(['区政府办']);
    expect(changes.map((c) => c.message)).toEqual([
      '任务1-01 牵头单位：“区交通”→“区交通运输局”',
      '任务2-06 牵头单位：“区教体局、城管局、区城管局”→“区教体局、区城管局”',
      '任务3-01 配合单位：“区财政局、区财政局”→“区财政局”',
      '任务5-02 牵头单位：“（空）”→“区政府办”',
    ]);
    expect(unapplied).toEqual([]);
    const left = (l: Ledger) => l.findings.filter((f) => f.code.startsWith('unit.')).map((f) => [f.code, f.taskId]);
    expect(left(fixed)).toEqual(left(ledger).filter(([code, id]) => !['2-06', '1-01', '3-01', '5-02'].includes(id!) || code === 'unit.group'));
    expect(fixed.findings).toEqual(currentFindings(fixed));
  });

  it('replaces a group name by the units the user chose, and leaves it when none were chosen', () => {
    const ledger = fixtureLedger();
    const group = fixOf(ledger, '4-01', 'unit.group') as Extract<FindingFix, { kind: 'choose-units' }>;
    const notChosen = applyFixes(ledger, [group]);
    expect(notChosen.ledger).toBe(ledger);
    expect(notChosen.unapplied).toEqual([{ fix: group, reason: 'needs-choice', message: '任务4-01的“区直各相关单位”是泛指，需要选定具体单位，未修改' }]);
    const chosen = applyFixes(ledger, [chooseUnits(group, ['区政府办', '区财政局'])]);
    expect(chosen.ledger.tasks.find((t) => t.id === '4-01')!.leadUnits).toEqual(['区政府办', '区财政局']);
    expect(chosen.changes.map((c) => c.message)).toEqual(['任务4-01 牵头单位：“区政府办、区直各相关单位”→“区政府办、区财政局”']);
    expect(chosen.ledger.findings.some((f) => f.taskId === '4-01' && f.code === 'unit.group')).toBe(false);
  });

  it('leaves a fix whose task is gone or whose field was changed since, and says why', () => {
    const ledger = fixtureLedger();
    const fixes: FindingFix[] = [
      { kind: 'set-units', taskId: '5-02', field: 'leadUnits', from: [], to: ['区政府办'] },
      { kind: 'replace-unit', taskId: '99-01', field: 'leadUnits', from: '城管局', to: ['区城管局'] },
    ];
    const edited = { ...ledger, tasks: ledger.tasks.map((t) => (t.id === '5-02' ? { ...t, leadUnits: ['区财政局'] } : t)) };
    const result = applyFixes(edited, fixes);
    expect(result.changes).toEqual([]);
    expect(result.unapplied.map((u) => [u.reason, u.message])).toEqual([
      ['changed', '任务5-02的牵头单位已被改动，建议不再适用，未修改'],
      ['task-gone', '任务99-01已不在台账中，未修改'],
    ]);
  });

  it('does not change the ledger it is given', () => {
    const ledger = editedLedger();
    const before = JSON.stringify(ledger);
    applyFixes(ledger, readyFixes(ledger.findings));
    expect(JSON.stringify(ledger)).toBe(before);
  });
});

describe('applyUnitAliases (at import)', () => {
  const task = (leadUnits: string[], coUnits: string[] = []): Task => ({
    id: '1-01', category: { no: 1, title: '测试' }, task: '做好某项工作。', leadUnits, coUnits, deadline: { kind: 'ongoing', text: '持续推进', due: null },
  });
  const directory = [{ name: '区城管局', aliases: ['城管局'], contact: '', phone: '' }, { name: '区财政局', aliases: [], contact: '', phone: '' }];

  it('writes an alias as its unit, keeps a unit then written twice once, and leaves a guess alone', () => {
    const result = applyUnitAliases(task(['城管局', '区城管局', '财政局'], ['城管局']), directory);
    expect(result.task.leadUnits).toEqual(['区城管局', '财政局']);
    expect(result.task.coUnits).toEqual(['区城管局']);
    expect(result.replaced).toEqual([{ field: 'leadUnits', from: '城管局', to: '区城管局' }, { field: 'coUnits', from: '城管局', to: '区城管局' }]);
    const left: Finding[] = checkUnits(result.task, directory);
    expect(left.map((f) => [f.code, f.fix])).toEqual([['unit.not-canonical', { kind: 'replace-unit', taskId: '1-01', field: 'leadUnits', from: '财政局', to: ['区财政局'] }]]);
  });

  it('returns the same task when nothing is an alias', () => {
    const t = task(['区财政局']);
    expect(applyUnitAliases(t, directory)).toEqual({ task: t, replaced: [] });
  });
});
