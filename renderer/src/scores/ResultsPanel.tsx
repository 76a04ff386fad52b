import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateResult } from '../../../shared/scores/contract';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import type { Part } from '../app/SessionPicker';
import { SCORE_READS } from './score-reads';

const stateColour = { held: 'gray', released: 'blue', cancelled: 'red', superseded: 'gray' } as const;

/** Results of a session: release (RES-2), locked released results, corrections, RES-5, RES-3, RES-4. */
export function ResultsPanel({ sessionId, part }: { sessionId: number; part: Part }) {
  const { t } = useTranslation('scores');
  const { t: tr } = useTranslation('rules');
  const { operator } = useOperator();
  const results = useDeskQuery('scores.results', { sessionId });
  const release = useDeskMutation('scores.release', { invalidates: SCORE_READS });
  const [editing, setEditing] = useState<{ result: CandidateResult; mode: 'correct' | 'cancel' } | null>(null);
  const rows = results.data ?? [];
  return (
    <Stack>
      {operator?.role === 'manager' && (
        <Group>
          <Button onClick={() => release.mutate({ sessionId, part })} loading={release.isPending} data-testid="release-button">
            {t('result.release')}
          </Button>
          {release.data && <Text data-testid="release-message">{t('result.releasedCount', release.data)}</Text>}
        </Group>
      )}
      <ErrorNote error={release.error ?? results.error} />
      {rows.length === 0 && <Alert color="gray">{t('result.none')}</Alert>}
      {rows.length > 0 && (
        <Table withTableBorder data-testid="results-table">
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.result.id} data-testid="result-row" data-state={r.result.state}>
                <Table.Td>
                  {r.candidateName}
                  <Text size="xs" c="dimmed">
                    {r.subjectCode} · {t(`part.${r.part}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fw={700}>{r.result.absent ? t('absentMark') : r.result.value}</Text>
                  <Badge color={r.result.passed ? 'green' : 'red'} variant="light">
                    {r.result.passed ? t('result.passed') : t('result.failed')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Badge color={stateColour[r.result.state]}>{t(`result.state.${r.result.state}`)}</Badge>
                  <Text size="xs">{t('result.releaseDate', { date: r.result.releaseDate })}</Text>
                  {r.result.correctsId && r.result.reason && r.result.state !== 'cancelled' && <Text size="xs">{t('result.correctsNote', { id: r.result.correctsId, reason: r.result.reason })}</Text>}
                  {r.result.state === 'cancelled' && (
                    <Text size="xs" c="red">
                      {t('result.cancelNote', { reason: r.result.reason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.retake && (
                    <Text size="xs">
                      {t('result.retake')}: {tr(r.retake.messageKey, r.retake.params)}
                    </Text>
                  )}
                  {r.certificate && (
                    <Text size="xs" data-testid="certificate">
                      {t('result.certificate')}: {tr(r.certificate.messageKey, r.certificate.params)}
                    </Text>
                  )}
                </Table.Td>
                {operator?.role === 'manager' && (
                  <Table.Td>
                    <Group gap={4}>
                      {r.result.state === 'released' && (
                        <Button size="compact-xs" variant="light" onClick={() => setEditing({ result: r, mode: 'correct' })}>
                          {t('result.correct')}
                        </Button>
                      )}
                      {(r.result.state === 'released' || r.result.state === 'held') && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setEditing({ result: r, mode: 'cancel' })}>
                          {t('result.cancel')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <EditResult {...editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function EditResult({ result, mode, onClose }: { result: CandidateResult; mode: 'correct' | 'cancel'; onClose(): void }) {
  const { t } = useTranslation('scores');
  const [value, setValue] = useState(result.result.value?.toString() ?? '');
  const [reason, setReason] = useState('');
  const correct = useDeskMutation('scores.correct', { invalidates: SCORE_READS, onSuccess: onClose });
  const cancel = useDeskMutation('scores.cancel', { invalidates: SCORE_READS, onSuccess: onClose });
  const submit = () =>
    mode === 'correct' ? correct.mutate({ resultId: result.result.id, value: value.trim() === '' ? null : Number(value), absent: value.trim() === '', reason }) : cancel.mutate({ resultId: result.result.id, reason });
  return (
    <Modal opened onClose={onClose} title={`${mode === 'correct' ? t('result.correct') : t('result.cancel')} · ${result.candidateName}`}>
      <Stack>
        {mode === 'correct' && <TextInput label={t('result.value')} value={value} onChange={(e) => setValue(e.currentTarget.value)} />}
        <Textarea label={t('result.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autoFocus />
        <ErrorNote error={correct.error ?? cancel.error} />
        <Button onClick={submit} disabled={reason.trim().length < 5} loading={correct.isPending || cancel.isPending}>
          {mode === 'correct' ? t('result.correct') : t('result.cancel')}
        </Button>
      </Stack>
    </Modal>
  );
}
