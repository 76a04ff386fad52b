/** Every IPC answer is a value: handlers never throw across a transport. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNKNOWN_CHANNEL'
  | 'BAD_SENDER'
  | 'NOT_SIGNED_IN'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REFUSED'
  | 'LOCKED_OUT'
  | 'BAD_CREDENTIALS'
  | 'STORE_LOCKED'
  | 'STORE_DAMAGED'
  | 'STORE_TAIL_MISSING'
  | 'PRINT_UNAVAILABLE'
  | 'DISK_FULL'
  | 'DESK_LOCKED'
  | 'WRITE_FAILED'
  | 'INTERNAL';

export interface IssueDetail {
  path: string;
  message: string;
}

/** What the screen says, in the operator's language: a key of the `errors` messages and its values. */
export interface Say {
  key: string;
  params?: Record<string, string | number>;
}

export interface IpcError {
  code: ErrorCode;
  /** English, for logs, the CLI and tests. */
  message: string;
  issues?: IssueDetail[];
  say?: Say;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: IssueDetail[]): IpcResult<never> => (issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } });
