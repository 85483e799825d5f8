/**
 * The host behind the stand-in: the workbook state, the API version it claims to support, the
 * request-size limit of Excel on the web, and the counters tests read (syncs, request sizes).
 */
import { fail } from './errors';
import { newWorkbook, type WorkbookState } from './state';

/** Excel on the web rejects a request or a response above 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface StandinOptions {
  /** Highest ExcelApi requirement set the host supports: '1.8' for Office 2019, '1.9' … */
  maxApiVersion?: string;
  payloadLimitBytes?: number;
  workbook?: WorkbookState;
}

export interface StandinStats {
  runs: number;
  syncs: number;
  /** Size of every request sent, in bytes, in order. */
  requestBytes: number[];
  largestRequestBytes: number;
  largestResponseBytes: number;
  apiCalculationSuspensions: number;
  /** Highest requirement set any call used. */
  highestApiUsed: string;
}

export function compareVersions(a: string, b: string): number {
  const [am, an = 0] = a.split('.').map(Number);
  const [bm, bn = 0] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

export class StandinHost {
  readonly state: WorkbookState;
  readonly maxApiVersion: string;
  /** Mutable so a test can shrink it between actions. */
  payloadLimitBytes: number;
  readonly stats: StandinStats = {
    runs: 0,
    syncs: 0,
    requestBytes: [],
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    apiCalculationSuspensions: 0,
    highestApiUsed: '1.1',
  };

  /** Makes the request of this sync number (1-based, counted by stats.syncs) fail, as a dropped connection would. */
  failAtSync?: number;

  /** The user's selection on the active sheet (tests set it to simulate a selection). */
  selection = 'A1';
  /** Base64 workbooks the add-in asked Excel to open (`Excel.createWorkbook`). */
  readonly createdWorkbooks: string[] = [];

  constructor(options: StandinOptions = {}) {
    this.state = options.workbook ?? newWorkbook();
    this.maxApiVersion = options.maxApiVersion ?? '1.17';
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
  }

  /** Called by every API member with its requirement set; an older host has no such API. */
  requireApi(version: string, feature: string): void {
    if (compareVersions(version, this.maxApiVersion) > 0) {
      fail('ApiNotFound', `${feature} needs ExcelApi ${version}; this host supports up to ${this.maxApiVersion}`);
    }
    if (compareVersions(version, this.stats.highestApiUsed) > 0) this.stats.highestApiUsed = version;
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    return compareVersions(version ?? '1.1', this.maxApiVersion) <= 0;
  }

  resetStats(): void {
    Object.assign(this.stats, {
      runs: 0,
      syncs: 0,
      requestBytes: [],
      largestRequestBytes: 0,
      largestResponseBytes: 0,
      apiCalculationSuspensions: 0,
      highestApiUsed: '1.1',
    });
  }
}

const encoder = new TextEncoder();

/** Bytes a payload takes on the wire, as JSON in UTF-8 (Chinese text counts three bytes a character). */
export function jsonBytes(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload) ?? '').length;
}
