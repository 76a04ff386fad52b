import { Alert, Button, Group, List, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseWindowResult } from '../../../shared/checkin/contract';
import type { SessionSummary } from '../../../shared/today/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { ADMISSION_CHANGES } from './admission-changes';

/** The desk's clock (the server's, which --clock may set), ticking locally every second. */
function useDeskNow(deskNow: string | undefined): number {
  // Until the first tick the desk's own answer is the time (it is at most a second old).
  const [ticked, setTicked] = useState<{ from: string; now: number } | null>(null);
  useEffect(() => {
    if (!deskNow) return;
    const offset = Date.parse(deskNow) - Date.now();
    const timer = setInterval(() => setTicked({ from: deskNow, now: Date.now() + offset }), 1000);
    return () => clearInterval(timer);
  }, [deskNow]);
  if (!deskNow) return 0;
  return ticked?.from === deskNow ? ticked.now : Date.parse(deskNow);
}

function left(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** At the start: who has not come, and closing the window (they become absent, DAY-1/DAY-2). */
function CloseOffer({ session, onClosed }: { session: SessionSummary; onClosed(result: CloseWindowResult): void }) {
  const { t } = useTranslation('checkin');
  const [asked, setAsked] = useState(false);
  const notArrived = useDeskQuery('checkin.notArrived', { sessionId: session.id }, { enabled: asked });
  const list = notArrived.data ?? null;
  const closeWindow = useDeskMutation('checkin.closeWindow', { invalidates: ADMISSION_CHANGES, onSuccess: onClosed });
  return (
    <Stack gap={4}>
      {!list && (
        <Button size="compact-xs" variant="light" color="orange" onClick={() => setAsked(true)} loading={notArrived.isFetching} data-testid="cutoff-offer">
          {t('flow.cutoff.offerClose')}
        </Button>
      )}
      {list && (
        <Alert p={6} color="orange" title={`${t('flow.cutoff.notComeList')} (${list.length})`} data-testid="cutoff-not-come">
          <ScrollArea.Autosize mah={200}>
            <List size="xs">
              {list.map((a) => (
                <List.Item key={a.appointmentId}>
                  {a.candidateName} · {a.admissionCode}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          <Button mt={4} size="compact-xs" color="orange" onClick={() => closeWindow.mutate({ sessionId: session.id })} loading={closeWindow.isPending} data-testid="cutoff-close">
            {t('closeWindow.button')}
          </Button>
        </Alert>
      )}
      <ErrorNote error={notArrived.error ?? closeWindow.error} inline />
    </Stack>
  );
}

/** What closing the window did; kept by the strip so it stays after the day reloads. */
function ClosedNote({ result }: { result: CloseWindowResult }) {
  const { t } = useTranslation('checkin');
  return (
    <Text size="xs" c="orange.8" data-testid="cutoff-closed">
      {t('flow.cutoff.closed')} · {result.newlyMarked > 0 ? t('closeWindow.done', { count: result.newlyMarked }) : t('closeWindow.nothingNew')}
    </Text>
  );
}

/**
 * Each session of the day counting down to its check-in cut-off (DAY-1: the last admissible
 * arrival; the instants come from the server's profiles and clock), and from its start an offer
 * to close the window listing who has not come.
 */
export function CutoffStrip() {
  const { t } = useTranslation('checkin');
  const day = useDeskQuery('today.overview', {}, { refetchInterval: 30_000 });
  const now = useDeskNow(day.data?.now);
  const [closed, setClosed] = useState<Record<string, CloseWindowResult>>({});
  const sessions = day.data?.sessions ?? [];
  if (sessions.length === 0) return null;
  return (
    <Paper withBorder p={6} data-testid="cutoffs">
      <Text size="xs" fw={700}>
        {t('flow.cutoff.title')}
      </Text>
      <Stack gap={2}>
        {sessions.map((s) => {
          const c = s.cutoff;
          const waiting = s.booked - s.checkedIn - s.absent;
          const started = now >= Date.parse(s.startsAt);
          return (
            <div key={s.id} data-testid="cutoff-row" data-session={s.id}>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                  {s.startLocal.slice(11)} {s.roomName}
                </Text>
                <Text size="xs" c={c && now <= Date.parse(c.at) ? 'blue.8' : 'dimmed'} fw={600} data-testid="cutoff-left">
                  {!c
                    ? t('flow.cutoff.none')
                    : now <= Date.parse(c.at)
                      ? `${c.ruleId} ${t('flow.cutoff.left', { time: c.atLocal.slice(11, 16), left: left(Date.parse(c.at) - now) })}`
                      : `${c.ruleId} ${t('flow.cutoff.passed', { time: c.atLocal.slice(11, 16) })}`}
                </Text>
                {waiting > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('flow.cutoff.notCome', { count: waiting })}
                  </Text>
                )}
              </Group>
              {closed[s.id] ? <ClosedNote result={closed[s.id]!} /> : c && started && waiting > 0 && <CloseOffer session={s} onClosed={(result) => setClosed((was) => ({ ...was, [s.id]: result }))} />}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
