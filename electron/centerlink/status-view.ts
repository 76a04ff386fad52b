import type { CenterLinkStatusView } from '../../shared/centerlink/contract';
import { formatLocal, localDateTimeOf } from '../../shared/time/zoned';
import type { CenterLinkStatus } from './center-link';

/** A UTC instant as the center's wall clock shows it: "HH:mm". */
export function localClock(iso: string, zone: string): string {
  return formatLocal(Date.parse(iso), zone).slice(11, 16);
}

/** A UTC instant as the center's wall clock shows it, to the second: "YYYY-MM-DD HH:mm:ss". */
export function localStamp(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  const sec = String(localDateTimeOf(ms, zone).second).padStart(2, '0');
  return `${formatLocal(ms, zone)}:${sec}`;
}

/** The link's status as the badge shows it (joined, with the offline time in the center's zone). */
export function statusView(s: CenterLinkStatus, zone: string, leasedHere: number): CenterLinkStatusView {
  return {
    joined: true,
    desk: s.desk,
    server: s.server,
    online: s.online,
    offlineSince: s.offlineSince,
    offlineSinceLocal: s.offlineSince ? localClock(s.offlineSince, zone) : null,
    lastContactAt: s.lastContactAt,
    outboxDepth: s.outboxDepth,
    openConflicts: s.openConflicts,
    leasedHere,
  };
}
