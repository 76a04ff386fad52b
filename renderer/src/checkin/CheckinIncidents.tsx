import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard } from '../../../shared/checkin/contract';
import { INCIDENT_KINDS, type IncidentKind } from '../../../shared/incidents/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Beside the opened candidate (#18): record an incident for them in a line (kind, time, text; a
 * disputed late arrival is the usual one, DAY-1) and the session's open incidents of the day.
 */
export const CheckinIncidents = memo(function CheckinIncidents({ card, sessionId }: { card: CheckinCard; sessionId: number }) {
  // Below the verdict and not part of it: mounted in a pass of its own after the verdict is painted.
  const shown = useDeferredValue(true, false);
  return shown ? <IncidentsForm card={card} sessionId={sessionId} /> : null;
});

function IncidentsForm({ card, sessionId }: { card: CheckinCard; sessionId: number }) {
  const { t } = useTranslation('incidents');
  const date = card.startLocal.slice(0, 10);
  // The same query the admission panel asks (and keeps fresh): the desk's clock gives the default time.
  const view = useDeskQuery('checkin.verdict', { appointmentId: card.appointmentId }, { staleTime: Infinity });
  const open = useDeskQuery('incidents.list', { date, sessionId, openOnly: true });
  const [kind, setKind] = useState<IncidentKind>('late-arrival');
  const [typedTime, setTypedTime] = useState<string | null>(null);
  const [text, setText] = useState('');
  const time = typedTime ?? view.data?.nowLocal.slice(11, 16) ?? '';
  const record = useDeskMutation('incidents.record', {
    invalidates: ['incidents.list', 'audit.list'],
    onSuccess: () => {
      setText('');
      setTypedTime(null);
    },
  });
  const valid = HH_MM.test(time) && text.trim().length >= 5;
  const list = open.data ?? [];
  return (
    <Paper withBorder p="xs" mt="sm" data-testid="checkin-incidents">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) record.mutate({ sessionId, appointmentId: card.appointmentId, kind, occurredAt: time, text });
        }}
      >
        <Stack gap={6}>
          <Title order={5}>{t('desk.title', { name: card.candidateName })}</Title>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Select
              size="xs"
              w={150}
              label={t('kind')}
              allowDeselect={false}
              value={kind}
              onChange={(v) => v && setKind(v as IncidentKind)}
              data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              data-testid="checkin-incident-kind"
            />
            <TextInput size="xs" w={80} label={t('desk.time')} value={time} onChange={(e) => setTypedTime(e.currentTarget.value)} data-testid="checkin-incident-time" />
            <TextInput size="xs" style={{ flex: 1 }} label={t('text')} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="checkin-incident-text" />
            <Button size="xs" type="submit" disabled={!valid} loading={record.isPending} data-testid="checkin-incident-submit">
              {t('submit')}
            </Button>
          </Group>
          <ErrorNote error={record.error ?? open.error} inline />
          <Text size="sm" fw={500}>
            {t('desk.open')}
          </Text>
          {list.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="checkin-incidents-none">
              {t('desk.none')}
            </Text>
          ) : (
            list.map((i) => (
              <Text key={i.id} size="sm" data-testid="checkin-incident-row">
                {i.occurredLocal.slice(11)} · {t(`kinds.${i.kind}`)}
                {i.ruleId ? ` (${i.ruleId})` : ''} · {i.candidateName ?? t('wholeSession')} · {i.text} · {i.recordedBy}
              </Text>
            ))
          )}
        </Stack>
      </form>
    </Paper>
  );
}
