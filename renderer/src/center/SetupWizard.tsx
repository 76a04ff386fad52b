import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETUP_STEPS, type SetupStep } from '../../../shared/center/contract';
import { useOperator } from '../accounts/SignInGate';
import { useDeskQuery } from '../ipc/query';
import { RoomsEditor } from '../seating/RoomsEditor';
import { OperatorsPanel } from '../settings/OperatorsPanel';
import { CenterForm } from './CenterForm';
import { setupTarget } from './setup-link';
import { BackupFolderStep, RetentionStep } from './StoragePanels';

/**
 * First-run set-up for a manager: the center, its rooms (the Seating room editor), the proctors'
 * accounts (the Settings operators panel), the backup folder and the retention period. Every step
 * can be skipped; what is still missing stays on Today's checklist.
 */
export function SetupWizard({ initial }: { initial: SetupStep | null }) {
  const { t } = useTranslation('center');
  const { operator } = useOperator();
  const center = useDeskQuery('center.get', {});
  const checklist = useDeskQuery('center.checklist', {}, { refetchInterval: 3000 });
  const [active, setActive] = useState(Math.max(0, SETUP_STEPS.indexOf(initial ?? 'center')));
  // A link to another step (Today's checklist, the address bar) while the wizard is open moves it there.
  useEffect(() => {
    const on = () => {
      const { step } = setupTarget();
      if (step) setActive(SETUP_STEPS.indexOf(step));
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  // The rooms and proctors steps write through their own panels: moving on re-reads what is still missing.
  const refresh = () => {
    void center.refetch();
    void checklist.refetch();
  };
  const step = SETUP_STEPS[active];
  const missing = checklist.data?.missing ?? [];
  const content = (s: SetupStep) => {
    if (s === 'center') return <CenterForm center={center.data ?? null} />;
    if (s === 'rooms') return center.data ? <RoomsEditor /> : <Alert color="yellow">{t('checklist.center')}</Alert>;
    if (s === 'proctors') return operator ? <OperatorsPanel meId={operator.id} /> : null;
    if (s === 'backup') return <BackupFolderStep />;
    return <RetentionStep />;
  };
  return (
    <Stack data-testid="setup-wizard">
      <div>
        <Title order={3}>{t('setupTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('setupHint')}
        </Text>
      </div>
      <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect>
        {SETUP_STEPS.map((s, i) => (
          // A skipped step that is still missing keeps its number (no tick) and stays on Today's checklist.
          <Stepper.Step key={s} label={t(`steps.${s}`)} color={missing.includes(s) ? 'yellow' : 'green'} completedIcon={missing.includes(s) ? String(i + 1) : undefined} data-testid={`setup-step-${s}`} />
        ))}
        <Stepper.Completed>
          <Alert color="green" data-testid="setup-finished">
            {t('finished')}
          </Alert>
        </Stepper.Completed>
      </Stepper>
      {step && (
        <Paper withBorder p="md">
          <Text size="sm" mb="sm">
            {t(`stepHints.${step}`)}
          </Text>
          {content(step)}
        </Paper>
      )}
      <Group>
        <Button variant="default" onClick={() => setActive((a) => Math.max(0, a - 1))} disabled={active === 0} data-testid="setup-back">
          {t('back')}
        </Button>
        {step && (
          <Button
            variant={missing.includes(step) ? 'subtle' : 'filled'}
            onClick={() => {
              refresh();
              setActive((a) => a + 1);
            }}
            data-testid="setup-next"
          >
            {missing.includes(step) ? t('skip') : active === SETUP_STEPS.length - 1 ? t('finish') : t('next')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
