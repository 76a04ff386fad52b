import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import type { CellKind, RoomView } from '../../../shared/seating/rooms-contract';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';

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

/** Managers: a room's seat grid (seats, gaps, out-of-service and wheelchair seats, the proctor's desk) and new sessions. */
export function RoomsEditor() {
  const { t } = useTranslation('seating');
  const rooms = useCall('rooms.list', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [placingProctor, setPlacingProctor] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [session, setSession] = useState({ roomId: null as string | null, date: '', start: '09:00', durationMin: 120 });
  useEffect(() => {
    if (!draft && rooms.data?.[0]) setDraft(fromRoom(rooms.data[0]));
  }, [rooms.data, draft]);

  const kindAt = (d: Draft, row: number, col: number): CellKind => d.kinds[`${row}:${col}`] ?? (d.roomId === null ? 'seat' : 'gap');
  const click = (row: number, col: number) => {
    if (!draft) return;
    if (placingProctor) {
      setDraft({ ...draft, proctor: { row, col }, kinds: { ...draft.kinds, [`${row}:${col}`]: 'gap' } });
      setPlacingProctor(false);
      return;
    }
    setDraft({ ...draft, kinds: { ...draft.kinds, [`${row}:${col}`]: NEXT[kindAt(draft, row, col)] } });
  };
  const save = async () => {
    if (!draft) return;
    const cells = [];
    for (let row = 1; row <= draft.rows; row++) for (let col = 1; col <= draft.cols; col++) cells.push({ row, col, kind: kindAt(draft, row, col) });
    const r = await desk.call('rooms.save', { roomId: draft.roomId, code: draft.code, name: draft.name, rows: draft.rows, cols: draft.cols, proctor: draft.proctor, cells });
    if (!r.ok) {
      setDone(null);
      return setError(r.error);
    }
    setError(null);
    setDraft(fromRoom(r.value));
    setDone(t('rooms.saved', { name: r.value.name, seats: r.value.workingSeats }));
    rooms.reload();
  };
  const createSession = async () => {
    if (!session.roomId) return;
    const r = await desk.call('sessions.create', { roomId: Number(session.roomId), date: session.date, start: session.start, durationMin: session.durationMin });
    if (!r.ok) {
      setDone(null);
      return setError(r.error);
    }
    setError(null);
    setDone(t('rooms.sessionCreated', { seats: r.value.workingSeats }));
  };
  const working = draft ? Array.from({ length: draft.rows * draft.cols }, (_, i) => kindAt(draft, Math.floor(i / draft.cols) + 1, (i % draft.cols) + 1)).filter((k) => k === 'seat' || k === 'wheelchair').length : 0;

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('rooms.room')}
          value={draft?.roomId ? String(draft.roomId) : null}
          onChange={(v) => {
            const r = rooms.data?.find((x) => String(x.id) === v);
            if (r) setDraft(fromRoom(r));
          }}
          data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${r.code}) · ${r.workingSeats}` }))}
          w={240}
          data-testid="room-select"
        />
        <Button variant="light" onClick={() => setDraft(blank())} data-testid="room-new">
          {t('rooms.new')}
        </Button>
      </Group>
      {draft && (
        <Paper withBorder p="md">
          <Group align="flex-end" mb="sm">
            <TextInput label={t('rooms.code')} value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} w={100} data-testid="room-code" />
            <TextInput label={t('rooms.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} w={180} data-testid="room-name" />
            <NumberInput label={t('rooms.rows')} value={draft.rows} min={1} max={30} onChange={(v) => setDraft({ ...draft, rows: Number(v) || 1 })} w={90} />
            <NumberInput label={t('rooms.cols')} value={draft.cols} min={1} max={30} onChange={(v) => setDraft({ ...draft, cols: Number(v) || 1 })} w={90} />
            <Button variant={placingProctor ? 'filled' : 'light'} color="grape" onClick={() => setPlacingProctor((p) => !p)}>
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
            <Button onClick={() => void save()} data-testid="room-save">
              {t('rooms.save')}
            </Button>
          </Group>
        </Paper>
      )}
      <Title order={4}>{t('rooms.newSession')}</Title>
      <Group align="flex-end">
        <Select label={t('rooms.room')} value={session.roomId} onChange={(v) => setSession({ ...session, roomId: v })} data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))} w={180} data-testid="session-room" />
        <TextInput type="date" label={t('rooms.date')} value={session.date} onChange={(e) => setSession({ ...session, date: e.currentTarget.value })} data-testid="session-date" />
        <TextInput label={t('rooms.start')} value={session.start} onChange={(e) => setSession({ ...session, start: e.currentTarget.value })} w={90} data-testid="session-start" />
        <NumberInput label={t('rooms.duration')} value={session.durationMin} min={15} max={600} onChange={(v) => setSession({ ...session, durationMin: Number(v) || 60 })} w={120} />
        <Button onClick={() => void createSession()} data-testid="session-create">
          {t('rooms.createSession')}
        </Button>
      </Group>
      {done && (
        <Alert color="green" data-testid="rooms-done">
          {done}
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="rooms-error">
          {errorText(t, error)}
        </Alert>
      )}
    </Stack>
  );
}
