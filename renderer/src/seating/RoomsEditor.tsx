import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roomsContract, type CellKind, type RoomView } from '../../../shared/seating/rooms-contract';
import { DayInput } from '../forms/DayInput';
import { schemaValidate } from '../forms/schema-resolver';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

const NEXT: Record<CellKind, CellKind> = { seat: 'wheelchair', wheelchair: 'out', out: 'gap', gap: 'seat' };
const COLOR: Record<CellKind, string> = { seat: '#e7f5ff', wheelchair: '#d3f9d8', out: '#ffe3e3', gap: 'transparent' };
const label = (row: number, col: number) => `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`;

interface Draft {
  roomId: number | null;
  code: string;
  name: string;
  rows: number;
  cols: number;
  proctor: { row: number; col: number } | null;
  kinds: Record<string, CellKind>;
}

const fromRoom = (r: RoomView): Draft => ({
  roomId: r.id,
  code: r.code,
  name: r.name,
  rows: r.rows,
  cols: r.cols,
  proctor: r.proctor,
  kinds: Object.fromEntries(r.cells.map((c) => [`${c.row}:${c.col}`, c.kind])),
});
const blank = (): Draft => ({ roomId: null, code: '', name: '', rows: 6, cols: 6, proctor: null, kinds: {} });
const kindAt = (d: Draft, row: number, col: number): CellKind => d.kinds[`${row}:${col}`] ?? (d.roomId === null ? 'seat' : 'gap');

/** The room as 'rooms.save' receives it: every cell of the grid with its kind. */
const roomRequest = (d: Draft) => {
  const cells = [];
  for (let row = 1; row <= d.rows; row++) for (let col = 1; col <= d.cols; col++) cells.push({ row, col, kind: kindAt(d, row, col) });
  return { roomId: d.roomId, code: d.code, name: d.name, rows: d.rows, cols: d.cols, proctor: d.proctor, cells };
};

interface SessionDraft {
  roomId: string | null;
  date: string;
  start: string;
  durationMin: number;
}
const sessionRequest = (s: SessionDraft) => ({ roomId: s.roomId === null ? undefined : Number(s.roomId), date: s.date, start: s.start, durationMin: s.durationMin });

/** Managers: a room's seat grid (seats, gaps, out-of-service and wheelchair seats, the proctor's desk) and new sessions. */
export function RoomsEditor() {
  const { t } = useTranslation('seating');
  const rooms = useDeskQuery('rooms.list', {});
  // A room chosen or a new one started (before that, the first room is shown once it is loaded).
  const [started, setStarted] = useState(false);
  const [placingProctor, setPlacingProctor] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // Both forms are checked by the schemas the desk checks ('rooms.save', 'sessions.create').
  const room = useForm<Draft>({ initialValues: blank(), validate: schemaValidate(roomsContract['rooms.save'].request, roomRequest) });
  const session = useForm<SessionDraft>({
    initialValues: { roomId: null, date: '', start: '09:00', durationMin: 120 },
    validate: schemaValidate(roomsContract['sessions.create'].request, sessionRequest),
  });
  const saveRoom = useDeskMutation('rooms.save', { invalidates: ['rooms.list', 'seating.plan'] });
  const createSession = useDeskMutation('sessions.create', { invalidates: ['today.overview', 'seating.plan'] });
  const show = (d: Draft) => {
    room.setValues(d);
    room.clearErrors();
    setStarted(true);
  };
  const { initialize } = room;
  useEffect(() => {
    // Once: a later call does nothing, so a reload of the list never overwrites the operator's edits.
    if (!started && rooms.data?.[0]) initialize(fromRoom(rooms.data[0]));
  }, [rooms.data, started, initialize]);
  /** One write is reported at a time: starting one forgets what the other said. */
  const starting = (other: { reset(): void }) => {
    other.reset();
    setDone(null);
  };

  const draft = started || room.initialized ? room.values : null;
  const click = (row: number, col: number) => {
    if (!draft) return;
    if (placingProctor) {
      room.setValues({ proctor: { row, col }, kinds: { ...draft.kinds, [`${row}:${col}`]: 'gap' } });
      setPlacingProctor(false);
      return;
    }
    room.setValues({ kinds: { ...draft.kinds, [`${row}:${col}`]: NEXT[kindAt(draft, row, col)] } });
  };
  const save = room.onSubmit((values) => {
    starting(createSession);
    saveRoom.mutate(roomRequest(values), {
      onSuccess: (r) => {
        show(fromRoom(r));
        setDone(t('rooms.saved', { name: r.name, seats: r.workingSeats }));
      },
    });
  });
  const create = session.onSubmit((values) => {
    starting(saveRoom);
    createSession.mutate(
      { ...values, roomId: Number(values.roomId) },
      {
        onSuccess: (r) => setDone(t('rooms.sessionCreated', { seats: r.workingSeats })),
      },
    );
  });
  const working = draft ? Array.from({ length: draft.rows * draft.cols }, (_, i) => kindAt(draft, Math.floor(i / draft.cols) + 1, (i % draft.cols) + 1)).filter((k) => k === 'seat' || k === 'wheelchair').length : 0;

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('rooms.room')}
          value={draft?.roomId ? String(draft.roomId) : null}
          onChange={(v) => {
            const r = rooms.data?.find((x) => String(x.id) === v);
            if (r) show(fromRoom(r));
          }}
          data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${r.code}) · ${r.workingSeats}` }))}
          w={240}
          data-testid="room-select"
        />
        <Button variant="light" onClick={() => show(blank())} data-testid="room-new">
          {t('rooms.new')}
        </Button>
      </Group>
      {draft && (
        <Paper withBorder p="md">
          <Group align="flex-start" mb="sm">
            <TextInput label={t('rooms.code')} {...room.getInputProps('code')} w={100} data-testid="room-code" />
            <TextInput label={t('rooms.name')} {...room.getInputProps('name')} w={180} data-testid="room-name" />
            <NumberInput label={t('rooms.rows')} {...room.getInputProps('rows')} min={1} max={30} onChange={(v) => room.setFieldValue('rows', Number(v) || 1)} w={90} />
            <NumberInput label={t('rooms.cols')} {...room.getInputProps('cols')} min={1} max={30} onChange={(v) => room.setFieldValue('cols', Number(v) || 1)} w={90} />
            <Button mt={25} variant={placingProctor ? 'filled' : 'light'} color="grape" onClick={() => setPlacingProctor((p) => !p)}>
              {t('rooms.placeProctor')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mb="xs">
            {t('rooms.hint')}
          </Text>
          <Text ta="center" size="xs" c="dimmed">
            ▲ {t('rooms.front')} ▲
          </Text>
          <div style={{ display: 'grid', gridTemplateColumns: `repeat(${draft.cols}, 52px)`, gap: 4, justifyContent: 'center', margin: '8px 0' }} data-testid="room-grid">
            {Array.from({ length: draft.rows * draft.cols }, (_, i) => {
              const row = Math.floor(i / draft.cols) + 1;
              const col = (i % draft.cols) + 1;
              const kind = kindAt(draft, row, col);
              const proctor = draft.proctor?.row === row && draft.proctor?.col === col;
              return (
                <UnstyledButton
                  key={`${row}:${col}`}
                  onClick={() => click(row, col)}
                  aria-label={`${label(row, col)} ${t(`rooms.kind.${kind}`)}`}
                  data-testid={`cell-${label(row, col)}`}
                  data-kind={proctor ? 'proctor' : kind}
                  style={{ height: 40, borderRadius: 4, fontSize: 11, textAlign: 'center', background: proctor ? '#e5dbff' : COLOR[kind], border: kind === 'gap' && !proctor ? '1px dashed #ced4da' : '1px solid #adb5bd' }}
                >
                  {proctor ? t('proctor') : kind === 'gap' ? '' : label(row, col)}
                  {kind === 'wheelchair' ? ' ♿' : kind === 'out' ? ' ✕' : ''}
                </UnstyledButton>
              );
            })}
          </div>
          <Group justify="space-between">
            <Text size="sm">{t('rooms.working', { count: working })}</Text>
            <Button onClick={() => save()} loading={saveRoom.isPending} data-testid="room-save">
              {t('rooms.save')}
            </Button>
          </Group>
        </Paper>
      )}
      <Title order={4}>{t('rooms.newSession')}</Title>
      <Group align="flex-start">
        <Select label={t('rooms.room')} {...session.getInputProps('roomId')} data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))} w={180} data-testid="session-room" />
        <DayInput label={t('rooms.date')} {...session.getInputProps('date')} w={150} data-testid="session-date" />
        <TextInput label={t('rooms.start')} {...session.getInputProps('start')} w={90} data-testid="session-start" />
        <NumberInput label={t('rooms.duration')} {...session.getInputProps('durationMin')} min={15} max={600} onChange={(v) => session.setFieldValue('durationMin', Number(v) || 60)} w={150} />
        <Button mt={25} onClick={() => create()} loading={createSession.isPending} data-testid="session-create">
          {t('rooms.createSession')}
        </Button>
      </Group>
      {done && (
        <Alert color="green" data-testid="rooms-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={saveRoom.error ?? createSession.error ?? rooms.error} testId="rooms-error" />
    </Stack>
  );
}
