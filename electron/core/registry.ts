import { z } from 'zod';
import type { AnyChannel, ParsedRequestOf, ResponseOf } from '../../shared/ipc/channel';
import { roleAllows } from '../../shared/ipc/channel';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { Core, HandlerContext } from './context';
import { DomainError } from './errors';
import type { Caller } from './session';

export type Handler<C> = (request: ParsedRequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>> | ResponseOf<C>;

export type HandlerMap<M extends Record<string, AnyChannel>> = { [N in keyof M]: Handler<M[N]> };

/**
 * The one handler registry behind every door: channel -> role check -> zod parse -> handler.
 * It answers errors as values and never lets an exception cross a transport.
 */
export class Registry<C extends Record<string, AnyChannel>> {
  readonly #handlers = new Map<string, Handler<AnyChannel>>();

  constructor(
    readonly contract: C,
    readonly core: Core,
    private readonly log: (message: string, error?: unknown) => void = (m, e) => console.error(m, e),
  ) {}

  register<N extends keyof C & string>(name: N, handler: Handler<C[N]>): void {
    if (!(name in this.contract)) throw new Error(`IPC channel "${name}" is not in the contract`);
    if (this.#handlers.has(name)) throw new Error(`IPC channel "${name}" is registered twice`);
    this.#handlers.set(name, handler as Handler<AnyChannel>);
  }

  registerAll<M extends Partial<HandlerMap<C>>>(map: M): void {
    for (const [name, handler] of Object.entries(map)) {
      this.register(name as keyof C & string, handler as Handler<C[keyof C]>);
    }
  }

  /** Fails at start-up when a channel of the contract has no handler. */
  assertComplete(): void {
    const missing = Object.keys(this.contract).filter((n) => !this.#handlers.has(n));
    if (missing.length > 0) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);
  }

  channelNames(): string[] {
    return Object.keys(this.contract);
  }

  async invoke(name: unknown, payload: unknown, caller: Caller): Promise<IpcResult<unknown>> {
    if (typeof name !== 'string' || !Object.hasOwn(this.contract, name)) {
      // Never String(name): an object or a deeply nested array could throw while being turned into text.
      const said = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `(a ${name === null ? 'null' : typeof name}, not a name)`;
      return fail('UNKNOWN_CHANNEL', `Unknown channel ${said}`);
    }
    const spec = this.contract[name] as AnyChannel;
    const handler = this.#handlers.get(name);
    if (!handler) return fail('UNKNOWN_CHANNEL', `Channel ${name} has no handler`);
    const operator = this.core.sessions.operatorOf(caller.clientId);
    if (operator && this.core.sessions.isLocked(caller.clientId) && !WHILE_LOCKED.has(name)) {
      return fail('DESK_LOCKED', 'The desk is locked: unlock it with your password, or sign in as another operator.');
    }
    if (spec.role !== 'public' && !operator) {
      return fail('NOT_SIGNED_IN', 'Sign in first.');
    }
    if (!roleAllows(spec.role, operator?.role ?? null)) {
      return fail('FORBIDDEN', `${name} needs the ${spec.role} role.`);
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail('VALIDATION', `Invalid request for ${name}`, issuesOf(parsed.error));
    }
    const ctx: HandlerContext = { core: this.core, caller, operator, now: this.core.clock.now() };
    try {
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.say ? { say: error.say } : {}) } };
      }
      const storage = storageFailure(error);
      this.log(`IPC handler ${name} failed`, error);
      if (storage) return fail(storage.code, storage.message);
      return fail('INTERNAL', 'The desk could not complete this action; nothing was changed.');
    }
  }
}

/** What a locked desk may still call. */
const WHILE_LOCKED = new Set(['accounts.status', 'accounts.unlock', 'accounts.signOut', 'accounts.signIn']);

/**
 * A full disk or a failing write, as SQLite reports it. The transaction was rolled back, so
 * nothing is half-written; the desk says so, and the next action works once there is space.
 */
export function storageFailure(error: unknown): { code: 'DISK_FULL' | 'WRITE_FAILED'; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') {
    return { code: 'DISK_FULL', message: 'The disk is full: this action was not saved (nothing was half-written). Free some space, then do it again.' };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) {
    return { code: 'WRITE_FAILED', message: `The database could not be written (${code}): this action was not saved. Check the disk, then do it again.` };
  }
  return null;
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));
}
