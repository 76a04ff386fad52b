import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseWindowResult } from '../../../shared/checkin/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';

/** End of a session's check-in window: the booked candidates not admitted become absent. */
export function CloseWindowPanel() {
  const { t } = useTranslation('checkin');
  const { t: td } = useTranslation('desk');
  const today = useCall('today.overview', {});
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [result, setResult] = useState<CloseWindowResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const close = async () => {
    if (!sessionId || !window.confirm(t('closeWindow.confirm'))) return;
    const r = await desk.call('checkin.closeWindow', { sessionId: Number(sessionId) });
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(r.error);
  };
  return (
    <Stack gap="xs" data-testid="close-window">
      <Group align="flex-end">
        <Select
          label={td('session')}
          w={460}
          comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
          value={sessionId}
          onChange={setSessionId}
          data={(today.data?.sessions ?? []).map((s) => ({ value: String(s.id), label: `${s.startLocal.slice(11)} ${s.roomName} · ${s.subjects.join(', ')}` }))}
        />
        <Button variant="light" color="orange" onClick={() => void close()} disabled={!sessionId}>
          {t('closeWindow.button')}
        </Button>
      </Group>
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {result && <CloseWindowSummary result={result} />}
    </Stack>
  );
}

function CloseWindowSummary({ result }: { result: CloseWindowResult }) {
  const { t } = useTranslation('checkin');
  const newly = result.newlyMarked;
  return (
    <Alert color="orange" title={t('closeWindow.absentList')}>
      <Text>{newly > 0 ? t('closeWindow.done', { count: newly }) : t('closeWindow.nothingNew')}</Text>
      <Text size="sm">{t('closeWindow.closedAt', { at: result.windowClosedLocal })}</Text>
      <List size="sm">
        {result.absent.map((a) => (
          <List.Item key={a.appointmentId}>
            {a.candidateName} · {a.admissionCode} · {a.ruleId}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
