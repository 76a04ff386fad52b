import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterAdmissionSide, CenterConflictView } from '../../../shared/centerlink/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

function Side({ title, side, testId }: { title: string; side: CenterAdmissionSide; testId: string }) {
  const { t } = useTranslation('centerlink');
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={700} size="sm">
        {title}
      </Text>
      <Table fz="sm" withRowBorders={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={110}>{t('conflicts.desk')}</Table.Th>
            <Table.Td ff="monospace">{side.desk}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('conflicts.operator')}</Table.Th>
            <Table.Td>{side.operator}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('conflicts.deskAt')}</Table.Th>
            <Table.Td>{side.deskAtLocal}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('conflicts.nonce')}</Table.Th>
            <Table.Td ff="monospace" fz="xs">
              {side.nonce}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {side.forced && (
        <Badge color="orange" variant="light">
          {t('conflicts.forced')}
        </Badge>
      )}
    </Stack>
  );
}

function ConflictCard({ c }: { c: CenterConflictView }) {
  const { t } = useTranslation('centerlink');
  const [note, setNote] = useState('');
  const resolve = useDeskMutation('centerlink.resolveConflict', { invalidates: ['centerlink.conflicts', 'centerlink.status'] });
  const ready = note.trim().length >= 3 && !resolve.isPending;
  const decide = (resolution: 'kept-first' | 'kept-second') => resolve.mutate({ id: c.id, resolution, note: note.trim() });
  return (
    <Card withBorder padding="md" data-testid={`conflict-${c.id}`} data-state={c.resolution ? 'resolved' : 'open'}>
      <Group justify="space-between" mb="xs">
        <Text fw={700}>
          {t('conflicts.candidate')}: {c.candidateName ?? t('conflicts.unknownCandidate')} · <span style={{ fontFamily: 'monospace' }}>{c.admissionCode}</span>
        </Text>
        <Badge color={c.resolution ? 'gray' : 'red'}>{c.resolution ? t('conflicts.resolved') : t('conflicts.open')}</Badge>
      </Group>
      <SimpleGrid cols={2}>
        <Side title={t('conflicts.kept')} side={c.kept} testId={`conflict-${c.id}-side-kept`} />
        <Side title={t('conflicts.second')} side={c.second} testId={`conflict-${c.id}-side-second`} />
      </SimpleGrid>
      {c.resolution ? (
        <Text size="sm" mt="sm" data-testid={`conflict-${c.id}-resolution`}>
          {t('conflicts.resolvedBy', { by: c.resolvedBy ?? '', at: c.resolvedLocal ?? '', resolution: t(`conflicts.resolution.${c.resolution}`) })} — {c.note}
        </Text>
      ) : (
        <Stack mt="sm" gap="xs">
          <Textarea label={t('conflicts.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} required autosize minRows={2} data-testid={`conflict-${c.id}-note`} />
          <Group>
            <Button disabled={!ready} loading={resolve.isPending} onClick={() => decide('kept-first')} data-testid={`conflict-${c.id}-keep-first`}>
              {t('conflicts.keepFirst', { desk: c.kept.desk })}
            </Button>
            <Button variant="outline" disabled={!ready} onClick={() => decide('kept-second')} data-testid={`conflict-${c.id}-keep-second`}>
              {t('conflicts.keepSecond', { desk: c.second.desk })}
            </Button>
          </Group>
          <ErrorNote error={resolve.error} inline testId={`conflict-${c.id}-error`} />
        </Stack>
      )}
    </Card>
  );
}

/** The conflicts between desks' admissions: open ones first, each with both sides' evidence. */
export function ConflictsList() {
  const { t } = useTranslation('centerlink');
  const conflicts = useDeskQuery('centerlink.conflicts', {}, { refetchInterval: 5000 });
  if (conflicts.error) return <ErrorNote error={conflicts.error} testId="centerlink-conflicts-error" />;
  if (!conflicts.data) return null;
  if (conflicts.data.length === 0) return <Text c="dimmed">{t('conflicts.none')}</Text>;
  return (
    <Stack data-testid="centerlink-conflicts">
      {conflicts.data.map((c) => (
        <ConflictCard key={c.id} c={c} />
      ))}
    </Stack>
  );
}
