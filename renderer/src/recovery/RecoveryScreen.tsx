import { Alert, Button, Center, Code, Group, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/**
 * Shown instead of the sign-in screen when the database failed its check at start-up: what is
 * wrong, the newest good backup and the time it is from, and a manager's restore of it.
 */
export function RecoveryScreen({ onRestored }: { onRestored(): void }) {
  const { t } = useTranslation('recovery');
  const recovery = useDeskQuery('recovery.status', {});
  const status = recovery.data ?? null;
  const [form, setForm] = useState({ username: '', password: '' });
  const restore = useDeskMutation('recovery.restore');
  const done = restore.data ?? null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={620} data-testid="recovery-screen">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3}>{t('title')}</Title>
            <LanguageSwitch />
          </Group>
          {!status && !recovery.error && <Loader aria-label={t('title')} />}
          {status && (
            <Alert color="red" title={t('damaged')}>
              <Text size="sm">{t('kept')}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                {status.problem}
              </Text>
            </Alert>
          )}
          {done ? (
            <>
              <Alert color="green" data-testid="recovery-done">
                {t('done', { time: done.takenLocal })}
                {done.keptAside && (
                  <Text size="xs" mt={4}>
                    {t('keptAt')} <Code>{done.keptAside}</Code>
                  </Text>
                )}
              </Alert>
              <Text size="sm">{t('redo')}</Text>
              <Button onClick={onRestored} data-autofocus data-testid="recovery-continue">
                {t('continue')}
              </Button>
            </>
          ) : status?.backup ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                restore.mutate({ backup: status.backup!.name, ...form });
              }}
            >
              <Stack gap="sm">
                <Paper withBorder p="sm" bg="blue.0" data-testid="recovery-backup">
                  <Text fw={600}>{t('offer', { time: status.backup.takenLocal, zone: status.backup.timeZone })}</Text>
                  <Text size="sm">
                    {status.backup.centerName ? `${status.backup.centerName} · ` : ''}
                    {status.backup.name} · {(status.backup.bytes / 1024 / 1024).toFixed(1)} MB
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('lost', { time: status.backup.takenLocal })}
                  </Text>
                </Paper>
                <Text size="sm">{t('who')}</Text>
                <TextInput label={t('username')} value={form.username} onChange={(e) => setForm({ ...form, username: e.currentTarget.value })} required autoFocus data-testid="recovery-username" />
                <PasswordInput label={t('password')} value={form.password} onChange={(e) => setForm({ ...form, password: e.currentTarget.value })} required data-testid="recovery-password" />
                <ErrorNote error={restore.error} />
                <Button type="submit" loading={restore.isPending} color="red" data-testid="recovery-restore">
                  {t('restore', { time: status.backup.takenLocal })}
                </Button>
              </Stack>
            </form>
          ) : status ? (
            <Alert color="orange" data-testid="recovery-none">
              {t('none', { folder: status.folder ?? '' })}
              <Code block mt="xs">
                npm run desk -- restore --db "{status.database}" --from BACKUP.sqlite
              </Code>
            </Alert>
          ) : (
            <ErrorNote error={recovery.error} />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
