import { Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatPlanView, SeatView } from '../../../shared/seating/contract';

const PALETTE = ['#4dabf7', '#ffa94d', '#69db7c', '#da77f2', '#ffd43b', '#38d9a9', '#ff8787', '#748ffc'];

export function subjectColours(plan: SeatPlanView): Map<string, string> {
  const subjects = [...new Set(plan.candidates.map((c) => c.subjectCode))].sort();
  return new Map(subjects.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
}

/**
 * The room as a grid: colours by subject, a legend, failed and out-of-service seats marked. Arrow
 * keys move the focus between seats; the parent handles Enter (pick / drop) and F (fault).
 */
export function SeatMap({
  plan,
  focused,
  picked,
  onFocus,
  onKey,
}: {
  plan: SeatPlanView;
  focused: number | null;
  picked: number | null;
  onFocus(seatId: number): void;
  onKey(e: React.KeyboardEvent, seat: SeatView): void;
}) {
  const { t } = useTranslation('seating');
  const colours = subjectColours(plan);
  const byId = new Map(plan.candidates.map((c) => [c.appointmentId, c]));
  const refs = useRef(new Map<number, HTMLButtonElement>());
  const at = new Map(plan.seats.map((s) => [`${s.row}:${s.col}`, s]));
  const moveFocus = (seat: SeatView, dr: number, dc: number) => {
    for (let step = 1; step <= Math.max(plan.room.rows, plan.room.cols); step++) {
      const next = at.get(`${seat.row + dr * step}:${seat.col + dc * step}`);
      if (next) {
        refs.current.get(next.id)?.focus();
        return;
      }
    }
  };
  return (
    <div>
      <Text size="xs" c="dimmed" ta="center" mb={4}>
        {t('proctor')} ▼
      </Text>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${plan.room.cols}, 84px)`, gap: 6, justifyContent: 'center' }} data-testid="seat-map">
        {Array.from({ length: plan.room.rows * plan.room.cols }, (_, k) => {
          const row = Math.floor(k / plan.room.cols) + 1;
          const col = (k % plan.room.cols) + 1;
          const seat = at.get(`${row}:${col}`);
          if (!seat) return <div key={k} />;
          const who = seat.appointmentId ? byId.get(seat.appointmentId) : null;
          const bg = seat.status === 'failed' ? 'repeating-linear-gradient(45deg,#ffc9c9,#ffc9c9 6px,#fff 6px,#fff 12px)' : seat.status === 'out-of-service' ? '#dee2e6' : who ? colours.get(who.subjectCode) : '#f8f9fa';
          return (
            <UnstyledButton
              key={seat.id}
              ref={(el) => {
                if (el) refs.current.set(seat.id, el);
              }}
              data-testid={`seat-${seat.label}`}
              data-status={seat.status}
              data-occupant={who?.appointmentId ?? ''}
              tabIndex={focused === seat.id || (focused === null && k === 0) ? 0 : -1}
              onFocus={() => onFocus(seat.id)}
              onMouseEnter={() => onFocus(seat.id)}
              onKeyDown={(e) => {
                const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
                if (d) {
                  e.preventDefault();
                  moveFocus(seat, d[0]!, d[1]!);
                } else onKey(e, seat);
              }}
              style={{
                height: 56,
                borderRadius: 6,
                background: bg,
                border: picked === seat.id ? '3px dashed #1c7ed6' : focused === seat.id ? '3px solid #1c7ed6' : '1px solid #ced4da',
                padding: 4,
                fontSize: 12,
                lineHeight: 1.2,
                overflow: 'hidden',
              }}
            >
              <b>{seat.label}</b> {seat.wheelchair ? '♿' : ''}
              <br />
              {who ? who.candidateName : seat.status === 'failed' ? t('seat.failed') : seat.status === 'out-of-service' ? t('seat.outOfService') : ''}
            </UnstyledButton>
          );
        })}
      </div>
      <Paper mt="sm" p="xs" withBorder>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('legend')}
          </Text>
          {[...colours].map(([s, c]) => (
            <Badge key={s} style={{ background: c, color: '#212529' }}>
              {s}
            </Badge>
          ))}
          <Badge color="gray" variant="outline">
            {t('seat.free')}
          </Badge>
          <Badge color="red" variant="outline">
            {t('seat.failed')}
          </Badge>
          <Badge color="gray">{t('seat.outOfService')}</Badge>
          <Badge variant="outline">♿ {t('seat.wheelchair')}</Badge>
        </Group>
      </Paper>
    </div>
  );
}
