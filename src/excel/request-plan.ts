/**
 * Requests to Excel, planned before they are sent: every write is a step with its size on the
 * wire; steps are packed in order into as few requests as fit under the budget, so the number
 * of `context.sync()` calls does not grow with the rows until one request would pass 4 MB.
 */

/** Excel on the web refuses requests over 5 MB; leave room for the protocol's own envelope. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

export interface WriteStep {
  /** Estimated bytes this step adds to a request (its written arrays, as JSON in UTF-8). */
  bytes: number;
  apply: (context: Excel.RequestContext) => void;
}

const encoder = new TextEncoder();

export function jsonSize(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload)).length;
}

/** A small fixed cost per step (object path, property name) besides its arrays. */
export const STEP_OVERHEAD_BYTES = 200;

export function step(apply: WriteStep['apply'], payload?: unknown): WriteStep {
  return { bytes: STEP_OVERHEAD_BYTES + (payload === undefined ? 0 : jsonSize(payload)), apply };
}

/** Greedy, order-keeping packing; a step larger than the budget goes alone (callers split rows first). */
export function packRequests(steps: readonly WriteStep[], budget = REQUEST_BUDGET_BYTES): WriteStep[][] {
  const requests: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let size = 0;
  for (const s of steps) {
    if (current.length > 0 && size + s.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Sends the planned requests: one sync each, with calculation suspended during the writes. */
export async function sendRequests(context: Excel.RequestContext, requests: readonly WriteStep[][]): Promise<void> {
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const s of request) s.apply(context);
    await context.sync();
  }
}
