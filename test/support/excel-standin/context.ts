/**
 * The request context: operations queue up as the batch runs and reach the workbook only at
 * `sync()`, in order, like Excel. Each sync is one request: counted, sized, refused over 5 MB.
 */
import { StandinError, fail } from './errors';
import { jsonBytes, type StandinHost } from './host';

export interface QueuedOperation {
  /** What goes on the wire for this operation (object path, property or method, arguments). */
  payload: unknown;
  /** Applies it to the workbook state; returns what goes back on the wire (loaded values), if anything. */
  run: () => unknown;
}

export class StandinRequestContextCore {
  private queue: QueuedOperation[] = [];
  private closed = false;

  constructor(readonly host: StandinHost) {}

  enqueue(operation: QueuedOperation): void {
    if (this.closed) fail('InvalidOperation', 'the request context is used after Excel.run finished');
    this.queue.push(operation);
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const { stats, payloadLimitBytes } = this.host;
    stats.syncs++;
    const requestBytes = jsonBytes(batch.map((op) => op.payload));
    stats.requestBytes.push(requestBytes);
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    if (this.host.failAtSync === stats.syncs) {
      throw new StandinError('GeneralException', `request ${stats.syncs} failed (injected by the test)`);
    }
    if (requestBytes > payloadLimitBytes) {
      throw new StandinError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes is over the ${payloadLimitBytes}-byte limit`);
    }
    const responses: unknown[] = [];
    for (const op of batch) {
      const response = op.run();
      if (response !== undefined) responses.push(response);
    }
    const responseBytes = jsonBytes(responses);
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    if (responseBytes > payloadLimitBytes) {
      throw new StandinError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes is over the ${payloadLimitBytes}-byte limit`);
    }
  }

  close(): void {
    this.closed = true;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }
}
