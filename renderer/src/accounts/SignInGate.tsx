import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '@mantine/hooks';
import type { AccountsStatus, OperatorInfo } from '../../../shared/accounts/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { RecoveryScreen } from '../recovery/RecoveryScreen';

const OperatorContext = createContext<{ operator: OperatorInfo | null; signOut: () => void; lock: () => void }>({
  operator: null,
  signOut: () => undefined,
  lock: () => undefined,
});

export const useOperator = () => useContext(OperatorContext);

/** Nothing of the desk shows until an operator has signed in (or created the first manager). */
export function SignInGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AccountsStatus | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ username: '', password: '', displayName: '' });
  const passwordField = useRef<HTMLInputElement>(null);

  /** Asks who is signed in; `say` is what the sign-in form then shows (a lockout that ended the session). */
  const load = useCallback((say: IpcError | null) => {
    void desk.call('accounts.status', {}).then((r) => {
      setError(r.ok ? say : r.error);
      setStatus(r.ok ? r.value : null);
    });
  }, []);
  const refresh = useCallback(() => load(null), [load]);
  useEffect(refresh, [refresh]);

  const signOut = useCallback(() => {
    void desk.call('accounts.signOut', {}).then(refresh);
  }, [refresh]);
  const lock = useCallback(() => {
    void desk.call('accounts.lock', {}).then(refresh);
  }, [refresh]);
  // The desk locks itself after the configured minutes without keyboard or mouse input.
  const idle = useIdle((status?.lockMinutes ?? 5) * 60_000, { initialState: false });
  useEffect(() => {
    if (idle && status?.operator && !status.locked) lock();
  }, [idle, status, lock]);

  // The database failed its check at start-up: nothing of the desk opens until a backup is restored.
  // Also when its newest records vanished (#14.12): the newest backup is the way back.
  if (!status && (error?.code === 'STORE_DAMAGED' || error?.code === 'STORE_TAIL_MISSING')) return <RecoveryScreen onRestored={refresh} />;
  if (!status) {
    return (
      <Center h="100vh">
        {error && !staleToken(error) ? <Alert color="red">{errorText(t, error)}</Alert> : <Loader aria-label={t('loading')} />}
      </Center>
    );
  }
  if (status.operator && status.locked) {
    // An unlock that locks the account ends the session: the sign-in form then says why and until when.
    return <LockScreen operator={status.operator} onUnlocked={refresh} onLockedOut={load} onSwitch={signOut} />;
  }
  if (status.operator) {
    return <OperatorContext.Provider value={{ operator: status.operator, signOut, lock }}>{children}</OperatorContext.Provider>;
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = status.needsSetup
      ? await desk.call('accounts.setup', form)
      : await desk.call('accounts.signIn', { username: form.username, password: form.password });
    setBusy(false);
    if (r.ok) return refresh();
    // A refused password is cleared for the next try (the user name stays).
    setError(r.error);
    setForm((f) => ({ ...f, password: '' }));
    passwordField.current?.focus();
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
              ref={passwordField}
              label={t('signIn.password')}
              autoComplete={status.needsSetup ? 'new-password' : 'current-password'}
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              required
            />
            {error && !staleToken(error) && (
              <Alert color="red" role="alert" data-testid="sign-in-error" data-code={error.code}>
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

/** The locked desk: the operator's password unlocks it; "switch operator" signs out for another. */
function LockScreen({ operator, onUnlocked, onLockedOut, onSwitch }: { operator: OperatorInfo; onUnlocked(): void; onLockedOut(e: IpcError): void; onSwitch(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await desk.call('accounts.unlock', { password });
    setBusy(false);
    setPassword('');
    if (r.ok) onUnlocked();
    else {
      setError(r.error);
      if (r.error.code === 'LOCKED_OUT') onLockedOut(r.error);
    }
  };
  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={380} data-testid="lock-screen">
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={3}>{t('lock.title')}</Title>
            <Text size="sm">{t('lock.hint', { name: operator.displayName })}</Text>
            <PasswordInput label={t('signIn.password')} autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required data-testid="unlock-password" />
            {error && (
              <Alert color="red" role="alert">
                {errorText(t, error)}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="unlock-submit">
              {t('lock.unlock')}
            </Button>
            <Button variant="subtle" onClick={onSwitch}>
              {t('lock.switch')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

/** A tab left from the desk's previous start: the stale-desk prompt says what to do, not this form. */
function staleToken(error: IpcError): boolean {
  return error.code === 'BAD_SENDER';
}
