import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, INCIDENT_RULE, type IncidentKind } from '../../../shared/incidents/contract';
import { SessionPicker } from '../app/SessionPicker';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { IncidentList } from './IncidentList';

/** A proctor's report of one incident of the chosen session: kind, candidate (or the whole session), time, text. */
function RecordForm({ sessionId, onRecorded }: { sessionId: number; onRecorded(id: number): void }) {
  const { t } = useTranslation('incidents');
  const plan = useDeskQuery('seating.plan', { sessionId });
  const [kind, setKind] = useState<IncidentKind>('late-arrival');
  const [who, setWho] = useState<string | null>(null);
  const [time, setTime] = useState('');
  const [text, setText] = useState('');
  const record = useDeskMutation('incidents.record', {
    invalidates: ['incidents.list'],
    onSuccess: (value) => {
      setText('');
      setTime('');
      setWho(null);
      onRecorded(value.id);
    },
  });
  const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(time) && text.trim().length >= 5;
  const rule = INCIDENT_RULE[kind];
  const submit = () => record.mutate({ sessionId, kind, occurredAt: time, text, ...(who ? { appointmentId: Number(who) } : {}) });
  return (
    <Paper withBorder p="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) submit();
        }}
      >
        <Stack gap="xs">
          <Title order={4}>{t('record')}</Title>
          <Group align="flex-end">
            <Select
              label={t('kind')}
              w={200}
              allowDeselect={false}
              value={kind}
              onChange={(v) => v && setKind(v as IncidentKind)}
              data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              data-testid="incident-kind"
            />
            <Select
              label={t('candidate')}
              w={320}
              searchable
              clearable
              placeholder={t('wholeSession')}
              value={who}
              onChange={setWho}
              data={(plan.data?.candidates ?? []).map((c) => ({ value: String(c.appointmentId), label: `${c.candidateName} ${c.documentMasked}` }))}
              data-testid="incident-candidate"
            />
            <TextInput label={t('time')} w={130} placeholder="09:35" value={time} onChange={(e) => setTime(e.currentTarget.value)} data-testid="incident-time" />
          </Group>
          {rule && rule !== 'DAY-1' && (
            <Text size="sm" c="orange" data-testid="incident-rule">
              {t(`leadsTo.${rule}`)}
            </Text>
          )}
          <Textarea label={t('text')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} data-testid="incident-text" />
          <Group>
            <Button type="submit" disabled={!valid} loading={record.isPending} data-testid="incident-submit">
              {t('submit')}
            </Button>
          </Group>
          <ErrorNote error={record.error} />
        </Stack>
      </form>
    </Paper>
  );
}

/** Incident reports of a day: record one for the chosen session, review and close them (manager). */
export function IncidentsScreen() {
  const { t } = useTranslation('incidents');
  const [date, setDate] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [openOnly, setOpenOnly] = useState(false);
  const [recorded, setRecorded] = useState<number | null>(null);
  const today = useDeskQuery('today.overview', {});
  const day = date ?? today.data?.date ?? null;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
      <SessionPicker date={date} onDate={setDate} sessionId={sessionId} onSession={setSessionId} />
      {sessionId && <RecordForm key={sessionId} sessionId={sessionId} onRecorded={setRecorded} />}
      {recorded !== null && (
        <Alert color="green" data-testid="incident-done">
          {t('recorded', { id: recorded })}
        </Alert>
      )}
      <Group justify="space-between">
        <Title order={4}>{t('list')}</Title>
        <Checkbox label={t('openOnly')} checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} data-testid="incident-open-only" />
      </Group>
      {day && <IncidentList date={day} openOnly={openOnly} />}
    </Stack>
  );
}
