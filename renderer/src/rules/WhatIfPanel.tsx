import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIfResult } from '../../../shared/policy/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { formatLocal, instantOfLocal } from '../../../shared/time/zoned';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';
import { VerdictCard } from './VerdictCard';
import { DayInput } from '../forms/DayInput';

/** Rules screen, what-if: every verdict for one appointment at a chosen moment, with reasons. */
export function WhatIfPanel({ today, now, timeZone }: { today: string; now: string; timeZone: string }) {
  const { t } = useTranslation('policy');
  const [date, setDate] = useState(today);
  const [query, setQuery] = useState('');
  const [appointmentId, setAppointmentId] = useState<string | null>(null);
  const [moment, setMoment] = useState(() => formatLocal(Date.parse(now), timeZone).replace(' ', 'T'));
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const picks = useCall('rules.appointments', { date, ...(query ? { query } : {}) });

  useEffect(() => setResult(null), [appointmentId]);

  const run = async () => {
    if (!appointmentId) return;
    const [d, time] = moment.split('T');
    if (!d || !time) return;
    setBusy(true);
    const at = new Date(instantOfLocal(d, time.slice(0, 5), timeZone)).toISOString();
    const r = await desk.call('rules.whatIf', { appointmentId: Number(appointmentId), at });
    setBusy(false);
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(r.error);
  };

  return (
    <Stack>
      <Text c="dimmed">{t('whatIf.hint')}</Text>
      <Group align="flex-end">
        <DayInput label={t('whatIf.date')} value={date} onChange={setDate} />
        <TextInput
          label={t('whatIf.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={260}
          data-testid="whatif-search"
        />
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
        <TextInput
          type="datetime-local"
          label={t('whatIf.at')}
          value={moment}
          onChange={(e) => setMoment(e.currentTarget.value)}
          data-testid="whatif-moment"
        />
        <Button onClick={() => void run()} disabled={!appointmentId} loading={busy} data-testid="whatif-run">
          {t('whatIf.run')}
        </Button>
      </Group>
      {picks.loading && <Loader size="sm" />}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {result && (
        <>
          <Text fw={600} data-testid="whatif-at">
            {result.appointment.candidateName} · {result.appointment.subjectName} · {result.appointment.startLocal} —{' '}
            {t('whatIf.atLine', { at: result.atLocal, zone: result.timeZone })}
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
