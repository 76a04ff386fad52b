import { Alert, Button, Grid, Group, Modal, Paper, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../../shared/ipc/contract';
import type { FaultOutcome, SeatView } from '../../../shared/seating/contract';
import { useOperator } from '../accounts/SignInGate';
import { SessionPicker } from '../app/SessionPicker';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { RoomsEditor } from './RoomsEditor';
import { SeatMap } from './SeatMap';
import { saveBase64File } from '../app/files';

type Ask = { kind: 'move'; appointmentId: number; seatId: number } | { kind: 'fault'; seat: SeatView };

/** What a seat change (or a rebooking after a fault) changes: the plan, and where the desk shows a candidate's seat and day. */
const PLAN_READS: readonly ChannelName[] = ['seating.plan', 'today.overview', 'checkin.find', 'checkin.notArrived'];

function Planner({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation('seating');
  const { operator } = useOperator();
  const loaded = useDeskQuery('seating.plan', { sessionId });
  const generate = useDeskMutation('seating.generate', { invalidates: PLAN_READS });
  const move = useDeskMutation('seating.move', { invalidates: PLAN_READS });
  const fault = useDeskMutation('seating.fault', { invalidates: PLAN_READS });
  const rebook = useDeskMutation('seating.rebook', { invalidates: PLAN_READS });
  const error = latestOf(generate, move, fault, rebook)?.error;
  const [focused, setFocused] = useState<number | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [reason, setReason] = useState('');
  // Kept as a message key and its values, so it is said in the language shown now (not the one at the fault).
  const [outcome, setOutcome] = useState<{ key: string; values: Record<string, string> } | null>(null);
  const [choice, setChoice] = useState<{ outcome: Extract<FaultOutcome, { kind: 'choose' }>; reason: string } | null>(null);
  const view = loaded.data;
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  if (!view) return null;
  const byId = new Map(view.candidates.map((c) => [c.appointmentId, c]));
  const seatOf = (id: number | null) => view.seats.find((s) => s.id === id);

  const onKey = (e: React.KeyboardEvent, seat: SeatView) => {
    if (e.key === 'Escape') setPicked(null);
    if (e.key === 'Enter') {
      e.preventDefault();
      const from = seatOf(picked);
      if (from?.appointmentId && from.id !== seat.id) {
        setAsk({ kind: 'move', appointmentId: from.appointmentId, seatId: seat.id });
        setReason('');
      } else if (seat.appointmentId) setPicked(seat.id);
    }
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      if (seat.status === 'ok') {
        setAsk({ kind: 'fault', seat });
        setReason('');
      }
    }
  };
  const describe = (o: FaultOutcome): { key: string; values: Record<string, string> } => {
    if (o.kind === 'moved') return { key: 'outcome.moved', values: { name: byId.get(o.appointmentId)?.candidateName ?? '', from: o.fromLabel, to: o.toLabel } };
    if (o.kind === 'rebooked') return { key: 'outcome.rebooked', values: { name: byId.get(o.appointmentId)?.candidateName ?? '', start: o.newStartLocal } };
    if (o.kind === 'no-seat') return { key: 'outcome.noSeat', values: {} };
    if (o.kind === 'choose') return { key: o.freeSeats.length > 0 ? 'outcome.chooseRegular' : 'outcome.chooseNone', values: { name: byId.get(o.appointmentId)?.candidateName ?? '', from: o.fromLabel } };
    return { key: 'outcome.emptySeat', values: {} };
  };
  // #18.6: after a fault with no suitable seat, the operator chooses: a free regular seat or BOOK-7.
  const takeSeat = (seatId: number) => {
    if (!choice) return;
    const name = byId.get(choice.outcome.appointmentId)?.candidateName ?? '';
    move.mutate(
      { sessionId, appointmentId: choice.outcome.appointmentId, seatId, reason: choice.reason, acceptRegularSeat: true },
      {
        onSuccess: (plan) => {
          setOutcome({ key: 'outcome.tookRegular', values: { name, seat: plan.seats.find((x) => x.id === seatId)?.label ?? '' } });
          setChoice(null);
        },
      },
    );
  };
  const rebookChosen = () => {
    if (!choice) return;
    rebook.mutate(
      { sessionId, appointmentId: choice.outcome.appointmentId, reason: choice.reason },
      {
        onSuccess: (r) => {
          setOutcome(describe(r.outcome));
          setChoice(null);
        },
      },
    );
  };
  const submit = () => {
    if (!ask) return;
    if (ask.kind === 'move') move.mutate({ sessionId, appointmentId: ask.appointmentId, seatId: ask.seatId, reason });
    else
      fault.mutate(
        { sessionId, seatId: ask.seat.id, reason },
        {
          onSuccess: (r) => {
            setOutcome(describe(r.outcome));
            setChoice(r.outcome.kind === 'choose' ? { outcome: r.outcome, reason } : null);
          },
        },
      );
    setAsk(null);
    setPicked(null);
  };
  const focusedSeat = seatOf(focused);
  const who = focusedSeat?.appointmentId ? byId.get(focusedSeat.appointmentId) : null;
  const pickedWho = seatOf(picked)?.appointmentId ? byId.get(seatOf(picked)!.appointmentId!) : null;
  return (
    <Stack>
      <Group>
        {operator?.role === 'manager' && (
          <Button onClick={() => generate.mutate({ sessionId })} loading={generate.isPending} data-testid="seating-generate">
            {view.plan ? t('regenerate') : t('generate')}
          </Button>
        )}
        <Text data-testid="plan-info">{view.plan ? t('planInfo', { seed: view.plan.seed, count: view.plan.adjacentSameSubject }) : t('noPlan')}</Text>
      </Group>
      <ErrorNote error={error} />
      {outcome && (
        <Alert color="orange" data-testid="fault-outcome">
          {t(outcome.key, outcome.values)}
        </Alert>
      )}
      {choice && (
        <Group data-testid="fault-choice">
          {choice.outcome.freeSeats.slice(0, 3).map((s) => (
            <Button key={s.id} variant="light" onClick={() => takeSeat(s.id)} data-testid={`choose-seat-${s.label}`}>
              {t(s.wheelchair ? 'choose.seat' : 'choose.regularSeat', { seat: s.label })}
            </Button>
          ))}
          <Button variant="outline" color="orange" onClick={rebookChosen} data-testid="choose-rebook">
            {t('choose.rebook')}
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('keys')}
      </Text>
      {pickedWho && (
        <Alert color="blue" data-testid="picked">
          {t('picked', { name: pickedWho.candidateName, seat: seatOf(picked)?.label })}
        </Alert>
      )}
      <Tabs defaultValue="map">
        <Tabs.List mb="sm">
          <Tabs.Tab value="map">{t('tabs.map')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('tabs.list')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="map">
          <Grid>
            <Grid.Col span={9}>
              <SeatMap plan={view} focused={focused} picked={picked} onFocus={setFocused} onKey={onKey} />
            </Grid.Col>
            <Grid.Col span={3}>
              {focusedSeat && (
                <Paper withBorder p="sm" data-testid="seat-details">
                  <Text fw={700}>{focusedSeat.label}</Text>
                  {who ? (
                    <>
                      <Text>{who.candidateName}</Text>
                      <Text size="sm" c="dimmed">
                        {who.pinyin ?? ''} · {who.documentMasked}
                      </Text>
                      <Text size="sm">
                        {who.subjectCode} {who.retake ? `· ${t('retakeMark')}` : ''} {who.wheelchair ? '· ♿' : ''}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {focusedSeat.status === 'ok' ? t('seat.free') : focusedSeat.status === 'failed' ? t('seat.failed') : t('seat.outOfService')}
                    </Text>
                  )}
                </Paper>
              )}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="list">
          <Table withTableBorder data-testid="seat-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.seat')}</Table.Th>
                <Table.Th>{t('list.candidate')}</Table.Th>
                <Table.Th>{t('list.document')}</Table.Th>
                <Table.Th>{t('list.subject')}</Table.Th>
                <Table.Th>{t('list.retake')}</Table.Th>
                <Table.Th>{t('list.wheelchair')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...view.candidates]
                .sort((a, b) => (a.seatLabel ?? '~').localeCompare(b.seatLabel ?? '~'))
                .map((c) => (
                  <Table.Tr key={c.appointmentId}>
                    <Table.Td>{c.seatLabel ?? '—'}</Table.Td>
                    <Table.Td>{c.candidateName}</Table.Td>
                    <Table.Td>{c.documentMasked}</Table.Td>
                    <Table.Td>{c.subjectCode}</Table.Td>
                    <Table.Td>{c.retake ? '✓' : ''}</Table.Td>
                    <Table.Td>{c.wheelchair ? '♿' : ''}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
      </Tabs>
      <Modal opened={ask !== null} onClose={() => setAsk(null)} title={ask?.kind === 'fault' ? t('faultTitle', { seat: ask.seat.label }) : t('move')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            <TextInput label={t('reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autoFocus data-testid="seat-reason" />
            <Button type="submit" disabled={reason.trim().length < 3} data-testid="seat-reason-submit">
              {ask?.kind === 'fault' ? t('fault') : t('move')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

/** A session's seat plan: generate, look, move with the keyboard, repair a failed workstation. */
export function SeatingScreen() {
  const { t } = useTranslation('seating');
  const [date, setDate] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const { operator } = useOperator();
  const { i18n } = useTranslation();
  const today = useDeskQuery('today.overview', {});
  const day = date ?? today.data?.date ?? null;
  const pdf = useDeskMutation('rosters.pdf', { onSuccess: (file) => saveBase64File(file.fileName, 'application/pdf', file.base64) });
  const print = () => day && pdf.mutate({ date: day, documents: ['seat-plan', 'door-list'], lang: i18n.language === 'en' ? 'en' : 'zh-CN' });
  const plan = (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <SessionPicker date={date} onDate={setDate} sessionId={sessionId} onSession={setSessionId} />
        {operator?.role === 'manager' && day && (
          <Button variant="light" loading={pdf.isPending} onClick={print} data-testid="seating-print">
            {t('printPlans')}
          </Button>
        )}
      </Group>
      <ErrorNote error={pdf.error} />
      {sessionId && <Planner key={sessionId} sessionId={sessionId} />}
    </Stack>
  );
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {operator?.role === 'manager' ? (
        <Tabs defaultValue="plan" keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="plan">{t('tabs.plan')}</Tabs.Tab>
            <Tabs.Tab value="rooms" data-testid="tab-rooms">
              {t('tabs.rooms')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plan">{plan}</Tabs.Panel>
          <Tabs.Panel value="rooms">
            <RoomsEditor />
          </Tabs.Panel>
        </Tabs>
      ) : (
        plan
      )}
    </Stack>
  );
}
