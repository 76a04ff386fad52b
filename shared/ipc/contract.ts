import { accountsContract } from '../accounts/contract';
import { auditContract } from '../audit/contract';
import { centerContract } from '../center/contract';
import { centerlinkContract } from '../centerlink/contract';
import { checkinContract } from '../checkin/contract';
import { backupContract } from '../exchange/backup-contract';
import { exportContract } from '../exchange/export-contract';
import { importContract } from '../exchange/import-contract';
import { idlogContract } from '../idlog/contract';
import { incidentsContract } from '../incidents/contract';
import { policyContract } from '../policy/contract';
import { recoveryContract } from '../recovery/contract';
import { rostersContract } from '../rosters/contract';
import { scoresContract } from '../scores/contract';
import { seatingContract } from '../seating/contract';
import { roomsContract } from '../seating/rooms-contract';
import { todayContract } from '../today/contract';
import type { RequestOf, ResponseOf } from './channel';
import { composeContract } from './compose';

/** The one IPC contract: every channel of every domain. Add a domain's map here. */
export const contract = composeContract(
  accountsContract,
  todayContract,
  policyContract,
  checkinContract,
  idlogContract,
  scoresContract,
  exportContract,
  importContract,
  backupContract,
  seatingContract,
  roomsContract,
  rostersContract,
  auditContract,
  recoveryContract,
  centerContract,
  incidentsContract,
  centerlinkContract,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export type Req<N extends ChannelName> = RequestOf<Contract[N]>;
export type Res<N extends ChannelName> = ResponseOf<Contract[N]>;
