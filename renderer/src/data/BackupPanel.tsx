import { Alert, Button, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';

const size = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** Backups: where they go, how often, and one button for a backup now. */
export function BackupPanel() {
  const { t } = useTranslation('data');
  const status = useCall('backup.status', {});
  const [folder, setFolder] = useState('');
  const [keep, setKeep] = useState<number>(14);
  const [every, setEvery] = useState<number>(30);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    if (!status.data) return;
    setFolder(status.data.folder);
    setKeep(status.data.keep);
    setEvery(status.data.everyMinutes);
  }, [status.data]);

  const save = async () => {
    const r = await desk.call('backup.configure', { folder, keep, everyMinutes: every });
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(t('backup.saved'));
    status.reload();
  };
  const now = async () => {
    setBusy(true);
    const r = await desk.call('backup.now', {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(t('backup.done', { name: r.value.name }));
    status.reload();
  };
  return (
    <Stack gap="xs">
      <Title order={4}>{t('backup.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('backup.hint')}
      </Text>
      <Group align="flex-end">
        <TextInput label={t('backup.folder')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} w={420} data-testid="backup-folder" />
        <NumberInput label={t('backup.keep')} value={keep} onChange={(v) => setKeep(Number(v) || 1)} min={1} max={1000} w={110} />
        <NumberInput label={t('backup.every')} value={every} onChange={(v) => setEvery(Number(v) || 0)} min={0} max={1440} w={230} />
        <Button variant="light" onClick={() => void save()} data-testid="backup-save">
          {t('backup.save')}
        </Button>
        <Button onClick={() => void now()} loading={busy} data-testid="backup-now">
          {t('backup.now')}
        </Button>
      </Group>
      {busy && <Progress value={100} striped animated />}
      {done && (
        <Alert color="green" data-testid="backup-done">
          {done}
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
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
