import type { Store } from '../store/open';
import type { Clock } from './clock';
import type { Caller, DeskOperator, Sessions } from './session';

/**
 * What the domains add to the core (the roster import's jobs, the door's printer). Core knows
 * none of them: the composition root declares them by augmenting this interface
 * (electron/app/desk-services.ts), so core imports no domain module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeskServices {}

/** What the core needs: built once per process by a door (window, browser mode, CLI, test). */
export interface Core extends DeskServices {
  store: Store;
  clock: Clock;
  sessions: Sessions;
  /** Secret for keyed hashes of document numbers; lives beside the database, not in it. */
  hashKey: Buffer;
}

/** What one handler call sees. */
export interface HandlerContext {
  core: Core;
  caller: Caller;
  /** The signed-in operator, or null on public channels. */
  operator: DeskOperator | null;
  now: Date;
}

/** The operator of a call that the registry has already role-checked. */
export function requireOperator(ctx: HandlerContext): DeskOperator {
  if (!ctx.operator) throw new Error('handler reached without an operator');
  return ctx.operator;
}
