import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocal, instantOfLocal } from '../../../shared/time/zoned';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { VerdictCard } from './VerdictCard';
import { DayInput } from '../forms/DayInput';

/** Rules screen, what-if: every verdict for one appointment at a chosen moment, with reasons. */
export function WhatIfPanel({ today, now, timeZone }: { today: string; now: string; timeZone: string }) {
  const { t } = useTranslation('policy');
  const [date, setDate] = useState(today);
  const [query, setQuery] = useState('');
  const [appointmentId, setAppointmentId] = useState<string | null>(null);
  const [moment, setMoment] = useState(() => formatLocal(Date.parse(now), timeZone).replace(' ', 'T'));
  const picks = useDeskQuery('rules.appointments', { date, ...(query ? { query } : {}) });
  // Asking "what if" changes nothing stored: a mutation only because the operator asks for it.
  const whatIf = useDeskMutation('rules.whatIf');
  // Another appointment chosen: the answers shown were for the one before.
  const result = whatIf.data && String(whatIf.variables?.appointmentId) === appointmentId ? whatIf.data : null;

  const run = () => {
    if (!appointmentId) return;
    const [d, time] = moment.split('T');
    if (!d || !time) return;
    const at = new Date(instantOfLocal(d, time.slice(0, 5), timeZone)).toISOString();
    whatIf.mutate({ appointmentId: Number(appointmentId), at });
  };

  return (
    <Stack>
      <Text c="dimmed">{t('whatIf.hint')}</Text>
      <Group align="flex-end">
        <DayInput label={t('whatIf.date')} value={date} onChange={setDate} />
        <TextInput label={t('whatIf.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={260} data-testid="whatif-search" />
        <Select
          label={t('whatIf.appointment')}
          w={420}
          searchable
          data-testid="whatif-appointment"
          value={appointmentId}
          onChange={setAppointmentId}
          nothingFoundMessage={t('whatIf.none')}
          data={(picks.data ?? []).map((p) => ({
            value: String(p.id),
            label: `${p.startLocal.slice(11)} ${p.candidateName} ${p.documentMasked} · ${p.subjectCode} · ${p.bookingId}`,
          }))}
        />
        <TextInput type="datetime-local" label={t('whatIf.at')} value={moment} onChange={(e) => setMoment(e.currentTarget.value)} data-testid="whatif-moment" />
        <Button onClick={run} disabled={!appointmentId} loading={whatIf.isPending} data-testid="whatif-run">
          {t('whatIf.run')}
        </Button>
      </Group>
      {picks.isFetching && <Loader size="sm" />}
      <ErrorNote error={whatIf.error ?? picks.error} />
      {result && (
        <>
          <Text fw={600} data-testid="whatif-at">
            {result.appointment.candidateName} · {result.appointment.subjectName} · {result.appointment.startLocal} — {t('whatIf.atLine', { at: result.atLocal, zone: result.timeZone })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {result.answers.map((a) =>
              a.result.ok ? (
                <VerdictCard key={a.decision} verdict={a.result.verdict} />
              ) : (
                <Alert key={a.decision} color="gray" title={t(`decision.${a.decision}`, { defaultValue: a.decision })}>
                  {a.result.error.code === 'NOT_APPLICABLE'
                    ? t('notApplicable')
                    : a.result.error.code === 'OUTSIDE_CALENDAR' && a.result.error.date
                      ? t('errors:rules.outsideCalendar', { date: a.result.error.date, year: a.result.error.date.slice(0, 4) })
                      : `${t('errorPrefix')}${a.result.error.message}`}
                </Alert>
              ),
            )}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
