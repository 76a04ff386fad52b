import { Button, Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';

/**
 * Managers only: shows one candidate's full document number for 30 seconds after a written
 * reason; the main process records the reveal in the audit log before answering.
 */
export function RevealDocument({ appointmentId }: { appointmentId: number }) {
  const { t } = useTranslation('desk');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reveal = useDeskMutation('audit.revealDocument', { invalidates: ['audit.list'], onSuccess: () => setReason('') });
  const { reset } = reveal;
  const shown = reveal.data ? (reveal.data.documentNumber ?? t('reveal.purged')) : null;
  // The number goes away after 30 seconds, and when another candidate opens (the panel keys this
  // component by the appointment, so a new candidate starts from nothing asked and nothing shown).
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(reset, 30_000);
    return () => clearTimeout(timer);
  }, [shown, reset]);
  if (shown) {
    return (
      <Text size="sm" ff="monospace" fw={700} data-testid="revealed-number">
        {shown}
      </Text>
    );
  }
  if (!asking) {
    return (
      <Button size="compact-xs" variant="subtle" onClick={() => setAsking(true)} data-testid="reveal-start">
        {t('reveal.button')}
      </Button>
    );
  }
  return (
    <Group gap="xs" align="flex-end">
      <TextInput size="xs" label={t('reveal.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={240} autoFocus data-testid="reveal-reason" />
      <Button size="xs" onClick={() => reveal.mutate({ appointmentId, reason })} loading={reveal.isPending} data-testid="reveal-submit">
        {t('reveal.show')}
      </Button>
      <ErrorNote error={reveal.error} inline />
    </Group>
  );
}
