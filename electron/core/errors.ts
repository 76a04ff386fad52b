import type { ErrorCode, Say } from '../../shared/ipc/result';

/** An expected refusal a handler answers with; the registry turns it into an error value. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The same refusal as a key of shared/i18n/errors.ts, so the screen says it in zh-CN or English. */
    readonly say?: Say,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
