import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOperator } from '../accounts/SignInGate';
import { useCenterLink } from './CenterBadge';
import { usePanelShown } from './panel-shown';
import { CENTERLINK_HREF } from './use-hash';

/**
 * A manager's blocking alert while the center holds open conflicts: Escape and a click outside do
 * not close it; it goes away on the conflicts panel (Settings → Center server), and for good once
 * every conflict is resolved.
 */
export function ConflictAlert() {
  const { t } = useTranslation('centerlink');
  const { operator } = useOperator();
  const link = useCenterLink();
  const open = link.data?.joined ? link.data.openConflicts : 0;
  // Shown on every screen but the conflicts panel itself.
  const onPanel = usePanelShown();
  const opened = operator?.role === 'manager' && open > 0 && !onPanel;
  return (
    <Modal
      opened={opened}
      onClose={() => {}}
      closeOnEscape={false}
      closeOnClickOutside={false}
      withCloseButton={false}
      centered
      title={t('alert.title')}
      data-testid="conflict-alert"
      styles={{ title: { fontWeight: 700, color: 'var(--mantine-color-red-7)' } }}
    >
      <Stack>
        <Text>{t('alert.text', { count: open })}</Text>
        <Button color="red" data-autofocus onClick={() => (window.location.hash = CENTERLINK_HREF)} data-testid="conflict-alert-go">
          {t('alert.go')}
        </Button>
      </Stack>
    </Modal>
  );
}
