import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../../../shared/exchange/export-contract';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { saveBase64File } from '../app/files';
import { DayInput } from '../forms/DayInput';

export function ExportPanel({ today, onExported }: { today: string; onExported(): void }) {
  const { t } = useTranslation('data');
  const [kind, setKind] = useState<ExportKind>('attendance');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const run = async () => {
    setBusy(true);
    const r = await desk.call('exchange.export', { kind, format, date });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    saveBase64File(r.value.fileName, r.value.mime, r.value.base64);
    setDone(t('export.done', { rows: r.value.rows, file: r.value.fileName }));
    onExported();
  };
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
        <Button onClick={() => void run()} loading={busy} data-testid="export-run">
          {t('export.run')}
        </Button>
      </Group>
      {done && <Alert color="green" data-testid="export-done">{done}</Alert>}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
    </Stack>
  );
}
