import { Alert, Badge, Button, Group, Image, Modal, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_CHECK_KINDS, ID_CHECK_OUTCOMES, type IdLogRecord } from '../../../shared/idlog/contract';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { ChainBadge } from './ChainBadge';
import { IdLogExport } from './IdLogExport';
import { DayInput } from '../forms/DayInput';

const outcomeColour: Record<string, string> = {
  allowed: 'green',
  admitted: 'green',
  refused: 'red',
  absent: 'gray',
  overridden: 'orange',
  'needs-override': 'yellow',
  corrected: 'violet',
};

/** The identity-check and admission log: filters, photos, chain verification and corrections. */
export function IdLogScreen() {
  const { t } = useTranslation('checkin');
  const { operator } = useOperator();
  const today = useDeskQuery('today.overview', {});
  const [date, setDate] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const day = date ?? today.data?.date;
  const list = useDeskQuery('idlog.list', {
    ...(day ? { date: day } : {}),
    ...(sessionId ? { sessionId: Number(sessionId) } : {}),
    ...(kind ? { kind: kind as IdLogRecord['kind'] } : {}),
    ...(outcome ? { outcome: outcome as (typeof ID_CHECK_OUTCOMES)[number] } : {}),
  });
  const [photoOf, setPhotoOf] = useState<number | null>(null);
  const photoQuery = useDeskQuery('idlog.photo', { idCheckId: photoOf ?? 0 }, { enabled: photoOf !== null });
  const photo = photoOf === null ? null : photoQuery.isError ? 'none' : photoQuery.isSuccess ? (photoQuery.data ?? 'none') : null;
  const [correcting, setCorrecting] = useState<IdLogRecord | null>(null);
  const all = t('idlog.filters.all');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('idlog.title')}</Title>
        {operator?.role === 'manager' && (
          <Group>
            {day && <IdLogExport date={day} />}
            <ChainBadge />
          </Group>
        )}
      </Group>
      <Group align="flex-end">
        <DayInput label={t('idlog.filters.date')} value={day ?? ''} onChange={setDate} />
        <Select
          label={t('idlog.filters.session')}
          clearable
          placeholder={all}
          value={sessionId}
          onChange={setSessionId}
          data={(today.data?.sessions ?? []).map((s) => ({ value: String(s.id), label: `${s.startLocal.slice(11)} ${s.roomName}` }))}
        />
        <Select label={t('idlog.filters.kind')} clearable placeholder={all} value={kind} onChange={setKind} data={ID_CHECK_KINDS.map((k) => ({ value: k, label: t(`idlog.kind.${k}`) }))} />
        <Select label={t('idlog.filters.outcome')} clearable placeholder={all} value={outcome} onChange={setOutcome} data={ID_CHECK_OUTCOMES.map((k) => ({ value: k, label: t(`idlog.outcome.${k}`) }))} />
      </Group>
      <ErrorNote error={list.error} />
      {list.data && list.data.records.length === 0 && <Alert color="gray">{t('idlog.empty')}</Alert>}
      {list.data?.truncated && <Text size="sm">{t('idlog.truncated', { count: list.data.records.length })}</Text>}
      {list.data && list.data.records.length > 0 && (
        <Table striped withTableBorder data-testid="idlog-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('idlog.columns.time')}</Table.Th>
              <Table.Th>{t('idlog.columns.candidate')}</Table.Th>
              <Table.Th>{t('idlog.columns.document')}</Table.Th>
              <Table.Th>{t('idlog.columns.outcome')}</Table.Th>
              <Table.Th>{t('idlog.columns.rules')}</Table.Th>
              <Table.Th>{t('idlog.columns.operator')}</Table.Th>
              <Table.Th>{t('idlog.columns.photo')}</Table.Th>
              {operator?.role === 'manager' && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.records.map((r) => (
              <Table.Tr key={r.id} data-testid="idlog-row">
                <Table.Td>{r.checkedLocal.slice(11)}</Table.Td>
                <Table.Td>
                  {r.candidateName}
                  <Text size="xs" c="dimmed">
                    {r.admissionCode}
                  </Text>
                </Table.Td>
                <Table.Td>{r.documentMasked ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={outcomeColour[r.outcome] ?? 'gray'}>
                    {t(`idlog.kind.${r.kind}`)} · {t(`idlog.outcome.${r.outcome}`, { defaultValue: r.outcome })}
                  </Badge>
                  {r.overrideReason && (
                    <Text size="sm" fw={700} c="orange.8">
                      {t('idlog.overrideReason', { reason: r.overrideReason })}
                    </Text>
                  )}
                  {r.correctsId && r.correctionReason && <Text size="sm">{t('idlog.correctionOf', { id: r.correctsId, reason: r.correctionReason })}</Text>}
                  {r.correctedBy.length > 0 && (
                    <Text size="sm" c="violet">
                      {t('idlog.correctedBy', { ids: r.correctedBy.join(', ') })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.ruleIds.join(' ')}</Table.Td>
                <Table.Td>
                  {r.operatorName}
                  <Text size="xs" c="dimmed">
                    {r.desk}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.hasPhoto && (
                    <Button size="compact-xs" variant="light" onClick={() => setPhotoOf(r.id)}>
                      {t('idlog.photo.show')}
                    </Button>
                  )}
                </Table.Td>
                {operator?.role === 'manager' && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setCorrecting(r)}>
                      {t('idlog.correct.button')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={photo !== null} onClose={() => setPhotoOf(null)} title={t('idlog.photo.show')}>
        {photo === 'none' && <Text>{t('idlog.photo.none')}</Text>}
        {photo && photo !== 'none' && (
          <>
            {!photo.matchesRecord && <Alert color="red">{t('idlog.photo.tampered')}</Alert>}
            <Image src={`data:${photo.mime};base64,${photo.base64}`} alt="" />
          </>
        )}
      </Modal>
      {correcting && <CorrectDialog record={correcting} onClose={() => setCorrecting(null)} />}
    </Stack>
  );
}

function CorrectDialog({ record, onClose }: { record: IdLogRecord; onClose(): void }) {
  const { t } = useTranslation('checkin');
  const [reason, setReason] = useState('');
  const correct = useDeskMutation('idlog.correct', { invalidates: ['idlog.list', 'audit.list'] });
  return (
    <Modal opened onClose={onClose} title={`${t('idlog.correct.button')} #${record.id} · ${record.candidateName}`}>
      <Stack>
        <Textarea label={t('idlog.correct.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autoFocus />
        <ErrorNote error={correct.error} />
        {correct.isSuccess ? (
          <Alert color="green">{t('idlog.correct.done')}</Alert>
        ) : (
          <Button onClick={() => correct.mutate({ idCheckId: record.id, reason })} loading={correct.isPending} disabled={reason.trim().length < 5}>
            {t('idlog.correct.button')}
          </Button>
        )}
      </Stack>
    </Modal>
  );
}
