import { Alert, Badge, Divider, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterLinkStatusView } from '../../../shared/centerlink/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';
import { useCenterLink } from './CenterBadge';
import { ConflictsList } from './ConflictsList';
import { JoinCenterForm } from './JoinCenterForm';
import { LeaveCenterButton } from './LeaveCenterButton';
import { LeasesTable } from './LeasesTable';
import { useMarkPanelShown } from './panel-shown';

function LinkState({ s }: { s: CenterLinkStatusView }) {
  const { t } = useTranslation('centerlink');
  const rows: [string, ReactNode][] = [
    [
      t('status.server'),
      <Text ff="monospace" size="sm">
        {s.server}
      </Text>,
    ],
    [t('status.desk'), s.desk],
    [t('status.state'), <Badge color={s.online ? 'green' : 'red'}>{s.online ? t('status.online') : t('status.offline', { since: s.offlineSinceLocal ?? '?' })}</Badge>],
    [t('status.outbox'), String(s.outboxDepth)],
    [t('status.conflicts'), String(s.openConflicts)],
  ];
  return (
    <Table withTableBorder maw={640} data-testid="centerlink-state">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={200}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DesksTable() {
  const { t } = useTranslation('centerlink');
  const desks = useDeskQuery('centerlink.desks', {}, { refetchInterval: 10_000 });
  if (desks.error) return <ErrorNote error={desks.error} testId="centerlink-desks-error" />;
  if (!desks.data) return null;
  if (desks.data.length === 0) return <Text c="dimmed">{t('desks.none')}</Text>;
  return (
    <Table withTableBorder striped maw={640} data-testid="centerlink-desks">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('desks.name')}</Table.Th>
          <Table.Th>{t('desks.lastContact')}</Table.Th>
          <Table.Th>{t('desks.leases')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {desks.data.map((d) => (
          <Table.Tr key={d.name}>
            <Table.Td ff="monospace">{d.name}</Table.Td>
            <Table.Td>{d.lastContactLocal}</Table.Td>
            <Table.Td>{d.leases}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Settings → Center server (managers): the link's state, the desks with their last contact, the
 * day's sessions and the desk each is leased to, and the conflicts to resolve; joining a desk that
 * works alone, and leaving.
 */
export function CenterLinkPanel() {
  const { t } = useTranslation('centerlink');
  const link = useCenterLink();
  useMarkPanelShown();
  if (!link.data) return <ErrorNote error={link.error} />;
  if (!link.data.joined) {
    return (
      <Stack>
        <Alert color="gray" data-testid="centerlink-alone">
          {t('notJoined')}
        </Alert>
        <JoinCenterForm />
      </Stack>
    );
  }
  return (
    <Stack data-testid="centerlink-panel">
      <LinkState s={link.data} />
      <LeaveCenterButton link={link.data} />
      <Title order={4}>{t('conflicts.title')}</Title>
      <ConflictsList />
      <Divider />
      <Title order={4}>{t('leases.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('leases.hint')}
      </Text>
      <LeasesTable />
      <Divider />
      <Title order={4}>{t('desks.title')}</Title>
      <DesksTable />
    </Stack>
  );
}
