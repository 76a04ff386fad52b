import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/** The day's sessions, each with a select of the desk it is leased to (a desk admits its candidates offline). */
export function LeasesTable() {
  const { t } = useTranslation('centerlink');
  const leases = useDeskQuery('centerlink.leases', {});
  const desks = useDeskQuery('centerlink.desks', {}, { refetchInterval: 10_000 });
  const assign = useDeskMutation('centerlink.assignLease', { invalidates: ['centerlink.leases', 'centerlink.desks'] });
  if (leases.error) return <ErrorNote error={leases.error} testId="centerlink-leases-error" />;
  if (!leases.data) return null;
  if (leases.data.length === 0) return <Text c="dimmed">{t('leases.none')}</Text>;
  const names = (desks.data ?? []).map((d) => d.name);
  const options = [{ value: '', label: t('leases.noDesk') }, ...names.map((n) => ({ value: n, label: n }))];
  return (
    <>
      <Table withTableBorder striped maw={640} data-testid="centerlink-leases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leases.time')}</Table.Th>
            <Table.Th>{t('leases.room')}</Table.Th>
            <Table.Th>{t('leases.desk')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leases.data.map((l) => (
            <Table.Tr key={l.sessionKey} data-testid={`lease-${l.sessionKey}`}>
              <Table.Td>{l.startsLocal}</Table.Td>
              <Table.Td>
                {l.roomCode} · {l.roomName}
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={t('leases.selectLabel', { room: l.roomCode, time: l.startsLocal })}
                  data={l.desk && !names.includes(l.desk) ? [...options, { value: l.desk, label: l.desk }] : options}
                  value={l.desk ?? ''}
                  disabled={assign.isPending}
                  onChange={(e) => assign.mutate({ sessionKey: l.sessionKey, desk: e.currentTarget.value || null })}
                  data-testid={`lease-select-${l.roomCode}-${l.startsLocal}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorNote error={assign.error} testId="centerlink-assign-error" />
    </>
  );
}
