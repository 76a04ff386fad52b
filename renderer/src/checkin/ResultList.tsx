import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckinCard } from '../../../shared/checkin/contract';

/** Search hits as compact cards; the selected one is outlined. Click or ↑/↓ + Enter to open. */
export function ResultList({ cards, selected, onOpen }: { cards: CheckinCard[]; selected: number; onOpen(index: number): void }) {
  const { t } = useTranslation('checkin');
  return (
    <Stack gap={6} data-testid="checkin-results">
      {cards.map((c, i) => (
        <Paper
          key={c.appointmentId}
          withBorder
          p="xs"
          radius="sm"
          onClick={() => onOpen(i)}
          style={{ cursor: 'pointer', outline: i === selected ? '2px solid var(--mantine-color-blue-6)' : undefined }}
          data-testid="checkin-card"
          aria-selected={i === selected}
        >
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={700}>
                {c.candidateName}{' '}
                <Text span c="dimmed" size="sm">
                  {c.pinyin ?? ''}
                </Text>
              </Text>
              <Text size="sm" c="dimmed">
                {c.documentMasked} · {c.subjectCode} · {c.startLocal.slice(11)} · {c.room ? `${c.room.name}` : ''} {c.seatLabel ?? ''}
              </Text>
            </div>
            {c.checkIn ? (
              <Badge color="green">{t('admit.status.admitted')}</Badge>
            ) : (
              <Badge color={c.appointmentState === 'booked' ? 'gray' : 'orange'} variant="light">
                {t(`appointmentState.${c.appointmentState}`)}
              </Badge>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
