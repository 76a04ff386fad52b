import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { memo, useDeferredValue, useEffect, useEffectEvent, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionView, AdmitResult, CheckinCard, CheckInState } from '../../../shared/checkin/contract';
import { formatLocal } from '../../../shared/time/zoned';
import { useOperator } from '../accounts/SignInGate';
import { ErrorNote } from '../ipc/ErrorNote';
import { asIpcError, useDeskMutation, useDeskQuery } from '../ipc/query';
import { ADMISSION_CHANGES } from './admission-changes';
import { VerdictCard } from '../rules/VerdictCard';
import { RevealDocument } from './RevealDocument';
import { playScanSound, type ScanOutcome } from './scan-sound';
import { ScanVerdict, SeatBanner } from './ScanVerdict';
import { KeyHint, StepHead } from './StepHead';

/** The refusals of an offline desk that a manager's written reason overrides (the admission is then forced). */
const OFFLINE_REFUSALS = new Set(['checkin.offlineNotLeased', 'checkin.offlineLeasedElsewhere']);

// The identity form carries the name matcher and its pinyin dictionary (about 300 kB): it loads
// in its own script, not in the first paint's (#16), when the check-in screen opens. Once loaded
// it renders in the same pass as the verdict (React.lazy would suspend every new panel once), so
// it takes the focus right after the verdict is painted (see stepsShown), not a load later.
type IdCheckFormModule = typeof import('./IdCheckForm');
let idCheckFormModule: IdCheckFormModule | undefined;
let idCheckFormLoad: Promise<IdCheckFormModule> | undefined;
export const loadIdCheckForm = () =>
  (idCheckFormLoad ??= import('./IdCheckForm').then(
    (m) => (idCheckFormModule = m),
    (error: unknown) => {
      idCheckFormLoad = undefined;
      throw error;
    },
  ));

/** The identity form once its script is in, a loader until then (a failed load reaches the error boundary). */
function IdCheckFormSlot(props: ComponentProps<IdCheckFormModule['IdCheckForm']>) {
  const { t } = useTranslation('app');
  const [loaded, setLoaded] = useState(idCheckFormModule);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!loaded) loadIdCheckForm().then(setLoaded, setFailed);
  }, [loaded]);
  if (failed) throw failed;
  return loaded ? <loaded.IdCheckForm {...props} /> : <Loader size="sm" aria-label={t('loading')} />;
}

function AdmitOutcome({ result, name }: { result: AdmitResult; name: string }) {
  const { t } = useTranslation('checkin');
  if (result.status === 'admitted') {
    return (
      <Alert color="green" p="xs" title={t('admit.status.admitted')} data-testid="admit-result" data-status="admitted">
        {t('admit.admitted', { name, at: result.atLocal })}
        {result.overrideReason && <Text fw={700}>{t('admit.overridden', { rules: result.overriddenRuleIds.join(', '), reason: result.overrideReason })}</Text>}
      </Alert>
    );
  }
  if (result.status === 'already-admitted') {
    return (
      <Alert color="yellow" p="xs" title={t('admit.status.already-admitted')} data-testid="admit-result" data-status="already-admitted">
        {t('admit.alreadyAdmitted', { at: result.atLocal, by: result.desk ? `${result.by} @ ${result.desk}` : result.by })}
        {result.sameRequest && <Text size="sm">{t('admit.sameRequest')}</Text>}
      </Alert>
    );
  }
  return (
    <Alert color="red" p="xs" title={t('admit.status.refused')} data-testid="admit-result" data-status="refused">
      {result.ruleIds.join(', ')} {t(result.messageKey, { ns: result.messageNamespace, ...result.params })}
    </Alert>
  );
}

/** What the scan comes to: a candidate admitted before (DAY-8) is a duplicate whatever else holds. */
function outcomeOf(v: AdmissionView | null, before: CheckInState | null): ScanOutcome | null {
  if (before) return 'duplicate';
  if (!v) return null;
  return v.verdict?.outcome === 'allowed' && v.identity.status !== 'blocked' ? 'admit' : 'refuse';
}

/**
 * One candidate at the desk, as a guided sequence: 1 the verdict (large, with its sound), 2 the
 * document, 3 the face and original, 4 the belongings reminder (DAY-7), 5 admit, 6 the room and
 * seat. Each step moves the focus to the next, so Enter carries the desk through.
 */
export const AdmissionPanel = memo(function AdmissionPanel({ card, scanned, onDone }: { card: CheckinCard; scanned: boolean; onDone(): void }) {
  const { t } = useTranslation('checkin');
  const { t: td } = useTranslation('desk');
  const { operator } = useOperator();
  // A scan's answer put this card's verdict in the cache just now: no second request on mount.
  const view = useDeskQuery('checkin.verdict', { appointmentId: card.appointmentId }, scanned ? { staleTime: Infinity } : {});
  const admission = useDeskMutation('checkin.admit', {
    invalidates: ADMISSION_CHANGES,
    onSuccess: (value) => {
      if (value.status !== 'refused') onDone();
    },
  });
  const result = admission.data ?? null;
  const [reason, setReason] = useState('');
  const [belongings, setBelongings] = useState(false);
  const [before, setBefore] = useState<CheckInState | null | undefined>(card.checkIn ?? undefined);
  const belongingsRef = useRef<HTMLButtonElement>(null);
  const admitRef = useRef<HTMLButtonElement>(null);
  // Only an answer asked for by this panel or by the scan that opened it: a verdict cached from an
  // earlier scan may be out of date (the clock moved past a cut-off, another desk admitted), and
  // the sound plays once.
  const v = view.isFetchedAfterMount || scanned ? (view.data ?? null) : null;
  // The verdict is what the queue waits for: it is committed and painted first, and the steps below
  // it (details, identity form, belongings, admit) follow in a render React may defer (#18 speed).
  const stepsShown = useDeferredValue(true, false);

  // Whether the candidate was admitted before this scan is fixed by the first answer.
  // (Adjusted while rendering, as React advises for state derived from a first answer.)
  if (v && before === undefined) setBefore(v.facts.checkIn);
  const outcome = outcomeOf(v, before ?? null);
  const played = useRef(false);
  const announce = useEffectEvent((o: ScanOutcome) => {
    playScanSound(o);
    if (o !== 'admit') onDone();
  });
  useEffect(() => {
    if (!outcome || played.current) return;
    played.current = true;
    announce(outcome);
  }, [outcome]);

  const identityPassed = v?.identity.status === 'passed';
  const checkIn = v?.facts.checkIn ?? card.checkIn;
  const admittedAlready = Boolean(checkIn);
  useEffect(() => {
    if (stepsShown && identityPassed && !admittedAlready && outcome === 'admit') belongingsRef.current?.focus();
  }, [stepsShown, identityPassed, admittedAlready, outcome]);
  useEffect(() => {
    if (belongings) admitRef.current?.focus();
  }, [belongings, v?.canAdmit]);

  // One nonce per candidate on this panel: a retry after a lost answer repeats it, so the center counts it once (#19).
  const nonce = useRef<{ appointmentId: number; value: string } | null>(null);
  const admit = (overrideReason?: string) => {
    if (!overrideReason && !belongings) return;
    if (nonce.current?.appointmentId !== card.appointmentId) nonce.current = { appointmentId: card.appointmentId, value: crypto.randomUUID() };
    admission.mutate({
      appointmentId: card.appointmentId,
      nonce: nonce.current.value,
      ...(overrideReason ? { overrideReason } : {}),
    });
  };
  useHotkeys([['mod+Enter', () => admit()]], []);

  const admitted = result?.status === 'admitted';
  // Offline, a session not leased to this desk: a manager may still admit, forced, with a written reason (#19).
  const offlineRefusal = OFFLINE_REFUSALS.has(asIpcError(admission.error)?.say?.key ?? '');
  const ruleIds = [...new Set((v?.verdict?.reasons ?? []).map((r) => r.ruleId))];
  const headline = admitted
    ? t('admit.status.admitted')
    : outcome === 'duplicate'
      ? t('flow.verdict.duplicate')
      : outcome === 'admit'
        ? t(identityPassed ? 'flow.verdict.admit' : 'flow.verdict.needsId')
        : t('flow.verdict.refuse');
  return (
    <Paper withBorder p="sm" data-testid="admission-panel">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <div>
          <Title order={3} data-testid="panel-name">
            {card.candidateName}{' '}
            <Text span c="dimmed" fz="md">
              {card.pinyin ?? ''}
            </Text>
          </Title>
          <Text size="xs">
            {t('card.admissionCode')} {card.admissionCode} · {t('card.bookingId')} {card.bookingId} · {t('card.document')} {t(`identity.documentType.${card.documentType}`, { defaultValue: card.documentType })}{' '}
            {card.documentMasked}
          </Text>
          <Text size="xs">
            {t('card.subject')} {card.subjectName} ({card.subjectCode}) · {t('card.start')} {card.startLocal} · {t('card.room')} {card.room?.name ?? '—'} · {t('card.seat')} {card.seatLabel ?? t('card.noSeat')}
          </Text>
          {operator?.role === 'manager' && <RevealDocument key={card.appointmentId} appointmentId={card.appointmentId} />}
        </div>
        <Stack gap={2} align="flex-end">
          <Badge variant="light">{t(`appointmentState.${card.appointmentState}`)}</Badge>
          <Badge variant="light" color={card.orderState === 'expired' ? 'red' : 'blue'}>
            {t(`orderState.${card.orderState}`)}
          </Badge>
        </Stack>
      </Group>
      {!v && view.isFetching && <Loader size="sm" />}
      {outcome && (
        <ScanVerdict outcome={admitted ? 'admit' : outcome} headline={headline} ruleIds={admitted ? [] : outcome === 'duplicate' ? ['DAY-8'] : ruleIds}>
          {/* Just admitted here: the refreshed verdict now calls this a duplicate scan (DAY-8); the proctor reads who admitted and when instead. */}
          {admitted && result ? (
            <Text inherit data-testid="admitted-now">
              {t('flow.verdict.duplicateText', { at: result.atLocal, by: result.by })}
            </Text>
          ) : outcome === 'duplicate' && before ? (
            <Text inherit data-testid="already-admitted">
              {t('flow.verdict.duplicateText', { at: before.admittedLocal, by: before.desk ? `${before.by} @ ${before.desk}` : before.by })}
              {before.overrideReason && ` ${t('checkIn.overridden', { reason: before.overrideReason })}`}
            </Text>
          ) : (
            v?.verdict && <Text inherit>{t(v.verdict.messageKey, { ns: 'rules', ...v.verdict.params })}</Text>
          )}
          {v && !v.verdict && <Text inherit>{t('verdict.ruleError', { message: v.ruleError?.message ?? '' })}</Text>}
        </ScanVerdict>
      )}
      {v && stepsShown && (
        <Stack gap={6} mt={6}>
          <details>
            <summary style={{ cursor: 'pointer', fontSize: 12 }}>
              {t('flow.verdict.details')} · {t('verdict.now', { at: v.nowLocal, zone: v.timeZone })}
            </summary>
            {v.verdict && <VerdictCard verdict={v.verdict} title={t('verdict.title')} />}
          </details>
          <Alert p={6} color={v.identity.status === 'passed' ? 'green' : v.identity.status === 'none' ? 'gray' : 'red'} data-testid="identity-status">
            <Text size="sm">
              {t(`identity.status.${v.identity.status}`)}
              {v.identity.by && v.identity.at && ` · ${td('checkedBy', { by: v.identity.by, at: formatLocal(Date.parse(v.identity.at), v.timeZone) })}`}
            </Text>
          </Alert>
          {!checkIn && v.identity.status !== 'passed' && v.identity.status !== 'blocked' && (
            <IdCheckFormSlot card={card} today={v.nowLocal.slice(0, 10)} autoFocus={outcome === 'admit'} onRecorded={() => void view.refetch()} />
          )}
          {!checkIn && !admitted && (
            <>
              <StepHead n={4} label={t('flow.step.belongings')} keys={<KeyHint k="Enter" text={t('flow.keys.belongings')} />} done={belongings} />
              <Button
                ref={belongingsRef}
                size="xs"
                variant={belongings ? 'filled' : 'light'}
                color={belongings ? 'green' : 'blue'}
                onClick={() => setBelongings(true)}
                data-testid="belongings-button"
                aria-pressed={belongings}
                style={{ alignSelf: 'flex-start' }}
              >
                {belongings ? '✓ ' : ''}
                {t('flow.belongings')}
              </Button>
              <StepHead
                n={5}
                label={t('flow.step.admit')}
                keys={
                  <>
                    <KeyHint k="Enter" text={t('flow.keys.admit')} />
                    <KeyHint k="Ctrl+Enter" text="" />
                  </>
                }
              />
              <Group>
                <Button ref={admitRef} size="md" color="green" onClick={() => admit()} loading={admission.isPending} disabled={!v.canAdmit || !belongings} data-testid="admit-button">
                  {t('admit.button')}
                </Button>
                <Text size="xs" c="dimmed">
                  {!v.canAdmit || !belongings ? `${t('flow.admitNeeds')} · ` : ''}
                  {td('backToSearch')}
                </Text>
              </Group>
            </>
          )}
          {result && <AdmitOutcome result={result} name={card.candidateName} />}
          {(admitted || (checkIn && outcome === 'duplicate')) && <SeatBanner card={card} />}
          <ErrorNote error={admission.error} />
          {!checkIn && (v.canOverride || offlineRefusal) && operator?.role === 'manager' && (
            <Group align="flex-end" gap="xs">
              <Textarea autosize minRows={1} w={360} label={t('admit.overrideReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="override-reason" />
              <Button color="orange" onClick={() => admit(reason)} disabled={reason.trim().length < 5} data-testid="override-button">
                {t('admit.overrideButton')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
});
