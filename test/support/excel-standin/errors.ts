/**
 * Errors as Excel raises them: an `OfficeExtension.Error`-like object whose `code` is one of
 * Excel's error codes. Adapter code branches on `code`, so the stand-in must set it exactly.
 */
export type StandinErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class StandinError extends Error {
  readonly code: StandinErrorCode;
  readonly debugInfo: { code: StandinErrorCode; message: string; errorLocation?: string };

  constructor(code: StandinErrorCode, message: string, errorLocation?: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function fail(code: StandinErrorCode, message: string, where?: string): never {
  throw new StandinError(code, message, where);
}
