import { Badge, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainStatus } from '../../../shared/idlog/contract';
import { desk } from '../ipc/client';

/** Managers verify both hash chains (identity-check log and audit log) from the screen. */
export function ChainBadge() {
  const { t } = useTranslation('checkin');
  const [status, setStatus] = useState<{ idChecks: ChainStatus; audit: ChainStatus } | null>(null);
  const verify = async () => {
    const r = await desk.call('idlog.verify', {});
    if (r.ok) setStatus(r.value);
  };
  const badge = (label: string, s: ChainStatus) => (
    <Badge color={s.ok ? 'green' : 'red'} size="lg" variant="light" data-testid="chain-status">
      {label}: {s.ok ? t('idlog.verify.ok', { count: s.length }) : t('idlog.verify.broken', { at: s.brokenAt })}
    </Badge>
  );
  return (
    <Group gap="xs">
      {status && badge(t('idlog.verify.idChecks'), status.idChecks)}
      {status && badge(t('idlog.verify.audit'), status.audit)}
      <Button size="xs" variant="light" onClick={() => void verify()} data-testid="chain-verify">
        {t('idlog.verify.button')}
      </Button>
    </Group>
  );
}
