import { Divider, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';
import { MissingSteps } from '../center/MissingSteps';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { OutboxPanel } from './OutboxPanel';
import { RetentionPanel } from './RetentionPanel';

/** Data in and out: roster import, exports for sponsors and the outbox and backups. */
export function DataScreen() {
  const { t } = useTranslation('data');
  const today = useDeskQuery('today.overview', {});
  const outbox = useDeskQuery('exchange.outbox', {});
  if (outbox.error) return <ErrorNote error={outbox.error} />;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <MissingSteps only={['center', 'rooms']} forImport />
      <ImportPanel />
      <Divider />
      {today.data ? <ExportPanel today={today.data.date} /> : <Loader />}
      <Divider />
      <OutboxPanel rows={outbox.data ?? []} />
      <Divider />
      <BackupPanel />
      <Divider />
      <RetentionPanel />
    </Stack>
  );
}
