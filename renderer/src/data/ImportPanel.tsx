import { Accordion, Alert, Button, FileInput, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importRequest, type ImportPreview } from '../../../shared/exchange/import-contract';
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField, type ImportMapping } from '../../../shared/exchange/import-fields';
import type { ChannelName } from '../../../shared/ipc/contract';
import { fileToBase64 } from '../app/files';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation } from '../ipc/query';
import { schemaValidate } from '../forms/schema-resolver';
import { ImportConfirmList, useFieldLabel } from './ImportConfirmList';
import { ImportProgressBar, useImportJob } from './ImportProgressBar';

/** What an imported roster changes: the day, its sessions and seats, who is expected, the set-up checklist (rooms used). */
const IMPORT_READS: readonly ChannelName[] = ['today.overview', 'center.checklist', 'rules.appointments', 'seating.plan', 'checkin.find', 'checkin.notArrived', 'scores.sheet', 'scores.stats'];

/** Roster import: choose a file, see every problem with its line, fix the columns, then import all or nothing. */
export function ImportPanel() {
  const { t } = useTranslation('data');
  const [file, setFile] = useState<File | null>(null);
  const [payload, setPayload] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The column mapping, checked by the import request's own schema before a re-check is asked for.
  const mappingForm = useForm<{ mapping: ImportMapping }>({ initialValues: { mapping: {} }, validate: schemaValidate(importRequest.pick({ mapping: true })) });
  const mapping = preview ? mappingForm.values.mapping : null;
  const job = useImportJob();
  const label = useFieldLabel();
  // The checked file stays on screen while a changed mapping is checked again (the answer replaces it).
  const checkCall = useDeskMutation('exchange.importPreview');
  const applyCall = useDeskMutation('exchange.importApply', { invalidates: IMPORT_READS });
  const presetCall = useDeskMutation('exchange.savePreset', { invalidates: ['exchange.importPresets'] });
  const last = latestOf(checkCall, applyCall, presetCall);
  const busy = checkCall.isPending ? t('import.reading', { file: checkCall.variables.fileName }) : applyCall.isPending && preview ? t('import.applying', { rows: preview.rows }) : null;
  const imported = last === applyCall ? applyCall.data : undefined;
  const done = imported
    ? t('import.done', { created: imported.created, updated: imported.updated, unchanged: imported.unchanged }) + (imported.rooms.length ? ` ${t('center:roomsUsed', { rooms: imported.rooms.join(', ') })}` : '')
    : last === presetCall && presetCall.isSuccess
      ? t('import.presetSaved')
      : null;

  // The import runs under a job id whose progress is polled; its refusal shows through ErrorNote (checkCall.error / applyCall.error).
  const check = async (p: { fileName: string; base64: string }, m?: ImportMapping) => {
    const r = await job.run((jobId) => checkCall.mutateAsync(m ? { ...p, mapping: m, jobId } : { ...p, jobId })).catch(() => null);
    if (!r) return;
    setPreview(r);
    mappingForm.setValues({ mapping: r.mapping });
    mappingForm.clearErrors();
  };
  const choose = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    checkCall.reset();
    applyCall.reset();
    presetCall.reset();
    if (!f) return;
    const p = { fileName: f.name, base64: await fileToBase64(f) };
    setPayload(p);
    await check(p);
  };
  const apply = async (confirmChanges = false) => {
    if (!payload || !preview) return;
    const extra = confirmChanges ? { confirmChanges: true } : {};
    const r = await job.run((jobId) => applyCall.mutateAsync(mapping ? { ...payload, mapping, jobId, ...extra } : { ...payload, jobId, ...extra })).catch(() => null);
    if (!r) return;
    setPreview(null);
    setFile(null);
  };
  const savePreset = (sponsor: string) => {
    if (!preview || !mapping) return;
    const headers: Partial<Record<ImportField, string>> = {};
    for (const f of IMPORT_FIELDS) {
      const i = mapping[f];
      if (i !== null && i !== undefined && preview.headers[i] !== undefined) headers[f] = preview.headers[i];
    }
    presetCall.mutate({ sponsor, headers });
  };

  const columnOptions = preview ? preview.headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })) : [];
  const ready = preview && preview.errorCount === 0 && preview.missing.length === 0 && preview.rows > 0;
  return (
    <Stack gap="xs">
      <Title order={4}>{t('import.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('import.hint')}
      </Text>
      <FileInput
        label={t('import.file')}
        placeholder={t('import.choose')}
        accept=".csv,.xlsx,text/csv"
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        disabled={busy !== null}
        maw={420}
        data-testid="import-file"
      />
      {busy && <ImportProgressBar label={busy} progress={job.progress} />}
      <ErrorNote error={last?.error} />
      {done && (
        <Alert color="green" data-testid="import-done">
          {done}
        </Alert>
      )}
      {preview && (
        <Stack gap="xs" data-testid="import-preview">
          <Text fw={500} data-testid="import-summary">
            {t('import.summary', { ...preview, format: preview.format.toUpperCase(), encoding: preview.encoding ? ` (${preview.encoding})` : '' })}
          </Text>
          {preview.missing.length > 0 && <Alert color="orange">{t('import.missing', { fields: preview.missing.map(label).join(t('import.listSeparator')) })}</Alert>}
          {preview.errorCount > 0 && (
            <>
              <Alert color="red" data-testid="import-problems">
                {t('import.problems', { count: preview.errorCount })}
              </Alert>
              <Table withTableBorder striped fz="sm" data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t('import.line')}</Table.Th>
                    <Table.Th w={160}>{t('import.column')}</Table.Th>
                    <Table.Th>{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.errors.slice(0, 100).map((e, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{e.line}</Table.Td>
                      <Table.Td>{e.column ?? ''}</Table.Td>
                      <Table.Td>{t(`import.errors.${e.code}`, { value: e.value, message: e.message, defaultValue: e.message })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {preview.errorCount > 100 && <Text size="sm">{t('import.moreProblems', { count: preview.errorCount - 100 })}</Text>}
            </>
          )}
          {preview.changes.length > 0 && (
            <Text size="sm">
              {t('import.changes')}:{' '}
              {preview.changes
                .slice(0, 20)
                .map((c) => t('import.changeItem', { booking: c.bookingId, fields: c.fields.map(label).join(t('import.listSeparator')) }))
                .join('; ')}
            </Text>
          )}
          {preview.toConfirmCount > 0 && <ImportConfirmList preview={preview} disabled={!ready || busy !== null} onConfirm={() => void apply(true)} />}
          <Accordion variant="contained" defaultValue={preview.missing.length > 0 ? 'mapping' : null}>
            <Accordion.Item value="mapping">
              <Accordion.Control>{t('import.mapping')}</Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
                  {IMPORT_FIELDS.map((f) => (
                    <Select
                      key={f}
                      size="xs"
                      label={`${label(f)}${REQUIRED_FIELDS.includes(f) ? ' *' : ''}`}
                      description={f}
                      placeholder={t('import.notMapped')}
                      clearable
                      data={columnOptions}
                      value={mapping?.[f] === null || mapping?.[f] === undefined ? null : String(mapping[f])}
                      onChange={(v) => mappingForm.setFieldValue(`mapping.${f}`, v === null ? null : Number(v))}
                      error={mappingForm.errors[`mapping.${f}`]}
                      data-testid={`map-${f}`}
                    />
                  ))}
                </SimpleGrid>
                <Group mt="sm">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() =>
                      mappingForm.onSubmit((v) => {
                        if (payload) void check(payload, v.mapping);
                      })()
                    }
                    disabled={busy !== null}
                    data-testid="import-recheck"
                  >
                    {t('import.recheck')}
                  </Button>
                  {preview.sponsors.map((s) => (
                    <Button key={s} size="xs" variant="subtle" onClick={() => savePreset(s)}>
                      {t('import.savePreset', { sponsor: s })}
                    </Button>
                  ))}
                </Group>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Group>
            <Button onClick={() => void apply()} disabled={!ready || busy !== null || preview.toConfirmCount > 0} data-testid="import-apply">
              {t('import.apply')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
