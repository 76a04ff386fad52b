import { Alert, Button, FileInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import type { ScoreImportPreview } from '../../../shared/scores/contract';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { fileToBase64 } from '../app/files';

/** Managers: a sponsor's score file, checked row by row, imported all or nothing. */
export function ScoreImportPanel() {
  const { t } = useTranslation('scores');
  const [file, setFile] = useState<File | null>(null);
  const [payload, setPayload] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ScoreImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const choose = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    setDone(null);
    if (!f) return;
    const p = { fileName: f.name, base64: await fileToBase64(f) };
    setPayload(p);
    setBusy(true);
    const r = await desk.call('scores.importPreview', p);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setPreview(r.value);
  };
  const apply = async () => {
    if (!payload) return;
    setBusy(true);
    const r = await desk.call('scores.importApply', payload);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(t('scoreImport.done', { create: r.value.create, update: r.value.update }));
    setPreview(null);
    setFile(null);
  };
  const ready = preview && preview.errorCount === 0 && preview.missing.length === 0 && preview.rows > 0;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('scoreImport.hint')}
      </Text>
      <FileInput label={t('scoreImport.file')} accept=".csv,.xlsx,text/csv" value={file} onChange={(f) => void choose(f)} clearable maw={420} data-testid="score-import-file" />
      {busy && <Progress value={100} striped animated />}
      {preview && (
        <>
          <Text fw={500} data-testid="score-import-summary">
            {t('scoreImport.summary', { rows: preview.rows, create: preview.create, update: preview.update, unchanged: preview.unchanged })}
          </Text>
          {preview.missing.length > 0 && <Alert color="orange">{t('scoreImport.missing', { fields: preview.missing.join(', ') })}</Alert>}
          {preview.errorCount > 0 && (
            <>
              <Alert color="red">{t('scoreImport.problems', { count: preview.errorCount })}</Alert>
              <Table withTableBorder striped fz="sm" data-testid="score-import-errors">
                <Table.Tbody>
                  {preview.errors.slice(0, 100).map((e, i) => (
                    <Table.Tr key={i}>
                      <Table.Td w={60}>{e.line}</Table.Td>
                      <Table.Td w={140}>{e.column ?? ''}</Table.Td>
                      <Table.Td>{t(`data:import.errors.${e.code}`, { value: e.value, message: e.message, defaultValue: e.message })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Button onClick={() => void apply()} disabled={!ready || busy} w={160} data-testid="score-import-apply">
            {t('scoreImport.apply')}
          </Button>
        </>
      )}
      {done && (
        <Alert color="green" data-testid="score-import-done">
          {done}
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
    </Stack>
  );
}
