import type { OperatorInfo } from '../../shared/accounts/contract';
import type { CenterControl } from '../centerlink/center-control';
import type { CenterLink } from '../centerlink/center-link';
import type { ImportJobs } from '../exchange/import/import-jobs';
import type { DocumentPrinter } from '../rosters/printer';

/*
 * The domain-specific parts of the core, declared here by the composition root and merged into
 * core's extension points, so that core imports no domain while every handler still sees them
 * typed on `ctx.core` and `ctx.operator`.
 */
declare module '../core/context' {
  interface DeskServices {
    /** The roster import running on this desk and its progress. */
    imports: ImportJobs;
    /** How this door renders and prints documents (Electron, or Chromium in browser mode and tests). */
    printer?: DocumentPrinter;
    /** A desk joined to a center server (#19); absent when the desk works alone. */
    centerLink?: CenterLink;
    /** The door's help to join or leave a center while the desk runs (Settings → Center server); absent where no door lends it (CLI, tests). */
    centerControl?: CenterControl;
  }
}

declare module '../core/session' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DeskOperator extends OperatorInfo {}
}
