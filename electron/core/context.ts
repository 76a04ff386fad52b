import type { OperatorInfo } from '../../shared/accounts/contract';
import type { ImportJobs } from '../exchange/import/import-jobs';
import type { DocumentPrinter } from '../rosters/printer';
import type { Store } from '../store/open';
import type { Clock } from './clock';
import type { Caller, Sessions } from './session';

/** What the core needs: built once per process by a door (window, browser mode, CLI, test). */
export interface Core {
  store: Store;
  clock: Clock;
  sessions: Sessions;
  /** Secret for keyed hashes of document numbers; lives beside the database, not in it. */
  hashKey: Buffer;
  /** The roster import running on this desk and its progress. */
  imports: ImportJobs;
  /** How this door renders and prints documents (Electron, or Chromium in browser mode and tests). */
  printer?: DocumentPrinter;
}

/** What one handler call sees. */
export interface HandlerContext {
  core: Core;
  caller: Caller;
  /** The signed-in operator, or null on public channels. */
  operator: OperatorInfo | null;
  now: Date;
}

/** The operator of a call that the registry has already role-checked. */
export function requireOperator(ctx: HandlerContext): OperatorInfo {
  if (!ctx.operator) throw new Error('handler reached without an operator');
  return ctx.operator;
}
