import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveBase64File } from '../app/files';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';

/** Managers: the day's log for the sponsor, as CSV (queued in the outbox) or as printed PDF pages; the day's incidents as CSV beside it (#18). */
export function IdLogExport({ date }: { date: string }) {
  const { t, i18n } = useTranslation('checkin');
  const csv = useDeskMutation('exchange.export', {
    invalidates: ['exchange.outbox', 'audit.list'],
    onSuccess: (v) => saveBase64File(v.fileName, v.mime, v.base64),
  });
  const pdf = useDeskMutation('rosters.pdf', { onSuccess: (v) => saveBase64File(v.fileName, 'application/pdf', v.base64) });
  // One error at a time: the newest press's.
  const exportCsv = (kind: 'idchecks' | 'incidents') => {
    pdf.reset();
    csv.mutate({ kind, date, format: 'csv' });
  };
  const exportPdf = () => {
    csv.reset();
    pdf.mutate({ date, documents: ['idlog'], lang: i18n.language === 'en' ? 'en' : 'zh-CN' });
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" loading={csv.isPending && csv.variables?.kind === 'idchecks'} onClick={() => exportCsv('idchecks')} data-testid="idlog-export-csv">
        {t('idlog.export.csv')}
      </Button>
      <Button size="xs" variant="light" loading={csv.isPending && csv.variables?.kind === 'incidents'} onClick={() => exportCsv('incidents')} data-testid="idlog-export-incidents">
        {t('idlog.export.incidents')}
      </Button>
      <Button size="xs" variant="light" loading={pdf.isPending} onClick={exportPdf} data-testid="idlog-export-pdf">
        {t('idlog.export.pdf')}
      </Button>
      <ErrorNote error={csv.error ?? pdf.error} inline />
    </Group>
  );
}
