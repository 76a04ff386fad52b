import type { ErrorCode } from '../../shared/ipc/result';

/** An expected refusal a handler answers with; the registry turns it into an error value. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
