import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../../../shared/exchange/export-contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';
import { saveBase64File } from '../app/files';
import { DayInput } from '../forms/DayInput';

export function ExportPanel({ today }: { today: string }) {
  const { t } = useTranslation('data');
  const [kind, setKind] = useState<ExportKind>('attendance');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [date, setDate] = useState(today);
  const run = useDeskMutation('exchange.export', {
    invalidates: ['exchange.outbox'],
    onSuccess: (file) => saveBase64File(file.fileName, file.mime, file.base64),
  });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('export.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('export.hint')}
      </Text>
      <Group align="flex-end">
        <Select label={t('export.kind')} value={kind} allowDeselect={false} onChange={(v) => v && setKind(v as ExportKind)} data={EXPORT_KINDS.map((k) => ({ value: k, label: t(`export.kinds.${k}`) }))} />
        <Select label={t('export.format')} w={110} value={format} allowDeselect={false} onChange={(v) => v && setFormat(v as ExportFormat)} data={EXPORT_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} />
        <DayInput label={t('export.date')} value={date} onChange={setDate} />
        <Button onClick={() => run.mutate({ kind, format, date })} loading={run.isPending} data-testid="export-run">
          {t('export.run')}
        </Button>
      </Group>
      {run.data && (
        <Alert color="green" data-testid="export-done">
          {t('export.done', { rows: run.data.rows, file: run.data.fileName })}
        </Alert>
      )}
      <ErrorNote error={run.error} />
    </Stack>
  );
}
