import { contract, type Contract } from '../../shared/ipc/contract';
import { accountsHandlers } from '../accounts/handlers';
import { auditHandlers } from '../audit/handlers';
import { centerHandlers } from '../center/handlers';
import { checkinHandlers } from '../checkin/handlers';
import { backupHandlers } from '../exchange/backup/handlers';
import { exportHandlers } from '../exchange/export/handlers';
import { importHandlers } from '../exchange/import/handlers';
import { idlogHandlers } from '../idlog/handlers';
import { incidentsHandlers } from '../incidents/handlers';
import { policyHandlers } from '../policy/handlers';
import { recoveryHandlers } from '../recovery/handlers';
import { rostersHandlers } from '../rosters/handlers';
import { scoresHandlers } from '../scores/handlers';
import { seatingHandlers } from '../seating/handlers';
import { roomsHandlers } from '../seating/rooms-handlers';
import { todayHandlers } from '../today/handlers';
import type { Core } from './context';
import { Registry } from './registry';

/** Every domain's handler map, registered once; a missing or duplicate handler fails start-up. */
export function buildRegistry(core: Core): Registry<Contract> {
  const registry = new Registry(contract, core);
  registry.registerAll(accountsHandlers);
  registry.registerAll(todayHandlers);
  registry.registerAll(policyHandlers);
  registry.registerAll(checkinHandlers);
  registry.registerAll(idlogHandlers);
  registry.registerAll(scoresHandlers);
  registry.registerAll(exportHandlers);
  registry.registerAll(importHandlers);
  registry.registerAll(backupHandlers);
  registry.registerAll(seatingHandlers);
  registry.registerAll(roomsHandlers);
  registry.registerAll(rostersHandlers);
  registry.registerAll(auditHandlers);
  registry.registerAll(recoveryHandlers);
  registry.registerAll(centerHandlers);
  registry.registerAll(incidentsHandlers);
  registry.assertComplete();
  return registry;
}
