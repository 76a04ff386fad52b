import { Badge, Box, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard } from '../../../shared/checkin/contract';
import type { ScanOutcome } from './scan-sound';

const COLOURS: Record<ScanOutcome, { bg: string; fg: string }> = {
  admit: { bg: 'var(--mantine-color-green-7)', fg: 'white' },
  refuse: { bg: 'var(--mantine-color-red-7)', fg: 'white' },
  duplicate: { bg: 'var(--mantine-color-yellow-5)', fg: 'black' },
  'not-found': { bg: 'var(--mantine-color-gray-7)', fg: 'white' },
};

/**
 * The verdict of a scan, large enough to read from a step away: one word in the outcome's colour
 * (admit green, refuse red, duplicate yellow, not found grey), the sentence to read aloud and the
 * rule ids beneath.
 */
export function ScanVerdict({ outcome, headline, children, ruleIds = [] }: { outcome: ScanOutcome; headline: string; children?: ReactNode; ruleIds?: string[] }) {
  const c = COLOURS[outcome];
  return (
    <Paper p="sm" radius="md" style={{ background: c.bg, color: c.fg }} data-testid="scan-verdict" data-outcome={outcome} role="status" aria-live="assertive">
      <Group justify="space-between" wrap="nowrap" align="center">
        <Text fw={900} style={{ fontSize: 40, lineHeight: 1.1 }} data-testid="scan-verdict-word">
          {headline}
        </Text>
        <Group gap={4}>
          {ruleIds.map((r) => (
            <Badge key={r} size="lg" variant="white" color="dark">
              {r}
            </Badge>
          ))}
        </Group>
      </Group>
      {children && (
        <Box mt={4} style={{ fontSize: 17 }}>
          {children}
        </Box>
      )}
    </Paper>
  );
}

/** Step 6: where the admitted candidate goes, large; or plainly that the session has no seat plan. */
export function SeatBanner({ card }: { card: CheckinCard }) {
  const { t } = useTranslation('checkin');
  if (!card.room) {
    return (
      <Paper p="sm" withBorder data-testid="seat-banner" data-planned="false">
        <Text fw={700} size="lg">
          {t('flow.seat.noRoom')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper p="sm" withBorder radius="md" data-testid="seat-banner" data-planned={card.seatLabel ? 'true' : 'false'}>
      <Group gap="xl" align="baseline" wrap="nowrap">
        <Text size="lg" style={{ whiteSpace: 'nowrap' }}>
          {t('flow.seat.title')}
        </Text>
        <div>
          <Text size="xs" c="dimmed">
            {t('flow.seat.room')}
          </Text>
          <Text fw={900} style={{ fontSize: 36, lineHeight: 1.1, whiteSpace: 'nowrap' }} data-testid="seat-room">
            {card.room.name}
          </Text>
        </div>
        {card.seatLabel ? (
          <div>
            <Text size="xs" c="dimmed">
              {t('flow.seat.seat')}
            </Text>
            <Text fw={900} style={{ fontSize: 36, lineHeight: 1.1 }} data-testid="seat-label">
              {card.seatLabel}
            </Text>
          </div>
        ) : (
          <Text fw={700} c="orange.8" data-testid="seat-not-planned">
            {t('flow.seat.notPlanned')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
