import { Alert, Button, FileInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64 } from '../app/files';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation } from '../ipc/query';
import { SCORE_READS } from './score-reads';

/** Managers: a sponsor's score file, checked row by row, imported all or nothing. */
export function ScoreImportPanel() {
  const { t } = useTranslation('scores');
  const [file, setFile] = useState<File | null>(null);
  const check = useDeskMutation('scores.importPreview');
  const apply = useDeskMutation('scores.importApply', { invalidates: SCORE_READS, onSuccess: () => setFile(null) });
  const last = latestOf(check, apply);
  const busy = check.isPending || apply.isPending;
  // The checked file stays shown until it is imported (or another is chosen).
  const preview = !(last === apply && apply.isSuccess) ? (check.data ?? null) : null;
  const choose = async (f: File | null) => {
    setFile(f);
    check.reset();
    apply.reset();
    if (!f) return;
    check.mutate({ fileName: f.name, base64: await fileToBase64(f) });
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
          <Button onClick={() => check.variables && apply.mutate(check.variables)} disabled={!ready || busy} w={160} data-testid="score-import-apply">
            {t('scoreImport.apply')}
          </Button>
        </>
      )}
      {last === apply && apply.data && (
        <Alert color="green" data-testid="score-import-done">
          {t('scoreImport.done', { create: apply.data.create, update: apply.data.update })}
        </Alert>
      )}
      <ErrorNote error={last?.error} />
    </Stack>
  );
}
