import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorInfo } from '../../../shared/accounts/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { errorText } from '../app/error-text';
import { desk } from '../ipc/client';

const OperatorContext = createContext<{ operator: OperatorInfo | null; signOut: () => void }>({
  operator: null,
  signOut: () => undefined,
});

export const useOperator = () => useContext(OperatorContext);

/** Nothing of the desk shows until an operator has signed in (or created the first manager). */
export function SignInGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ needsSetup: boolean; operator: OperatorInfo | null } | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ username: '', password: '', displayName: '' });

  const refresh = useCallback(() => {
    void desk.call('accounts.status', {}).then((r) => (r.ok ? setStatus(r.value) : setError(r.error)));
  }, []);
  useEffect(refresh, [refresh]);

  const signOut = useCallback(() => {
    void desk.call('accounts.signOut', {}).then(refresh);
  }, [refresh]);

  if (!status) {
    return (
      <Center h="100vh">
        {error ? <Alert color="red">{errorText(t, error)}</Alert> : <Loader aria-label={t('loading')} />}
      </Center>
    );
  }
  if (status.operator) {
    return <OperatorContext.Provider value={{ operator: status.operator, signOut }}>{children}</OperatorContext.Provider>;
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = status.needsSetup
      ? await desk.call('accounts.setup', form)
      : await desk.call('accounts.signIn', { username: form.username, password: form.password });
    setBusy(false);
    if (r.ok) refresh();
    else setError(r.error);
  };

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text fw={700} c="blue.8">
              {t('appName')}
            </Text>
            <Title order={3}>{status.needsSetup ? t('setup.title') : t('signIn.title')}</Title>
            {status.needsSetup && <Text size="sm">{t('setup.hint')}</Text>}
            <TextInput
              label={t('signIn.username')}
              autoFocus
              autoComplete="username"
              value={form.username}
              onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
              required
            />
            {status.needsSetup && (
              <TextInput
                label={t('setup.displayName')}
                value={form.displayName}
                onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
                required
              />
            )}
            <PasswordInput
              label={t('signIn.password')}
              autoComplete={status.needsSetup ? 'new-password' : 'current-password'}
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              required
            />
            {error && (
              <Alert color="red" role="alert">
                {errorText(t, error)}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {status.needsSetup ? t('setup.submit') : t('signIn.submit')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
