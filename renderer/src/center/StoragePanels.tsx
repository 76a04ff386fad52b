import { Alert, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/i18n/error-text';
import type { IpcError } from '../../../shared/ipc/result';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';

/** The backup folder, with a mounted removable drive suggested (else the default beside the database). */
export function BackupFolderStep({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('center');
  const hint = useCall('center.backupSuggestion', {});
  const status = useCall('backup.status', {});
  const [folder, setFolder] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    if (hint.data) setFolder(hint.data.drives.length ? hint.data.suggested : hint.data.current);
  }, [hint.data]);
  const save = async () => {
    const s = status.data;
    const r = await desk.call('backup.configure', { folder, keep: s?.keep ?? 14, everyMinutes: s?.everyMinutes ?? 30 });
    if (!r.ok) {
      setDone(null);
      return setError(r.error);
    }
    setError(null);
    setDone(t('backup.saved', { folder: r.value.folder }));
    onDone();
  };
  return (
    <Stack gap="xs" maw={640}>
      {hint.data && (
        <Text size="sm" c="dimmed" data-testid="backup-drives">
          {hint.data.drives.length ? t('backup.drives', { drives: hint.data.drives.join(', ') }) : t('backup.noDrive')}
        </Text>
      )}
      <Group align="flex-end">
        <TextInput label={t('backup.folder')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} w={460} data-testid="setup-backup-folder" />
        <Button onClick={() => void save()} data-testid="setup-backup-save">
          {t('backup.save')}
        </Button>
      </Group>
      {done && <Alert color="green" data-testid="setup-backup-done">{done}</Alert>}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
    </Stack>
  );
}

/** REP-3: the retention period, confirmed (90 days unless the manager says otherwise). */
export function RetentionStep({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('center');
  const check = useCall('retention.check', {});
  const [days, setDays] = useState(90);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    if (check.data) setDays(check.data.days);
  }, [check.data]);
  const save = async () => {
    const r = await desk.call('retention.configure', { days });
    if (!r.ok) {
      setDone(null);
      return setError(r.error);
    }
    setError(null);
    setDone(t('retention.saved', { days: r.value.days }));
    onDone();
  };
  return (
    <Stack gap="xs" maw={640}>
      <Group align="flex-end">
        <NumberInput label={t('retention.days')} value={days} onChange={(v) => setDays(Number(v) || 1)} min={1} max={3650} w={220} data-testid="setup-retention-days" />
        <Button onClick={() => void save()} data-testid="setup-retention-save">
          {t('retention.save')}
        </Button>
      </Group>
      {done && <Alert color="green" data-testid="setup-retention-done">{done}</Alert>}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
    </Stack>
  );
}
