import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { saveBase64File } from '../app/files';

/** Managers: the day's log for the sponsor, as CSV (queued in the outbox) or as printed PDF pages. */
export function IdLogExport({ date }: { date: string }) {
  const { t, i18n } = useTranslation('checkin');
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const csv = async () => {
    setBusy('csv');
    const r = await desk.call('exchange.export', { kind: 'idchecks', date, format: 'csv' });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    saveBase64File(r.value.fileName, r.value.mime, r.value.base64);
  };
  const pdf = async () => {
    setBusy('pdf');
    const r = await desk.call('rosters.pdf', { date, documents: ['idlog'], lang: i18n.language === 'en' ? 'en' : 'zh-CN' });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setError(null);
    saveBase64File(r.value.fileName, 'application/pdf', r.value.base64);
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" loading={busy === 'csv'} onClick={() => void csv()} data-testid="idlog-export-csv">
        {t('idlog.export.csv')}
      </Button>
      <Button size="xs" variant="light" loading={busy === 'pdf'} onClick={() => void pdf()} data-testid="idlog-export-pdf">
        {t('idlog.export.pdf')}
      </Button>
      {error && (
        <Text size="xs" c="red">
          {errorText(t, error)}
        </Text>
      )}
    </Group>
  );
}
