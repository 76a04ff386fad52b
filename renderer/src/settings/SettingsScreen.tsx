import { Alert, Button, Group, NumberInput, PasswordInput, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { CenterSettings } from '../center/CenterSettings';
import { setupTarget } from '../center/setup-link';
import { SetupWizard } from '../center/SetupWizard';
import { CenterLinkPanel } from '../centerlink/CenterLinkPanel';
import { useHash } from '../centerlink/use-hash';
import { OperatorsPanel } from './OperatorsPanel';

function PasswordPanel() {
  const { t } = useTranslation('settings');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useDeskMutation('accounts.changePassword');
  const submit = () => {
    change.mutate({ current, next });
    // Neither password stays in the form, whatever the answer.
    setCurrent('');
    setNext('');
  };
  return (
    <Stack maw={360}>
      <PasswordInput label={t('password.current')} value={current} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" data-testid="pw-current" />
      <PasswordInput label={t('password.next')} value={next} onChange={(e) => setNext(e.currentTarget.value)} autoComplete="new-password" data-testid="pw-next" />
      <Button onClick={submit} loading={change.isPending} data-testid="pw-change">
        {t('password.change')}
      </Button>
      {change.isSuccess && (
        <Alert color="green" data-testid="pw-done">
          {t('password.changed')}
        </Alert>
      )}
      <ErrorNote error={change.error} />
    </Stack>
  );
}

function LockPanel() {
  const { t } = useTranslation('settings');
  const status = useDeskQuery('accounts.status', {});
  const [typed, setMinutes] = useState<number | null>(null);
  const minutes = typed ?? status.data?.lockMinutes ?? 5;
  const save = useDeskMutation('accounts.setLockMinutes', { invalidates: ['accounts.status'] });
  return (
    <Stack maw={420}>
      <Text size="sm">{t('lock.hint')}</Text>
      <Group align="flex-end">
        <NumberInput label={t('lock.minutes')} value={minutes} onChange={(v) => setMinutes(Number(v) || 1)} min={1} max={240} w={260} />
        <Button onClick={() => save.mutate({ lockMinutes: minutes })} loading={save.isPending}>
          {t('lock.save')}
        </Button>
      </Group>
      {save.data && <Alert color="green">{t('lock.saved', { minutes: save.data.lockMinutes })}</Alert>}
      <ErrorNote error={save.error} />
    </Stack>
  );
}

/** Settings: the center's set-up and details, operators (managers), the operator's own password, and the desk lock. */
export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const { operator } = useOperator();
  const manager = operator?.role === 'manager';
  const { t: tc } = useTranslation('center');
  const { t: tl } = useTranslation('centerlink');
  // A link to a tab (the conflicts alert's) opens it even while Settings is already shown.
  const target = setupTarget(useHash());
  const opening = manager && (target.tab === 'setup' || target.tab === 'center' || target.tab === 'centerlink') ? target.tab : null;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Tabs key={opening ?? ''} defaultValue={opening ?? (manager ? 'operators' : 'password')} keepMounted={false}>
        <Tabs.List>
          {manager && (
            <Tabs.Tab value="setup" data-testid="tab-setup">
              {tc('tabs.setup')}
            </Tabs.Tab>
          )}
          {manager && (
            <Tabs.Tab value="center" data-testid="tab-center">
              {tc('tabs.center')}
            </Tabs.Tab>
          )}
          {manager && <Tabs.Tab value="operators">{t('tabs.operators')}</Tabs.Tab>}
          <Tabs.Tab value="password" data-testid="tab-password">
            {t('tabs.password')}
          </Tabs.Tab>
          {manager && <Tabs.Tab value="lock">{t('tabs.lock')}</Tabs.Tab>}
          {manager && (
            <Tabs.Tab value="centerlink" data-testid="tab-centerlink">
              {tl('tab')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {manager && operator && (
          <Tabs.Panel value="operators" pt="md">
            <OperatorsPanel meId={operator.id} />
          </Tabs.Panel>
        )}
        {manager && (
          <Tabs.Panel value="setup" pt="md">
            <SetupWizard initial={target.step} />
          </Tabs.Panel>
        )}
        {manager && (
          <Tabs.Panel value="center" pt="md">
            <CenterSettings />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="password" pt="md">
          <PasswordPanel />
        </Tabs.Panel>
        {manager && (
          <Tabs.Panel value="lock" pt="md">
            <LockPanel />
          </Tabs.Panel>
        )}
        {manager && (
          <Tabs.Panel value="centerlink" pt="md">
            <CenterLinkPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
