import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/** REP-3: the retention period, what a purge would remove, and the purge itself after a confirmation. */
export function RetentionPanel() {
  const { t } = useTranslation('data');
  const check = useDeskQuery('retention.check', {});
  const [typed, setDays] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const configure = useDeskMutation('retention.configure', { invalidates: ['retention.check', 'center.checklist'] });
  // A purge deletes photos, full document numbers and backups: what shows them reads again.
  const purge = useDeskMutation('retention.purge', { invalidates: ['retention.check', 'backup.status', 'idlog.list', 'audit.list'] });
  const last = latestOf(configure, purge);
  // What the purge did stays on screen until the manager saves or checks again.
  const view = (last === purge ? purge.data : undefined) ?? check.data ?? null;
  const error = last?.error ?? check.error;
  const days = typed ?? view?.days ?? 90;
  const recheck = () => {
    purge.reset();
    setConfirming(false);
    void check.refetch();
  };
  const center = view?.center;
  const centerCount = center ? center.checkins + center.conflicts + center.snapshotsRemoved + center.snapshotsHolding : 0;
  const report =
    view && t('retention.report', { cutoff: view.cutoff.slice(0, 10), candidates: view.candidates, photos: view.photos, backups: view.backups.holding, verb: t(view.dryRun ? 'retention.would' : 'retention.did') });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('retention.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('retention.hint')}
      </Text>
      <Group align="flex-end">
        <NumberInput label={t('retention.days')} value={days} onChange={(v) => setDays(Number(v) || 1)} min={1} max={3650} w={200} />
        <Button
          variant="light"
          onClick={() =>
            configure.mutate(
              { days },
              {
                onSuccess: () => {
                  setDays(null);
                  setConfirming(false);
                },
              },
            )
          }
        >
          {t('retention.save')}
        </Button>
        <Button variant="light" onClick={recheck} loading={check.isFetching}>
          {t('retention.check')}
        </Button>
        <Button color="red" variant="outline" disabled={!view || view.candidates + view.photos + view.backups.holding + centerCount === 0} onClick={() => setConfirming(true)} data-testid="purge-start">
          {t('retention.purge')}
        </Button>
      </Group>
      {report && (
        <Text size="sm" data-testid="purge-report">
          {report}
        </Text>
      )}
      {view && center && (
        <Text size="sm" c={center.error ? 'red' : undefined} data-testid="purge-center">
          {center.error
            ? t('retention.centerError', { error: center.error })
            : t('retention.center', {
                checkins: center.checkins,
                conflicts: center.conflicts,
                snapshots: center.snapshotsRemoved + (view.dryRun ? center.snapshotsHolding : center.snapshotsRewritten),
                open: center.openConflictsKept,
                verb: t(view.dryRun ? 'retention.would' : 'retention.did'),
              })}
        </Text>
      )}
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
              <Button color="red" size="xs" onClick={() => purge.mutate({ confirm: true }, { onSuccess: () => setConfirming(false) })} loading={purge.isPending} data-testid="purge-confirm">
                {t('retention.purge')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
                ✕
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <ErrorNote error={error} />
    </Stack>
  );
}
