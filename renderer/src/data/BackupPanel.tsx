import { Alert, Button, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

const size = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** Backups: where they go, how often, and one button for a backup now. */
export function BackupPanel() {
  const { t } = useTranslation('data');
  const status = useDeskQuery('backup.status', {});
  // What the manager changed; until then (and again once saved) the stored settings.
  const [draft, setDraft] = useState<{ folder?: string; keep?: number; every?: number }>({});
  const folder = draft.folder ?? status.data?.folder ?? '';
  const keep = draft.keep ?? status.data?.keep ?? 14;
  const every = draft.every ?? status.data?.everyMinutes ?? 30;
  const configure = useDeskMutation('backup.configure', { invalidates: ['backup.status', 'center.backupSuggestion', 'center.checklist'] });
  const now = useDeskMutation('backup.now', { invalidates: ['backup.status'] });
  const last = latestOf(configure, now);
  const done = last === now && now.data ? t('backup.done', { name: now.data.name }) : last === configure && configure.isSuccess ? t('backup.saved') : null;

  return (
    <Stack gap="xs">
      <Title order={4}>{t('backup.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('backup.hint')}
      </Text>
      <Group align="flex-end">
        <TextInput label={t('backup.folder')} value={folder} onChange={(e) => setDraft({ ...draft, folder: e.currentTarget.value })} w={420} data-testid="backup-folder" />
        <NumberInput label={t('backup.keep')} value={keep} onChange={(v) => setDraft({ ...draft, keep: Number(v) || 1 })} min={1} max={1000} w={110} />
        <NumberInput label={t('backup.every')} value={every} onChange={(v) => setDraft({ ...draft, every: Number(v) || 0 })} min={0} max={1440} w={230} />
        <Button variant="light" onClick={() => configure.mutate({ folder, keep, everyMinutes: every }, { onSuccess: () => setDraft({}) })} data-testid="backup-save">
          {t('backup.save')}
        </Button>
        <Button onClick={() => now.mutate({})} loading={now.isPending} data-testid="backup-now">
          {t('backup.now')}
        </Button>
      </Group>
      {now.isPending && <Progress value={100} striped animated />}
      {done && (
        <Alert color="green" data-testid="backup-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={last?.error} />
      {status.data && status.data.backups.length === 0 && <Text size="sm">{t('backup.empty')}</Text>}
      {status.data && status.data.backups.length > 0 && (
        <Table withTableBorder striped fz="sm" data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.takenAt')}</Table.Th>
              <Table.Th>{t('backup.name')}</Table.Th>
              <Table.Th>{t('backup.size')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.data.backups.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{b.takenLocal}</Table.Td>
                <Table.Td ff="monospace">{b.name}</Table.Td>
                <Table.Td>{size(b.bytes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
