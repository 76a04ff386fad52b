import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseWindowResult } from '../../../shared/checkin/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { ADMISSION_CHANGES } from './admission-changes';

/** End of a session's check-in window: the booked candidates not admitted become absent. */
export function CloseWindowPanel() {
  const { t } = useTranslation('checkin');
  const { t: td } = useTranslation('desk');
  const today = useDeskQuery('today.overview', {});
  const [sessionId, setSessionId] = useState<string | null>(null);
  const closeWindow = useDeskMutation('checkin.closeWindow', { invalidates: ADMISSION_CHANGES });
  const close = () => {
    if (!sessionId || !window.confirm(t('closeWindow.confirm'))) return;
    closeWindow.mutate({ sessionId: Number(sessionId) });
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
        <Button variant="light" color="orange" onClick={close} loading={closeWindow.isPending} disabled={!sessionId}>
          {t('closeWindow.button')}
        </Button>
      </Group>
      <ErrorNote error={closeWindow.error} />
      {closeWindow.data && <CloseWindowSummary result={closeWindow.data} />}
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
