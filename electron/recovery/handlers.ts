import type { recoveryContract } from '../../shared/recovery/contract';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';

/** On a healthy store there is nothing to recover (a restore then goes through `desk restore`). */
export const recoveryHandlers: HandlerMap<typeof recoveryContract> = {
  'recovery.status': () => ({ damaged: false, problem: null, database: null, folder: null, backup: null }),
  'recovery.restore': () => {
    throw new DomainError('CONFLICT', 'The database is not damaged. To go back to a backup, close the desk and run "npm run desk -- restore".', { key: 'recovery.notDamaged' });
  },
};
