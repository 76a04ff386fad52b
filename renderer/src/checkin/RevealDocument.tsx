import { Button, Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';

/**
 * Managers only: shows one candidate's full document number for 30 seconds after a written
 * reason; the main process records the reveal in the audit log before answering.
 */
export function RevealDocument({ appointmentId }: { appointmentId: number }) {
  const { t } = useTranslation('desk');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), 30_000);
    return () => clearTimeout(timer);
  }, [shown]);
  useEffect(() => {
    setShown(null);
    setAsking(false);
  }, [appointmentId]);
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
      <Button
        size="xs"
        onClick={async () => {
          const r = await desk.call('audit.revealDocument', { appointmentId, reason });
          if (!r.ok) return setError(r.error);
          setError(null);
          setShown(r.value.documentNumber ?? t('reveal.purged'));
          setReason('');
        }}
        data-testid="reveal-submit"
      >
        {t('reveal.show')}
      </Button>
      {error && (
        <Text size="xs" c="red">
          {errorText(t, error)}
        </Text>
      )}
    </Group>
  );
}
