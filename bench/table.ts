/** The benchmark summary as a plain-text table: what was measured, the figure, the target, met or not. */
import type { ConsolidateFigures } from './cases/consolidate';
import type { ImportFigures } from './cases/import';
import type { OfficeCase } from './cases/office';
import type { TaskpaneFigures } from './cases/taskpane';

export interface Summary {
  machine: { cores: number; cpu: string; node: string };
  import: ImportFigures;
  consolidation: ConsolidateFigures;
  office: { cases: OfficeCase[]; syncsConstant: boolean; under4MB: boolean; missing: string[] };
  taskpane: TaskpaneFigures;
  totalMs: number;
}

type Row = [string, string, string, string];

const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
const s = (ms: unknown) => `${((ms as number) / 1000).toFixed(2)} s`;

function consolidationRows(c: ConsolidateFigures): Row[] {
  return [
    ['返回文件 returns', `${c.returns.files} files, ${c.returns.totalMB} MB, largest ${c.returns.largestKB} KB`, '', ''],
    ['读取下限 floor: ExcelJS open+read 300', `${s(c.floor.ms)}, peak ${c.floor.maxRssMB} MB`, '', ''],
    ['合并 merge 300 → 5,000 tasks', `${s(c.merge.ms)} (read ${s(c.merge.readMs)} + consolidate ${s(c.merge.consolidateMs)}), peak ${c.merge.maxRssMB} MB`, '', ''],
    ['merge ÷ floor', `${c.ratio}`, '≤ 1.3', verdict(c.ratio <= 1.3)],
    ['heap kept after reading 300 (merge)', `${c.merge.retainedMB} MB`, '', ''],
    ['peak RSS 10 → 300 files', `merge ${c.merge10.maxRssMB} → ${c.merge.maxRssMB} MB; floor ${c.floor10.maxRssMB} → ${c.floor.maxRssMB} MB`, 'by largest file', verdict(c.memoryBounded)],
    ['ledger.xlsx read / write (5,000 tasks)', `${s(c.ledgerIo.readMs)} / ${s(c.ledgerIo.writeMs)}, peak ${c.ledgerIo.maxRssMB} MB`, '', ''],
    ['CLI merge ledger.xlsx + 300 → out.xlsx', `${s(c.cli.ms)}, peak ${c.cli.maxRssMB} MB, ${JSON.stringify(c.cli.statuses)}`, '', ''],
  ];
}

function officeRows(o: Summary['office']): Row[] {
  const rows: Row[] = o.cases.map((c) => [
    `${c.operation}, ${c.size}`,
    `${c.syncs} syncs, largest request ${c.largestRequestKB} KB${c.ok ? '' : ' FAILED'}`,
    '≤ 4096 KB',
    verdict(c.ok && c.largestRequestKB <= 4096),
  ]);
  rows.push(['sync count constant in rows and files', syncSummary(o.cases), 'constant', verdict(o.syncsConstant)]);
  for (const m of o.missing) rows.push(['not measured', m, '', '']);
  return rows;
}

/** `renderLedger 3/3/12; …`: each operation's syncs in size order. */
function syncSummary(cases: OfficeCase[]): string {
  const byOperation = new Map<string, number[]>();
  for (const c of cases) byOperation.set(c.operation.replace(/ \(.*\)$/, ''), [...(byOperation.get(c.operation.replace(/ \(.*\)$/, '')) ?? []), c.syncs]);
  return [...byOperation].map(([op, syncs]) => `${op} ${syncs.join('/')}`).join('; ');
}

function taskpaneRows(t: TaskpaneFigures): Row[] {
  return [
    ['first screen JS (gzip)', `${t.firstScreen.gzipKB} KB (${t.firstScreen.files.map((f) => f.file).join(', ')})`, '≤ 150 KB', verdict(t.targetMet)],
    ['JS Chromium loads on opening the pane (gzip)', 'error' in t.loadedOnOpen ? `not measured: ${t.loadedOnOpen.error}` : `${t.loadedOnOpen.gzipKB} KB (${t.loadedOnOpen.files.map((f) => f.file).join(', ')})`, '≤ 150 KB', 'error' in t.loadedOnOpen ? '' : verdict(t.loadedOnOpen.gzipKB <= 150)],
    ['lazy chunks (gzip)', `${t.lazy.gzipKB} KB in ${t.lazy.files.length} chunks; largest ${t.lazy.files[0]?.gzipKB ?? 0} KB (${t.lazy.files[0]?.holds ?? ''})`, '', ''],
  ];
}

export function printTable(summary: Summary): void {
  const m = summary.machine;
  const rows: Row[] = [
    ['machine', `${m.cores} cores, ${m.cpu}, Node ${m.node}`, '', ''],
    ['import: fixture (48 tasks)', `${summary.import.fixture.medianMs} ms`, '', ''],
    ['import: 5,000-task text', `${summary.import.text5000.medianMs} ms`, '', ''],
    ...consolidationRows(summary.consolidation),
    ...officeRows(summary.office),
    ...taskpaneRows(summary.taskpane),
    ['whole bench', s(summary.totalMs), '≤ 5 min', verdict(summary.totalMs <= 300_000)],
  ];
  const header: Row = ['measure', 'figure', 'target', 'met'];
  const width = (i: number) => Math.max(...[header, ...rows].map((r) => displayWidth(r[i])));
  const line = (r: Row) => r.map((c, i) => c + ' '.repeat(width(i) - displayWidth(c))).join(' | ');
  process.stdout.write([line(header), line(header.map((_, i) => '-'.repeat(width(i))) as Row), ...rows.map(line)].join('\n') + '\n\n');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
