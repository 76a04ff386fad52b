import { Badge, Tooltip } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CenterLinkState } from '../../../shared/centerlink/contract';
import { deskKey, useDeskQuery } from '../ipc/query';

/** How often the header asks the desk about its link (the link itself probes the center every ~2 s). */
export const LINK_POLL_MS = 2000;

/**
 * The link's state for every screen, shared by the badge and the conflicts alert: polled while the
 * desk is joined. One answer of "alone" ends the polling: a desk joins when it starts or from
 * Settings, whose join invalidates this query (the answer "joined" starts the polling again).
 */
export function useCenterLink() {
  const alone = useQueryClient().getQueryData<CenterLinkState>(deskKey('centerlink.status', {}))?.joined === false;
  return useDeskQuery('centerlink.status', {}, alone ? {} : { refetchInterval: LINK_POLL_MS });
}

/**
 * The header badge of a desk joined to a center: green while the center answers, red with since
 * when and how many admissions wait to upload while it does not. Nothing on a desk that works alone.
 */
export function CenterBadge() {
  const { t } = useTranslation('centerlink');
  const link = useCenterLink();
  const s = link.data;
  if (!s?.joined) return null;
  const label = s.online ? t('badge.online', { desk: s.desk }) : t('badge.offline', { since: s.offlineSinceLocal ?? '?', count: s.outboxDepth });
  return (
    <Tooltip label={t(s.online ? 'badge.onlineTitle' : 'badge.offlineTitle', { server: s.server, leased: s.leasedHere })} multiline w={360} events={{ hover: true, focus: true, touch: false }}>
      <Badge
        color={s.online ? 'green' : 'red'}
        variant={s.online ? 'light' : 'filled'}
        size="lg"
        tt="none"
        tabIndex={0}
        role="status"
        data-testid="center-badge"
        data-online={s.online ? 'yes' : 'no'}
        data-outbox={s.outboxDepth}
        data-leased={s.leasedHere}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
