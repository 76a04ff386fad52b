import { Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '@mantine/hooks';
import type { OperatorInfo } from '../../../shared/accounts/contract';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ErrorNote } from '../ipc/ErrorNote';
import { asIpcError, useDeskMutation, useDeskQuery, type DeskCallError } from '../ipc/query';
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
  const client = useQueryClient();
  const statusQuery = useDeskQuery('accounts.status', {});
  const status = statusQuery.data ?? null;
  const statusError = asIpcError(statusQuery.error);
  const { refetch } = statusQuery;
  const refresh = useCallback(() => void refetch(), [refetch]);
  // A lockout on the lock screen ends the session: the sign-in form then says why and until when.
  const [said, setSaid] = useState<DeskCallError | null>(null);
  const [form, setForm] = useState({ username: '', password: '', displayName: '' });
  const passwordField = useRef<HTMLInputElement>(null);
  // A new operator starts from nothing the previous one's screens asked for.
  const forgetScreens = () => client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'accounts.status' });
  const accountChange = { invalidates: ['accounts.status'] as const, onSuccess: forgetScreens };
  const setup = useDeskMutation('accounts.setup', accountChange);
  const signInCall = useDeskMutation('accounts.signIn', accountChange);
  const { mutate: signOutCall } = useDeskMutation('accounts.signOut', { invalidates: ['accounts.status'] });
  const { mutate: lockCall } = useDeskMutation('accounts.lock', { invalidates: ['accounts.status'] });
  const signOut = useCallback(() => signOutCall({}), [signOutCall]);
  const lock = useCallback(() => lockCall({}), [lockCall]);
  // The desk locks itself after the configured minutes without keyboard or mouse input.
  const idle = useIdle((status?.lockMinutes ?? 5) * 60_000, { initialState: false });
  useEffect(() => {
    if (idle && status?.operator && !status.locked) lock();
  }, [idle, status, lock]);

  // The database failed its check at start-up: nothing of the desk opens until a backup is restored.
  // Also when its newest records vanished (#14.12): the newest backup is the way back.
  if (!status && (statusError?.code === 'STORE_DAMAGED' || statusError?.code === 'STORE_TAIL_MISSING')) return <RecoveryScreen onRestored={refresh} />;
  if (!status) {
    return <Center h="100vh">{statusError && !staleToken(statusQuery.error) ? <ErrorNote error={statusQuery.error} /> : <Loader aria-label={t('loading')} />}</Center>;
  }
  if (status.operator && status.locked) {
    // An unlock that locks the account ends the session: the sign-in form then says why and until when.
    return (
      <LockScreen
        operator={status.operator}
        onLockedOut={(e) => {
          setSaid(e);
          refresh();
        }}
        onSwitch={signOut}
      />
    );
  }
  if (status.operator) {
    return <OperatorContext.Provider value={{ operator: status.operator, signOut, lock }}>{children}</OperatorContext.Provider>;
  }

  const submitting = status.needsSetup ? setup : signInCall;
  const error = submitting.error ?? said;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaid(null);
    // A refused password is cleared for the next try (the user name stays).
    const onError = () => {
      setForm((f) => ({ ...f, password: '' }));
      passwordField.current?.focus();
    };
    if (status.needsSetup) setup.mutate(form, { onError });
    else signInCall.mutate({ username: form.username, password: form.password }, { onError });
  };

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit}>
          <Stack>
            <Text fw={700} c="blue.8">
              {t('appName')}
            </Text>
            <Title order={3}>{status.needsSetup ? t('setup.title') : t('signIn.title')}</Title>
            {status.needsSetup && <Text size="sm">{t('setup.hint')}</Text>}
            <TextInput label={t('signIn.username')} autoFocus autoComplete="username" value={form.username} onChange={(e) => setForm({ ...form, username: e.currentTarget.value })} required />
            {status.needsSetup && <TextInput label={t('setup.displayName')} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })} required />}
            <PasswordInput
              ref={passwordField}
              label={t('signIn.password')}
              autoComplete={status.needsSetup ? 'new-password' : 'current-password'}
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              required
            />
            <ErrorNote error={staleToken(error) ? null : error} testId="sign-in-error" />
            <Button type="submit" loading={submitting.isPending}>
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
function LockScreen({ operator, onLockedOut, onSwitch }: { operator: OperatorInfo; onLockedOut(e: DeskCallError): void; onSwitch(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const unlock = useDeskMutation('accounts.unlock', { invalidates: ['accounts.status'] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    unlock.mutate(
      { password },
      {
        onSettled: () => setPassword(''),
        onError: (error) => {
          if (error.error.code === 'LOCKED_OUT') onLockedOut(error);
        },
      },
    );
  };
  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={380} data-testid="lock-screen">
        <form onSubmit={submit}>
          <Stack>
            <Title order={3}>{t('lock.title')}</Title>
            <Text size="sm">{t('lock.hint', { name: operator.displayName })}</Text>
            <PasswordInput label={t('signIn.password')} autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required data-testid="unlock-password" />
            <ErrorNote error={unlock.error} />
            <Button type="submit" loading={unlock.isPending} data-testid="unlock-submit">
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
function staleToken(error: unknown): boolean {
  return asIpcError(error)?.code === 'BAD_SENDER';
}
