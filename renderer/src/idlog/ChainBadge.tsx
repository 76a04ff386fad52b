import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChainStatus } from '../../../shared/idlog/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';

/** Managers verify both hash chains (identity-check log and audit log) from the screen. */
export function ChainBadge() {
  const { t } = useTranslation('checkin');
  // A check the manager asks for (each press walks both chains again), not a standing query.
  const verify = useDeskMutation('idlog.verify');
  const status = verify.data;
  const badge = (label: string, s: ChainStatus) => (
    <Badge color={s.ok ? 'green' : 'red'} size="lg" variant="light" data-testid="chain-status">
      {label}: {s.ok ? t('idlog.verify.ok', { count: s.length }) : t('idlog.verify.broken', { at: s.brokenAt })}
    </Badge>
  );
  return (
    <Group gap="xs">
      {status && badge(t('idlog.verify.idChecks'), status.idChecks)}
      {status && badge(t('idlog.verify.audit'), status.audit)}
      <Button size="xs" variant="light" onClick={() => verify.mutate({})} loading={verify.isPending} data-testid="chain-verify">
        {t('idlog.verify.button')}
      </Button>
      <ErrorNote error={verify.error} inline />
    </Group>
  );
}
