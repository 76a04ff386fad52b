import { Alert, Badge, Button, Group, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorRole, OperatorRow } from '../../../shared/accounts/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';

/** Managers: every operator, adding one, resetting a password, changing a role, disabling. */
export function OperatorsPanel({ meId }: { meId: number }) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation();
  const list = useCall('accounts.list', {});
  const [form, setForm] = useState({ username: '', displayName: '', role: 'proctor' as OperatorRole, password: '' });
  const [resetFor, setResetFor] = useState<OperatorRow | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const after = (r: { ok: true; value: OperatorRow } | { ok: false; error: IpcError }, message: (o: OperatorRow) => string) => {
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(message(r.value));
    list.reload();
  };
  return (
    <Stack>
      {list.data && (
        <Table withTableBorder striped data-testid="operators-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('operators.username')}</Table.Th>
              <Table.Th>{t('operators.name')}</Table.Th>
              <Table.Th>{t('operators.role')}</Table.Th>
              <Table.Th>{t('operators.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td ff="monospace">{o.username}</Table.Td>
                <Table.Td>{o.displayName}</Table.Td>
                <Table.Td>{tApp(`signIn.roles.${o.role}`)}</Table.Td>
                <Table.Td>
                  {o.disabled ? <Badge color="gray">{t('operators.disabled')}</Badge> : <Badge color="green">{t('operators.active')}</Badge>}{' '}
                  {o.lockedUntil && <Badge color="red">{t('operators.lockedUntil', { time: o.lockedUntil.slice(0, 16).replace('T', ' ') })}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end">
                    <Button size="compact-xs" variant="light" onClick={() => setResetFor(o)} data-testid={`reset-${o.username}`}>
                      {t('operators.reset')}
                    </Button>
                    {o.id !== meId && (
                      <>
                        <Button size="compact-xs" variant="subtle" onClick={async () => after(await desk.call('accounts.update', { operatorId: o.id, role: o.role === 'manager' ? 'proctor' : 'manager', disabled: o.disabled }), (x) => t('operators.updated', { name: x.displayName }))}>
                          {o.role === 'manager' ? t('operators.makeProctor') : t('operators.makeManager')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color={o.disabled ? 'green' : 'red'} onClick={async () => after(await desk.call('accounts.update', { operatorId: o.id, role: o.role, disabled: !o.disabled }), (x) => t('operators.updated', { name: x.displayName }))}>
                          {o.disabled ? t('operators.enable') : t('operators.disable')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {resetFor && (
        <Group align="flex-end">
          <PasswordInput label={`${t('operators.newPassword')} · ${resetFor.displayName}`} value={newPassword} onChange={(e) => setNewPassword(e.currentTarget.value)} w={320} data-testid="reset-password" />
          <Button
            onClick={async () => {
              after(await desk.call('accounts.resetPassword', { operatorId: resetFor.id, password: newPassword }), (x) => t('operators.resetDone', { name: x.displayName }));
              setResetFor(null);
              setNewPassword('');
            }}
            data-testid="reset-submit"
          >
            {t('operators.reset')}
          </Button>
        </Group>
      )}
      <Title order={5}>{t('operators.add')}</Title>
      <Group align="flex-end">
        <TextInput label={t('operators.username')} value={form.username} onChange={(e) => setForm({ ...form, username: e.currentTarget.value })} w={150} data-testid="new-username" />
        <TextInput label={t('operators.name')} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })} w={150} data-testid="new-name" />
        <Select label={t('operators.role')} value={form.role} allowDeselect={false} onChange={(v) => v && setForm({ ...form, role: v as OperatorRole })} data={(['proctor', 'manager'] as const).map((r) => ({ value: r, label: tApp(`signIn.roles.${r}`) }))} w={150} />
        <PasswordInput label={t('operators.password')} value={form.password} onChange={(e) => setForm({ ...form, password: e.currentTarget.value })} w={220} data-testid="new-password" />
        <Button
          onClick={async () => {
            after(await desk.call('accounts.create', form), (x) => t('operators.created', { name: x.displayName }));
            setForm({ username: '', displayName: '', role: 'proctor', password: '' });
          }}
          data-testid="new-create"
        >
          {t('operators.create')}
        </Button>
      </Group>
      {done && (
        <Alert color="green" data-testid="operators-done">
          {done}
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {list.error && <Text c="red">{errorText(t, list.error)}</Text>}
    </Stack>
  );
}
