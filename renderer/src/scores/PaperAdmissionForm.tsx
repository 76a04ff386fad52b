import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreRow } from '../../../shared/scores/contract';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';
import { SCORE_READS } from './score-reads';

/**
 * #18.5: a day run on the paper fallback pack. A manager records a candidate's admission from the
 * signed sign-in sheet (its arrival time, a reason) before the score is taken.
 */
export function PaperAdmissionForm({ row }: { row: ScoreRow }) {
  const { t } = useTranslation('scores');
  const { operator } = useOperator();
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const record = useDeskMutation('scores.recordPaperAdmission', { invalidates: SCORE_READS, onSuccess: () => setOpen(false) });
  if (row.admitted || operator?.role !== 'manager') return null;
  const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(time) && reason.trim().length >= 5;
  const submit = () => record.mutate({ appointmentId: row.appointmentId, arrivedAt: time, reason });
  if (!open)
    return (
      <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setOpen(true)} data-testid="paper-open">
        {t('paper.open')}
      </Button>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) submit();
      }}
    >
      <Stack gap={4} mt={4} data-testid="paper-form">
        <Group gap={4} align="flex-end">
          <TextInput size="xs" w={90} label={t('paper.time')} placeholder="08:40" value={time} onChange={(e) => setTime(e.currentTarget.value)} autoFocus data-testid="paper-time" />
          <TextInput size="xs" label={t('paper.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="paper-reason" />
          <Button size="xs" type="submit" disabled={!valid} loading={record.isPending} data-testid="paper-submit">
            {t('paper.submit')}
          </Button>
        </Group>
        <ErrorNote error={record.error} />
      </Stack>
    </form>
  );
}
