import { Alert, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/** The backup folder, with a mounted removable drive suggested (else the default beside the database). */
export function BackupFolderStep() {
  const { t } = useTranslation('center');
  const hint = useDeskQuery('center.backupSuggestion', {});
  const status = useDeskQuery('backup.status', {});
  // What the manager typed; until then the suggestion (a removable drive, else the folder in use).
  const [typed, setFolder] = useState<string | null>(null);
  const folder = typed ?? (hint.data ? (hint.data.drives.length ? hint.data.suggested : hint.data.current) : '');
  const configure = useDeskMutation('backup.configure', { invalidates: ['backup.status', 'center.backupSuggestion', 'center.checklist'] });
  const save = () => {
    const s = status.data;
    configure.mutate({ folder, keep: s?.keep ?? 14, everyMinutes: s?.everyMinutes ?? 30 });
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
        <Button onClick={save} loading={configure.isPending} data-testid="setup-backup-save">
          {t('backup.save')}
        </Button>
      </Group>
      {configure.data && (
        <Alert color="green" data-testid="setup-backup-done">
          {t('backup.saved', { folder: configure.data.folder })}
        </Alert>
      )}
      <ErrorNote error={configure.error} />
    </Stack>
  );
}

/** REP-3: the retention period, confirmed (90 days unless the manager says otherwise). */
export function RetentionStep() {
  const { t } = useTranslation('center');
  const check = useDeskQuery('retention.check', {});
  const [typed, setDays] = useState<number | null>(null);
  const days = typed ?? check.data?.days ?? 90;
  const configure = useDeskMutation('retention.configure', { invalidates: ['retention.check', 'center.checklist'] });
  return (
    <Stack gap="xs" maw={640}>
      <Group align="flex-end">
        <NumberInput label={t('retention.days')} value={days} onChange={(v) => setDays(Number(v) || 1)} min={1} max={3650} w={220} data-testid="setup-retention-days" />
        <Button onClick={() => configure.mutate({ days })} loading={configure.isPending} data-testid="setup-retention-save">
          {t('retention.save')}
        </Button>
      </Group>
      {configure.data && (
        <Alert color="green" data-testid="setup-retention-done">
          {t('retention.saved', { days: configure.data.days })}
        </Alert>
      )}
      <ErrorNote error={configure.error} />
    </Stack>
  );
}
