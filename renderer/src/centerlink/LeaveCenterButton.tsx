import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterLinkStatusView } from '../../../shared/centerlink/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';
import { LINK_CHANNELS } from './JoinCenterForm';

/**
 * Settings → Center server on a joined desk (#19): a manager takes it out of its center after a
 * confirmation that names the center. The desk refuses while admissions wait to upload; its words
 * say how many, in the dialog.
 */
export function LeaveCenterButton({ link }: { link: CenterLinkStatusView }) {
  const { t } = useTranslation('centerlink');
  const [asking, setAsking] = useState(false);
  const leave = useDeskMutation('centerlink.leave', { invalidates: LINK_CHANNELS });
  const close = () => {
    setAsking(false);
    leave.reset();
  };
  return (
    <>
      <Group>
        <Button color="red" variant="light" onClick={() => setAsking(true)} data-testid="centerlink-leave">
          {t('leave.button')}
        </Button>
      </Group>
      <Modal opened={asking} onClose={close} title={t('leave.title')} data-testid="centerlink-leave-dialog">
        <Stack>
          <Text>{t('leave.text', { server: link.server, desk: link.desk })}</Text>
          <ErrorNote error={leave.error} testId="centerlink-leave-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('leave.cancel')}
            </Button>
            <Button color="red" data-autofocus loading={leave.isPending} onClick={() => leave.mutate({}, { onSuccess: () => setAsking(false) })} data-testid="centerlink-leave-confirm">
              {t('leave.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
