import { contract, type Contract } from '../../shared/ipc/contract';
import { accountsHandlers } from '../accounts/handlers';
import { auditHandlers } from '../audit/handlers';
import { centerHandlers } from '../center/handlers';
import { centerlinkHandlers } from '../centerlink/handlers';
import { checkinHandlers } from '../checkin/handlers';
import { backupHandlers } from '../exchange/backup/handlers';
import { exportHandlers } from '../exchange/export/handlers';
import { importHandlers } from '../exchange/import/handlers';
import { retentionHandlers } from '../exchange/retention/handlers';
import { idlogHandlers } from '../idlog/handlers';
import { incidentsHandlers } from '../incidents/handlers';
import { policyHandlers } from '../policy/handlers';
import { recoveryHandlers } from '../recovery/handlers';
import { rostersHandlers } from '../rosters/handlers';
import { scoresHandlers } from '../scores/handlers';
import { seatingHandlers } from '../seating/handlers';
import { roomsHandlers } from '../seating/rooms-handlers';
import { todayHandlers } from '../today/handlers';
import type { Core } from '../core/context';
import { Registry, type HandlerMap } from '../core/registry';

/**
 * Every domain's handler map composed into one. `satisfies HandlerMap<Contract>` makes a channel
 * without a handler (or a handler of the wrong type) fail `tsc`, not start-up
 * (test/architecture/handler-map.test.ts).
 */
export const deskHandlers = {
  ...accountsHandlers,
  ...todayHandlers,
  ...policyHandlers,
  ...checkinHandlers,
  ...idlogHandlers,
  ...scoresHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...backupHandlers,
  ...retentionHandlers,
  ...seatingHandlers,
  ...roomsHandlers,
  ...rostersHandlers,
  ...auditHandlers,
  ...recoveryHandlers,
  ...centerHandlers,
  ...incidentsHandlers,
  ...centerlinkHandlers,
} satisfies HandlerMap<Contract>;

/** The one registry of the desk over `deskHandlers`; the start-up check stays as a second guard. */
export function buildRegistry(core: Core): Registry<Contract> {
  const registry = new Registry(contract, core);
  registry.registerAll(deskHandlers);
  registry.assertComplete();
  return registry;
}
