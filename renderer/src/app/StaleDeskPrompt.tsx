import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskStale } from '../ipc/stale-desk';

/** Shown over every screen once the desk refuses this tab's token (it has restarted). */
export function StaleDeskPrompt() {
  const { t } = useTranslation();
  const stale = useDeskStale();
  return (
    <Modal opened={stale} onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} title={t('staleDesk.title')} centered>
      <Stack data-testid="stale-desk">
        <Text>{t('staleDesk.text')}</Text>
        <Button onClick={() => window.location.reload()} data-testid="stale-desk-reload">
          {t('staleDesk.reload')}
        </Button>
      </Stack>
    </Modal>
  );
}
