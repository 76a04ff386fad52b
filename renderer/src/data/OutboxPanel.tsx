import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../shared/exchange/export-contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';

export function OutboxPanel({ rows }: { rows: OutboxEntry[] }) {
  const { t } = useTranslation('data');
  const markSent = useDeskMutation('exchange.markSent', { invalidates: ['exchange.outbox'] });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('outbox.title')}</Title>
      {rows.length === 0 && <Text c="dimmed">{t('outbox.empty')}</Text>}
      <ErrorNote error={markSent.error} />
      {rows.length > 0 && (
        <Table withTableBorder data-testid="outbox-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outbox.file')}</Table.Th>
              <Table.Th ta="right">{t('outbox.rows')}</Table.Th>
              <Table.Th>{t('outbox.created')}</Table.Th>
              <Table.Th>{t('outbox.by')}</Table.Th>
              <Table.Th>{t('outbox.sent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.fileName}</Table.Td>
                <Table.Td ta="right">{r.rows}</Table.Td>
                <Table.Td>{r.createdLocal}</Table.Td>
                <Table.Td>{r.createdBy ?? ''}</Table.Td>
                <Table.Td>
                  {r.sentLocal ? (
                    <Badge color="green">{r.sentLocal}</Badge>
                  ) : (
                    <Button size="compact-xs" variant="light" onClick={() => markSent.mutate({ outboxId: r.id })}>
                      {t('outbox.markSent')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
