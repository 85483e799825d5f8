/**
 * 报送轮次 are `YYYY-MM` (the month the round collects). They order reports: a report from an
 * older round never replaces one from a newer round.
 */
const ROUND = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isRound(text: string): boolean {
  return ROUND.test(text);
}

/** The year of a round, or null when the text is not a round. */
export function roundYear(round: string): number | null {
  const m = ROUND.exec(round);
  return m ? Number(m[1]) : null;
}

/** `a` is a round strictly before `b` (both rounds; anything else is never older). */
export function isOlderRound(a: string, b: string): boolean {
  return isRound(a) && isRound(b) && a < b;
}

/**
 * Whether a ledger of `planYear` takes returns of `round`: every month of the plan year, and the
 * January right after it, the round that collects December's work (a 2024 ledger takes 2025-01,
 * not 2025-02 nor 2023-12). Text that is not a round is left to the other checks.
 */
export function isRoundOfPlanYear(round: string, planYear: number): boolean {
  const year = roundYear(round);
  return year === null || year === planYear || round === `${planYear + 1}-01`;
}
