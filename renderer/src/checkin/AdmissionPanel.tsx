import { Alert, Badge, Button, Divider, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmitResult, CheckinCard } from '../../../shared/checkin/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { formatLocal } from '../../../shared/time/zoned';
import { useOperator } from '../accounts/SignInGate';
import { RevealDocument } from './RevealDocument';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';
import { VerdictCard } from '../rules/VerdictCard';
import { IdCheckForm } from './IdCheckForm';

function AdmitOutcome({ result, name }: { result: AdmitResult; name: string }) {
  const { t } = useTranslation('checkin');
  if (result.status === 'admitted') {
    return (
      <Alert color="green" variant="filled" title={t('admit.status.admitted')} data-testid="admit-result" data-status="admitted">
        {t('admit.admitted', { name, at: result.atLocal })}
        {result.overrideReason && <Text fw={700}>{t('admit.overridden', { rules: result.overriddenRuleIds.join(', '), reason: result.overrideReason })}</Text>}
      </Alert>
    );
  }
  if (result.status === 'already-admitted') {
    return (
      <Alert color="yellow" variant="filled" title={t('admit.status.already-admitted')} data-testid="admit-result" data-status="already-admitted">
        {t('admit.alreadyAdmitted', { at: result.atLocal, by: result.by })}
        {result.sameRequest && <Text size="sm">{t('admit.sameRequest')}</Text>}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="filled" title={t('admit.status.refused')} data-testid="admit-result" data-status="refused">
      <Group gap={6}>
        {result.ruleIds.map((r) => (
          <Badge key={r} color="white" variant="outline">
            {r}
          </Badge>
        ))}
      </Group>
      <Text mt={4}>{t(result.messageKey, { ns: result.messageNamespace, ...result.params })}</Text>
    </Alert>
  );
}

/** One candidate at the desk: the card, the admission verdict, the identity check and admission. */
export function AdmissionPanel({ card, onDone }: { card: CheckinCard; onDone(): void }) {
  const { t } = useTranslation('checkin');
  const { t: td } = useTranslation('desk');
  const { operator } = useOperator();
  const view = useCall('checkin.verdict', { appointmentId: card.appointmentId });
  const [result, setResult] = useState<AdmitResult | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const admit = async (overrideReason?: string) => {
    setBusy(true);
    const r = await desk.call('checkin.admit', {
      appointmentId: card.appointmentId,
      nonce: crypto.randomUUID(),
      ...(overrideReason ? { overrideReason } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setResult(r.value);
    view.reload();
    if (r.value.status !== 'refused') onDone();
  };
  useHotkeys([['mod+Enter', () => void admit()]], []);

  const v = view.data;
  const checkIn = v?.facts.checkIn ?? card.checkIn;
  return (
    <Paper withBorder p="md" data-testid="admission-panel">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} data-testid="panel-name">
            {card.candidateName}{' '}
            <Text span c="dimmed" fz="md">
              {card.pinyin ?? ''}
            </Text>
          </Title>
          <Text size="sm">
            {t('card.admissionCode')} {card.admissionCode} · {t('card.bookingId')} {card.bookingId}
          </Text>
          <Text size="sm">
            {t('card.document')} {t(`identity.documentType.${card.documentType}`, { defaultValue: card.documentType })} {card.documentMasked}
          </Text>
          {operator?.role === 'manager' && <RevealDocument appointmentId={card.appointmentId} />}
          <Text size="sm">
            {t('card.subject')} {card.subjectName} ({card.subjectCode}) · {t('card.start')} {card.startLocal}
          </Text>
          <Text size="sm">
            {t('card.room')} {card.room?.name ?? '—'} · {t('card.seat')} {card.seatLabel ?? t('card.noSeat')}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <Badge variant="light">{t(`appointmentState.${card.appointmentState}`)}</Badge>
          <Badge variant="light" color={card.orderState === 'expired' ? 'red' : 'blue'}>
            {t(`orderState.${card.orderState}`)}
          </Badge>
          <Badge variant="outline" color={card.hasPhoto ? 'teal' : 'gray'}>
            {card.hasPhoto ? t('card.hasPhoto') : t('card.noPhoto')}
          </Badge>
        </Stack>
      </Group>
      <Divider my="sm" />
      {checkIn && (
        <Alert color="green" mb="sm" data-testid="already-admitted">
          {t('checkIn.admitted', { at: checkIn.admittedLocal, by: checkIn.by })}
          {checkIn.overrideReason && <Text fw={700}>{t('checkIn.overridden', { reason: checkIn.overrideReason })}</Text>}
        </Alert>
      )}
      {result && <AdmitOutcome result={result} name={card.candidateName} />}
      {error && <Alert color="red">{errorText(td, error)}</Alert>}
      {!v && view.loading && <Loader size="sm" />}
      {v && (
        <Stack gap="sm" mt="sm">
          <Text size="xs" c="dimmed">
            {t('verdict.now', { at: v.nowLocal, zone: v.timeZone })}
          </Text>
          {v.verdict ? <VerdictCard verdict={v.verdict} title={t('verdict.title')} /> : <Alert color="gray">{t('verdict.ruleError', { message: v.ruleError?.message ?? '' })}</Alert>}
          <Alert color={v.identity.status === 'passed' ? 'green' : v.identity.status === 'none' ? 'gray' : 'red'} data-testid="identity-status">
            {t(`identity.status.${v.identity.status}`)}
            {v.identity.by && v.identity.at && <Text size="xs">{td('checkedBy', { by: v.identity.by, at: formatLocal(Date.parse(v.identity.at), v.timeZone) })}</Text>}
          </Alert>
          {!checkIn && v.identity.status !== 'passed' && v.identity.status !== 'blocked' && (
            <IdCheckForm card={card} today={v.nowLocal.slice(0, 10)} onRecorded={() => view.reload()} />
          )}
          {!checkIn && (
            <Group>
              <Button size="lg" color="green" onClick={() => void admit()} loading={busy} disabled={!v.canAdmit} data-testid="admit-button">
                {t('admit.button')}
              </Button>
              <Text size="xs" c="dimmed">
                {td('admitHint')} · {td('backToSearch')}
              </Text>
            </Group>
          )}
          {!checkIn && v.canOverride && operator?.role === 'manager' && (
            <Stack gap={4}>
              <Textarea label={t('admit.overrideReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="override-reason" />
              <Button color="orange" onClick={() => void admit(reason)} disabled={reason.trim().length < 5} data-testid="override-button">
                {t('admit.overrideButton')}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
