import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgeView } from '../../../shared/exchange/backup-contract';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';

/** REP-3: the retention period, what a purge would remove, and the purge itself after a confirmation. */
export function RetentionPanel() {
  const { t } = useTranslation('data');
  const [view, setView] = useState<PurgeView | null>(null);
  const [days, setDays] = useState<number>(90);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const run = async (channel: 'retention.check' | 'retention.purge' | 'retention.configure') => {
    const r =
      channel === 'retention.configure'
        ? await desk.call(channel, { days })
        : channel === 'retention.purge'
          ? await desk.call(channel, { confirm: true })
          : await desk.call(channel, {});
    if (!r.ok) return setError(r.error);
    setError(null);
    setView(r.value);
    setDays(r.value.days);
    setConfirming(false);
  };
  useEffect(() => void run('retention.check'), []);
  const report = view && t('retention.report', { cutoff: view.cutoff.slice(0, 10), candidates: view.candidates, photos: view.photos, backups: view.backups.holding, verb: t(view.dryRun ? 'retention.would' : 'retention.did') });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('retention.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('retention.hint')}
      </Text>
      <Group align="flex-end">
        <NumberInput label={t('retention.days')} value={days} onChange={(v) => setDays(Number(v) || 1)} min={1} max={3650} w={200} />
        <Button variant="light" onClick={() => void run('retention.configure')}>
          {t('retention.save')}
        </Button>
        <Button variant="light" onClick={() => void run('retention.check')}>
          {t('retention.check')}
        </Button>
        <Button color="red" variant="outline" disabled={!view || view.candidates + view.photos + view.backups.holding === 0} onClick={() => setConfirming(true)} data-testid="purge-start">
          {t('retention.purge')}
        </Button>
      </Group>
      {report && <Text size="sm" data-testid="purge-report">{report}</Text>}
      {view && !view.dryRun && (
        <Text size="sm" data-testid="purge-backups">
          {t('retention.backupsDone', { found: view.backups.found, rewritten: view.backups.rewritten, removed: view.backups.removed, failed: view.backups.failed })}
        </Text>
      )}
      {view && view.backups.failures.length > 0 && (
        <Alert color="red" title={t('retention.backupsFailed')}>
          {view.backups.failures.map((f) => (
            <Text key={f} size="sm" ff="monospace">
              {f}
            </Text>
          ))}
        </Alert>
      )}
      {confirming && view && (
        <Alert color="red">
          <Stack gap="xs">
            <Text size="sm">{t('retention.confirm', { candidates: view.candidates, photos: view.photos, backups: view.backups.holding })}</Text>
            <Group>
              <Button color="red" size="xs" onClick={() => void run('retention.purge')} data-testid="purge-confirm">
                {t('retention.purge')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
                ✕
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
    </Stack>
  );
}
