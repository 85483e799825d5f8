/**
 * Which returns of a batch take part: the file must be readable, belong to this ledger and
 * this round, and name a unit; of two returns of one unit only the later is taken.
 *
 * "Later" is decided without looking at the order files were given: the later round first,
 * then the later workbook modification time (docProps; a file without one counts as oldest),
 * then the file name in code-point order (the greater wins).
 */
import type { FindingCode } from '../finding';
import { stripInvisible } from '../text';
import type { Ledger } from '../ledger';
import { rejectedFileReport } from './file-report';
import { MSG, finding } from './messages';
import { isRoundOfPlanYear, roundYear } from './rounds';
import { SUPPORTED_RETURN_SCHEMA } from './schema';
import type { FileReport, ParsedReturn, ReadableReturn } from './types';

export interface AcceptedReturn {
  ret: ReadableReturn;
  unit: string;
  /** Notes for the file's report (no metadata sheet, it superseded another file). */
  notes: FileReport['findings'];
}

export interface ResolvedBatch {
  round: string;
  accepted: AcceptedReturn[];
  rejected: FileReport[];
}

export function resolveReturns(ledger: Ledger, returns: readonly ParsedReturn[], time: string, round?: string): ResolvedBatch {
  const batchRound = round ?? latestRound(ledger, returns) ?? time.slice(0, 7);
  const rejected: FileReport[] = [];
  const candidates: AcceptedReturn[] = [];
  const unitOf = unitResolver(ledger);
  const leads = leadUnits(ledger);
  for (const ret of returns) {
    if (ret.kind === 'error') {
      rejected.push(rejectedFileReport(ret.file, '', ret.findings));
      continue;
    }
    const outcome = checkReturn(ledger, unitOf, leads, ret, batchRound);
    if ('rejected' in outcome) rejected.push(outcome.rejected);
    else candidates.push(outcome.accepted);
  }
  const { winners, losers } = pickLatestPerUnit(candidates);
  return { round: batchRound, accepted: winners, rejected: [...rejected, ...losers] };
}

/** The round a return was sent for: its metadata's, else the 报送轮次 line above its table ('' when neither). */
export function roundOf(ret: ReadableReturn): string {
  return ret.meta ? ret.meta.round : (ret.sheetRound ?? '');
}

/** The latest round of this ledger's plan year (or the January after it, see isRoundOfPlanYear) named by a return of this ledger (or one without metadata). */
function latestRound(ledger: Ledger, returns: readonly ParsedReturn[]): string | undefined {
  const rounds = returns
    .filter((r): r is ReadableReturn => r.kind === 'return' && (r.meta === null || r.meta.ledgerId === ledger.meta.ledgerId))
    .map(roundOf)
    .filter((round) => roundYear(round) !== null && isRoundOfPlanYear(round, ledger.meta.planYear))
    .sort();
  return rounds[rounds.length - 1];
}

function checkReturn(
  ledger: Ledger,
  unitOf: (name: string) => string | undefined,
  leads: readonly string[],
  ret: ReadableReturn,
  batchRound: string,
): { accepted: AcceptedReturn } | { rejected: FileReport } {
  const file = ret.file;
  const reject = (code: FindingCode, message: string, unit = '') => ({
    rejected: rejectedFileReport(file, unit, [...ret.findings, finding('error', code, message, { file })]),
  });
  const meta = ret.meta;
  if (meta && meta.schemaVersion > SUPPORTED_RETURN_SCHEMA) return reject('return.schema-newer', MSG.schemaNewer(file, meta.schemaVersion));
  const named = meta?.unit || ret.sheetUnit || '';
  if (named === '') return reject('return.no-unit', MSG.noUnit(file));
  const unit = unitOf(named);
  if (unit === undefined) return reject('return.unknown-unit', MSG.unknownUnit(file, named), named);
  if (meta && meta.ledgerId !== ledger.meta.ledgerId) return reject('return.other-ledger', MSG.otherLedger(file), unit);
  const round = roundOf(ret);
  if (!isRoundOfPlanYear(round, ledger.meta.planYear)) return reject('consolidate.other-year', MSG.otherYear(file, round, ledger.meta.planYear), unit);
  if (round !== '' && round !== batchRound) return reject('return.other-round', MSG.otherRound(file, round, batchRound), unit);
  const onSheet = meta && ret.sheetUnit ? unitOf(ret.sheetUnit) ?? ret.sheetUnit : undefined;
  if (onSheet !== undefined && onSheet !== unit) return reject('consolidate.unit-mismatch', MSG.unitMismatch(file, unit, ret.sheetUnit!), unit);
  const notes = meta ? [] : [finding('warning', 'return.no-meta', MSG.noMeta(file, unit), { file })];
  const inName = unitInFileName(file, leads);
  if (inName !== undefined && inName !== unit && !file.includes(unit)) notes.push(finding('warning', 'consolidate.file-name-unit', MSG.fileNameUnit(file, inName, unit), { file }));
  return { accepted: { ret, unit, notes } };
}

/**
 * Names a return's unit as the ledger spells it: a lead unit named in the ledger, a 单位名录 name,
 * or one of its aliases. Names are compared without control characters, which the return's
 * workbook cannot keep (`区财政局\u0007` in an old ledger comes back as `区财政局`). The ledger's
 * lead units are gathered once for the whole batch.
 */
function unitResolver(ledger: Ledger): (name: string) => string | undefined {
  const leads = new Map<string, string>();
  for (const unit of ledger.tasks.flatMap((t) => t.leadUnits)) {
    const key = stripInvisible(unit).trim();
    if (!leads.has(key)) leads.set(key, unit);
  }
  const same = (a: string, n: string) => stripInvisible(a).trim() === n;
  return (name) => {
    const n = stripInvisible(name).trim();
    return leads.get(n) ?? ledger.units.find((u) => same(u.name, n) || u.aliases.some((a) => same(a, n)))?.name;
  };
}

/** The ledger's lead units, each once (gathered once per batch, not per file). */
function leadUnits(ledger: Ledger): string[] {
  return [...new Set(ledger.tasks.flatMap((t) => t.leadUnits))];
}

/** The unit a file name names, when it names one (a checked name holding the return's own unit too is no mismatch). */
function unitInFileName(file: string, units: readonly string[]): string | undefined {
  const named = units.filter((u) => u !== '' && file.includes(u)).sort((a, b) => b.length - a.length);
  // A shorter name inside a longer one (`财政局` in `区财政局`) is that same unit.
  return named.find((u) => !named.some((v) => v !== u && v.includes(u)));
}

function isLater(a: ReadableReturn, b: ReadableReturn): boolean {
  const ka = [roundOf(a), a.modifiedAt ?? '', a.file];
  const kb = [roundOf(b), b.modifiedAt ?? '', b.file];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] > kb[i];
  return false;
}

function pickLatestPerUnit(candidates: AcceptedReturn[]): { winners: AcceptedReturn[]; losers: FileReport[] } {
  const byUnit = new Map<string, AcceptedReturn[]>();
  for (const c of candidates) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
  const winners: AcceptedReturn[] = [];
  const losers: FileReport[] = [];
  for (const [unit, group] of byUnit) {
    const winner = group.reduce((best, c) => (isLater(c.ret, best.ret) ? c : best));
    const others = group.filter((c) => c !== winner).sort((a, b) => (a.ret.file < b.ret.file ? -1 : 1));
    if (others.length > 0) {
      const names = others.map((o) => o.ret.file);
      winner.notes.push(finding('warning', 'return.duplicate-unit', MSG.supersedes(winner.ret.file, unit, names), { file: winner.ret.file }));
    }
    for (const loser of others) {
      const report = rejectedFileReport(loser.ret.file, unit, [
        finding('warning', 'return.superseded', MSG.superseded(loser.ret.file, unit, winner.ret.file), { file: loser.ret.file }),
      ]);
      report.supersededBy = winner.ret.file;
      losers.push(report);
    }
    winners.push(winner);
  }
  return { winners, losers };
}
