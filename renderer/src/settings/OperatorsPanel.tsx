import { Alert, Badge, Button, Group, PasswordInput, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsContract, type OperatorRole, type OperatorRow } from '../../../shared/accounts/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { schemaValidate } from '../forms/schema-resolver';

const createSchema = accountsContract['accounts.create'].request;
const resetSchema = accountsContract['accounts.resetPassword'].request;
const blankOperator = { username: '', displayName: '', role: 'proctor' as OperatorRole, password: '' };

/** Managers: every operator, adding one, resetting a password, changing a role, disabling. */
export function OperatorsPanel({ meId }: { meId: number }) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation();
  const list = useDeskQuery('accounts.list', {});
  const [done, setDone] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<OperatorRow | null>(null);
  // Each field is checked by the very schema the desk checks, and named in the operator's language.
  const add = useForm({ initialValues: blankOperator, validate: schemaValidate<typeof blankOperator>(createSchema) });
  const reset = useForm({
    initialValues: { password: '' },
    validate: schemaValidate<{ password: string }>(resetSchema, (v) => ({ operatorId: resetFor?.id ?? 1, password: v.password })),
  });
  const invalidates = ['accounts.list'] as const;
  const create = useDeskMutation('accounts.create', { invalidates });
  const update = useDeskMutation('accounts.update', { invalidates });
  const resetPassword = useDeskMutation('accounts.resetPassword', { invalidates });
  const writes = [create, update, resetPassword];
  /** One write at a time is reported: starting one forgets what the others said. */
  const starting = (current: (typeof writes)[number]) => {
    for (const w of writes) if (w !== current) w.reset();
    setDone(null);
  };
  const changeOperator = (o: OperatorRow, role: OperatorRole, disabled: boolean) => {
    starting(update);
    update.mutate({ operatorId: o.id, role, disabled }, { onSuccess: (x) => setDone(t('operators.updated', { name: x.displayName })) });
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
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => {
                        setResetFor(o);
                        reset.reset();
                      }}
                      data-testid={`reset-${o.username}`}
                    >
                      {t('operators.reset')}
                    </Button>
                    {o.id !== meId && (
                      <>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          loading={update.isPending && update.variables?.operatorId === o.id}
                          onClick={() => changeOperator(o, o.role === 'manager' ? 'proctor' : 'manager', o.disabled)}
                        >
                          {o.role === 'manager' ? t('operators.makeProctor') : t('operators.makeManager')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color={o.disabled ? 'green' : 'red'} onClick={() => changeOperator(o, o.role, !o.disabled)}>
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
        <form
          onSubmit={reset.onSubmit(({ password }) => {
            starting(resetPassword);
            resetPassword.mutate(
              { operatorId: resetFor.id, password },
              {
                onSuccess: (x) => {
                  setDone(t('operators.resetDone', { name: x.displayName }));
                  setResetFor(null);
                  reset.reset();
                },
              },
            );
          })}
        >
          <Group align="flex-start">
            <PasswordInput label={`${t('operators.newPassword')} · ${resetFor.displayName}`} {...reset.getInputProps('password')} w={320} data-testid="reset-password" />
            <Button type="submit" mt={25} loading={resetPassword.isPending} data-testid="reset-submit">
              {t('operators.reset')}
            </Button>
          </Group>
        </form>
      )}
      <Title order={5}>{t('operators.add')}</Title>
      <form
        onSubmit={add.onSubmit((values) => {
          starting(create);
          create.mutate(values, {
            onSuccess: (x) => {
              setDone(t('operators.created', { name: x.displayName }));
              add.reset();
            },
          });
        })}
      >
        <Group align="flex-start">
          <TextInput label={t('operators.username')} {...add.getInputProps('username')} w={150} data-testid="new-username" />
          <TextInput label={t('operators.name')} {...add.getInputProps('displayName')} w={150} data-testid="new-name" />
          <Select label={t('operators.role')} {...add.getInputProps('role')} allowDeselect={false} data={(['proctor', 'manager'] as const).map((r) => ({ value: r, label: tApp(`signIn.roles.${r}`) }))} w={150} />
          <PasswordInput label={t('operators.password')} {...add.getInputProps('password')} w={220} data-testid="new-password" />
          <Button type="submit" mt={25} loading={create.isPending} data-testid="new-create">
            {t('operators.create')}
          </Button>
        </Group>
      </form>
      {done && (
        <Alert color="green" data-testid="operators-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={create.error ?? update.error ?? resetPassword.error} testId="operators-error" />
      <ErrorNote error={list.error} inline />
    </Stack>
  );
}
