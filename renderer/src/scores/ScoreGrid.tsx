import { Badge, Button, Checkbox, Group, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreRow } from '../../../shared/scores/contract';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { DeskCallError, useDeskMutation, useDeskQuery } from '../ipc/query';
import type { Part } from '../app/SessionPicker';
import { PaperAdmissionForm } from './PaperAdmissionForm';
import { SCORE_READS } from './score-reads';

const statusColour = { empty: 'gray', 'one-entry': 'blue', agreed: 'green', disagreed: 'red', resolved: 'violet' } as const;

/** Keyboard-first double entry: Enter saves the row and moves down, Shift+Enter moves up. */
export function ScoreGrid({ sessionId, part }: { sessionId: number; part: Part }) {
  const { t } = useTranslation('scores');
  const sheet = useDeskQuery('scores.sheet', { sessionId, part });
  const enter = useDeskMutation('scores.enter', { invalidates: SCORE_READS });
  const [draft, setDraft] = useState<Record<number, { value: string; absent: boolean }>>({});
  // A score out of range is refused here, before it is sent; said like the desk's own refusals.
  const [outOfRange, setOutOfRange] = useState<DeskCallError | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const rows = sheet.data?.rows ?? [];

  const valueOf = (r: ScoreRow) => draft[r.appointmentId] ?? { value: r.myEntry?.value?.toString() ?? '', absent: r.myEntry?.absent ?? false };

  const save = async (r: ScoreRow) => {
    const d = valueOf(r);
    if (!d.absent && d.value.trim() === '') return true;
    const value = d.absent ? null : Number(d.value);
    if (!d.absent && (!Number.isInteger(value) || (value as number) < 0 || (value as number) > r.maxScore)) {
      enter.reset();
      setOutOfRange(new DeskCallError({ code: 'VALIDATION', message: `${r.candidateName}: 0–${r.maxScore}` }));
      return false;
    }
    setOutOfRange(null);
    try {
      await enter.mutateAsync({ appointmentId: r.appointmentId, part, value, absent: d.absent });
      return true;
    } catch {
      return false; // the refusal is on screen (enter.error)
    }
  };

  const onKey = async (e: React.KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (!(await save(rows[i]!))) return;
    // The next row that takes a score (a disabled field, e.g. not admitted, is skipped).
    const step = e.shiftKey ? -1 : 1;
    for (let j = i + step; j >= 0 && j < rows.length; j += step) {
      const next = inputs.current[j];
      if (next && !next.disabled) {
        next.focus();
        break;
      }
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
      <ErrorNote error={outOfRange ?? enter.error ?? sheet.error} />
      <Table withTableBorder data-testid="score-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('col.candidate')}</Table.Th>
            <Table.Th>{t('col.code')}</Table.Th>
            <Table.Th>{t('col.max')}</Table.Th>
            <Table.Th w={120}>{t('col.score')}</Table.Th>
            <Table.Th>{t('col.absent')}</Table.Th>
            <Table.Th>{t('col.status')}</Table.Th>
            <Table.Th>{t('col.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const d = valueOf(r);
            return (
              <Table.Tr key={r.appointmentId} data-testid="score-row" data-status={r.status} data-admitted={r.admitted ? 'yes' : 'no'}>
                <Table.Td>
                  {r.candidateName}
                  <Text size="xs" c="dimmed">
                    {r.documentMasked}
                  </Text>
                  {!r.admitted && (
                    <Badge color="orange" variant="light" title={t('notAdmittedHint')} data-testid="not-admitted">
                      {t('notAdmitted')}
                    </Badge>
                  )}
                  <PaperAdmissionForm row={r} />
                </Table.Td>
                <Table.Td>{r.admissionCode}</Table.Td>
                <Table.Td>{r.maxScore}</Table.Td>
                <Table.Td>
                  <TextInput
                    ref={(el) => {
                      inputs.current[i] = el;
                    }}
                    size="xs"
                    inputMode="numeric"
                    aria-label={`${t('col.score')} ${r.candidateName}`}
                    data-testid="score-input"
                    value={d.value}
                    disabled={d.absent || !r.admitted || r.status === 'resolved' || r.result?.state === 'released'}
                    onChange={(e) => setDraft({ ...draft, [r.appointmentId]: { ...d, value: e.currentTarget.value } })}
                    onKeyDown={(e) => void onKey(e, i)}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox aria-label={`${t('col.absent')} ${r.candidateName}`} checked={d.absent} onChange={(e) => setDraft({ ...draft, [r.appointmentId]: { value: '', absent: e.currentTarget.checked } })} />
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColour[r.status]} variant="light">
                    {t(`status.${r.status}`)}
                  </Badge>
                  {r.disagreement && <ResolveForm row={r} part={part} />}
                </Table.Td>
                <Table.Td>
                  {r.result && (
                    <Text size="sm">
                      {r.result.absent ? t('absentMark') : r.result.value} · {r.result.passed ? t('result.passed') : t('result.failed')} · {t(`result.state.${r.result.state}`)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ResolveForm({ row, part }: { row: ScoreRow; part: Part }) {
  const { t } = useTranslation('scores');
  const { operator } = useOperator();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const resolve = useDeskMutation('scores.resolve', { invalidates: SCORE_READS });
  if (!row.disagreement || operator?.role !== 'manager') return null;
  const show = (e: { value: number | null; absent: boolean }) => (e.absent ? t('absentMark') : String(e.value));
  const submit = () => {
    const absent = value.trim() === '';
    resolve.mutate({ appointmentId: row.appointmentId, part, value: absent ? null : Number(value), absent, reason });
  };
  return (
    <Stack gap={4} mt={4} data-testid="resolve-form">
      <Text size="xs">
        {t('resolve.entries', {
          first: show(row.disagreement.first),
          firstBy: row.disagreement.first.by,
          second: show(row.disagreement.second),
          secondBy: row.disagreement.second.by,
        })}
      </Text>
      <Group gap={4} align="flex-end">
        <TextInput size="xs" w={70} value={value} onChange={(e) => setValue(e.currentTarget.value)} aria-label={t('resolve.title')} data-testid="resolve-value" />
        <Textarea size="xs" autosize minRows={1} placeholder={t('resolve.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="resolve-reason" />
        <Button size="xs" onClick={submit} disabled={reason.trim().length < 5} loading={resolve.isPending} data-testid="resolve-submit">
          {t('resolve.submit')}
        </Button>
      </Group>
      <ErrorNote error={resolve.error} />
    </Stack>
  );
}
