import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The center's clock in its own time zone. It starts from the desk's time (which a test or a demo
 * may set) and ticks locally, so the proctor sees the time the rules are judged by.
 */
export function CenterClock({ deskNow, timeZone }: { deskNow: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [offset] = useState(() => new Date(deskNow).getTime() - Date.now());
  const [now, setNow] = useState(() => new Date(Date.now() + offset));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date(Date.now() + offset)), 1000);
    return () => clearInterval(timer);
  }, [offset]);
  const fmt = new Intl.DateTimeFormat(i18n.language, {
    timeZone,
    dateStyle: 'full',
    timeStyle: 'medium',
    hourCycle: 'h23',
  });
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed">
        {t('today.centerClock')}
      </Text>
      <Text fw={700} size="lg" data-testid="center-clock">
        {fmt.format(now)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('today.timeZone', { zone: timeZone })}
      </Text>
    </Stack>
  );
}
