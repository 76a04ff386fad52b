import { Alert, Button, Group, List, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { memo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseWindowResult } from '../../../shared/checkin/contract';
import type { SessionSummary } from '../../../shared/today/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { ADMISSION_CHANGES } from './admission-changes';

/**
 * One local clock for every row: a single interval, and each second only the small parts that
 * show the time are rendered again (all in one pass), not the whole strip with its 80 rows.
 */
const tickListeners = new Set<() => void>();
let tickTimer: ReturnType<typeof setInterval> | undefined;
// The local time of the last tick: the same value for every read until the next tick, as
// useSyncExternalStore needs (a fresh Date.now() on each read would never settle).
let tickedAt = Date.now();
function subscribeTick(listener: () => void): () => void {
  tickListeners.add(listener);
  if (tickTimer === undefined) {
    tickedAt = Date.now();
    tickTimer = setInterval(() => {
      tickedAt = Date.now();
      tickListeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    tickListeners.delete(listener);
    if (tickListeners.size === 0) {
      clearInterval(tickTimer);
      tickTimer = undefined;
    }
  };
}
const localNow = () => tickedAt;

/** The desk's clock (the server's, which --clock may set; `answeredAt` is when it said so, local time), ticking every second. */
interface DeskClock {
  deskNow: number;
  answeredAt: number;
}
function useDeskNow({ deskNow, answeredAt }: DeskClock): number {
  const local = useSyncExternalStore(subscribeTick, localNow);
  // Never before the desk's own answer (it is at most a second old).
  return Math.max(deskNow, deskNow + (local - answeredAt));
}

function CutoffLeft({ cutoff, clock }: { cutoff: SessionSummary['cutoff']; clock: DeskClock }) {
  const { t } = useTranslation('checkin');
  const now = useDeskNow(clock);
  const c = cutoff;
  return (
    <Text size="xs" c={c && now <= Date.parse(c.at) ? 'blue.8' : 'dimmed'} fw={600} data-testid="cutoff-left">
      {!c
        ? t('flow.cutoff.none')
        : now <= Date.parse(c.at)
          ? `${c.ruleId} ${t('flow.cutoff.left', { time: c.atLocal.slice(11, 16), left: left(Date.parse(c.at) - now) })}`
          : `${c.ruleId} ${t('flow.cutoff.passed', { time: c.atLocal.slice(11, 16) })}`}
    </Text>
  );
}

/** From the session's start (desk clock): the offer to close its window. */
function OfferFromStart({ session, clock, onClosed }: { session: SessionSummary; clock: DeskClock; onClosed(result: CloseWindowResult): void }) {
  const now = useDeskNow(clock);
  return now >= Date.parse(session.startsAt) ? <CloseOffer session={session} onClosed={onClosed} /> : null;
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
export const CutoffStrip = memo(function CutoffStrip() {
  const { t } = useTranslation('checkin');
  const day = useDeskQuery('today.overview', {}, { refetchInterval: 30_000 });
  const [closed, setClosed] = useState<Record<string, CloseWindowResult>>({});
  const sessions = day.data?.sessions ?? [];
  if (!day.data || sessions.length === 0) return null;
  const clock: DeskClock = { deskNow: Date.parse(day.data.now), answeredAt: day.dataUpdatedAt };
  return (
    <Paper withBorder p={6} data-testid="cutoffs">
      <Text size="xs" fw={700}>
        {t('flow.cutoff.title')}
      </Text>
      <Stack gap={2}>
        {sessions.map((s) => {
          const c = s.cutoff;
          const waiting = s.booked - s.checkedIn - s.absent;
          return (
            <div key={s.id} data-testid="cutoff-row" data-session={s.id}>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                  {s.startLocal.slice(11)} {s.roomName}
                </Text>
                <CutoffLeft cutoff={c} clock={clock} />
                {waiting > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('flow.cutoff.notCome', { count: waiting })}
                  </Text>
                )}
              </Group>
              {closed[s.id] ? <ClosedNote result={closed[s.id]!} /> : c && waiting > 0 && <OfferFromStart session={s} clock={clock} onClosed={(result) => setClosed((was) => ({ ...was, [s.id]: result }))} />}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
});
