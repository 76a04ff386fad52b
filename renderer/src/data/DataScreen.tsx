import { Alert, Divider, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/i18n/error-text';
import { useCall } from '../ipc/use-call';
import { MissingSteps } from '../center/MissingSteps';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { OutboxPanel } from './OutboxPanel';
import { RetentionPanel } from './RetentionPanel';

/** Data in and out: roster import, exports for sponsors and the outbox and backups. */
export function DataScreen() {
  const { t } = useTranslation('data');
  const today = useCall('today.overview', {});
  const outbox = useCall('exchange.outbox', {});
  if (outbox.error) return <Alert color="red">{errorText(t, outbox.error)}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <MissingSteps only={['center', 'rooms']} forImport />
      <ImportPanel onImported={today.reload} />
      <Divider />
      {today.data ? <ExportPanel today={today.data.date} onExported={outbox.reload} /> : <Loader />}
      <Divider />
      <OutboxPanel outbox={outbox} />
      <Divider />
      <BackupPanel />
      <Divider />
      <RetentionPanel />

    </Stack>
  );
}
