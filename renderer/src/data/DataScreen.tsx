import { Alert, Divider, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/error-text';
import { useCall } from '../ipc/use-call';
import { ExportPanel } from './ExportPanel';
import { OutboxPanel } from './OutboxPanel';

/** Data in and out: exports for sponsors and the outbox (import and backups follow with #8). */
export function DataScreen() {
  const { t } = useTranslation('data');
  const today = useCall('today.overview', {});
  const outbox = useCall('exchange.outbox', {});
  if (outbox.error) return <Alert color="red">{errorText(t, outbox.error)}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {today.data ? <ExportPanel today={today.data.date} onExported={outbox.reload} /> : <Loader />}
      <Divider />
      <OutboxPanel outbox={outbox} />
      <Divider />
      <Alert color="gray">{t('import.pending')}</Alert>
    </Stack>
  );
}
