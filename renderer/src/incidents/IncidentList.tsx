import { Badge, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentView } from '../../../shared/incidents/contract';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

function CloseForm({ incident }: { incident: IncidentView }) {
  const { t } = useTranslation('incidents');
  const [resolution, setResolution] = useState('');
  const close = useDeskMutation('incidents.close', { invalidates: ['incidents.list'] });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (resolution.trim().length >= 5) close.mutate({ id: incident.id, resolution });
      }}
    >
      <Stack gap={4}>
        <Textarea size="xs" autosize minRows={1} placeholder={t('resolution')} aria-label={t('resolution')} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} data-testid="incident-resolution" />
        <Group>
          <Button size="xs" type="submit" disabled={resolution.trim().length < 5} loading={close.isPending} data-testid="incident-close">
            {t('close')}
          </Button>
        </Group>
        <ErrorNote error={close.error} />
      </Stack>
    </form>
  );
}

/** The day's incidents, newest first; a manager closes an open one with a resolution. */
export function IncidentList({ date, openOnly }: { date: string; openOnly: boolean }) {
  const { t } = useTranslation('incidents');
  const { operator } = useOperator();
  const list = useDeskQuery('incidents.list', { date, openOnly });
  if (list.error) return <ErrorNote error={list.error} />;
  const rows = list.data ?? [];
  if (list.data && rows.length === 0) return <Text c="dimmed">{t('none')}</Text>;
  return (
    <Table withTableBorder data-testid="incident-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('col.time')}</Table.Th>
          <Table.Th>{t('col.session')}</Table.Th>
          <Table.Th>{t('col.kind')}</Table.Th>
          <Table.Th>{t('col.candidate')}</Table.Th>
          <Table.Th>{t('col.text')}</Table.Th>
          <Table.Th>{t('col.by')}</Table.Th>
          <Table.Th>{t('col.state')}</Table.Th>
          <Table.Th w={260}>{t('col.resolution')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((i) => (
          <Table.Tr key={i.id} data-testid="incident-row" data-state={i.state}>
            <Table.Td>{i.occurredLocal.slice(11)}</Table.Td>
            <Table.Td>{i.sessionLabel}</Table.Td>
            <Table.Td>
              {t(`kinds.${i.kind}`)}
              {i.ruleId && (
                <Text size="xs" c="dimmed">
                  {i.ruleId}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{i.candidateName ?? t('wholeSession')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{i.text}</Table.Td>
            <Table.Td>{i.recordedBy}</Table.Td>
            <Table.Td>
              <Badge color={i.state === 'open' ? 'orange' : 'gray'} variant="light" tt="none" style={{ overflow: 'visible' }}>
                {t(`state.${i.state}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {i.state === 'closed' ? (
                <>
                  <Text size="sm">{i.resolution}</Text>
                  <Text size="xs" c="dimmed">
                    {t('closedBy', { by: i.closedBy, at: i.closedLocal })}
                  </Text>
                </>
              ) : operator?.role === 'manager' ? (
                <CloseForm incident={i} />
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
