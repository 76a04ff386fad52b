import { Alert, Badge, Button, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { PUBLIC_HOLIDAYS, type CalendarChange, type NoticeProblem } from '../../../shared/rules/calendar-notice';
import { desk } from '../ipc/client';

interface Preview {
  fileName: string;
  text: string;
  year: number;
  rows: number;
  changes: CalendarChange[];
}

const changeColor = { added: 'green', changed: 'orange', removed: 'red' } as const;

/** #17.7: a year's official holiday notice as a file: preview the changes, then confirm. */
export function CalendarImport({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation('policy');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<NoticeProblem | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState<{ year: number; count: number } | null>(null);
  const zh = i18n.language.startsWith('zh');

  const problemText = (p: NoticeProblem) =>
    p.code === 'MISSING_HOLIDAYS'
      ? t('calendar.problem.MISSING_HOLIDAYS', {
          year: p.year,
          missing: p.missing.map((id) => PUBLIC_HOLIDAYS.find((h) => h.id === id)?.[zh ? 'zh' : 'en'] ?? id).join(zh ? '、' : ', '),
        })
      : p.code === 'SEVERAL_YEARS'
        ? t('calendar.problem.SEVERAL_YEARS', { years: p.years.join(', ') })
        : t(`calendar.problem.${p.code}`, { ...p });

  const pick = async (file: File | null) => {
    setPreview(null);
    setProblem(null);
    setError(null);
    setDone(null);
    if (!file) return;
    const text = await file.text();
    const r = await desk.call('rules.calendarImport', { fileName: file.name, text, apply: false });
    if (!r.ok) return setError(r.error);
    if (!r.value.ok) return setProblem(r.value.problem);
    setPreview({ fileName: file.name, text, year: r.value.year, rows: r.value.rows, changes: r.value.changes });
  };

  const confirm = async () => {
    if (!preview) return;
    const r = await desk.call('rules.calendarImport', { fileName: preview.fileName, text: preview.text, apply: true });
    if (!r.ok) return setError(r.error);
    if (!r.value.ok) return setProblem(r.value.problem);
    setDone({ year: r.value.year, count: r.value.changes.length });
    setPreview(null);
    onImported();
  };

  const show = (x: CalendarChange['before']) => (x ? `${t(`calendar.${x.kind}`)}${x.name ? ` · ${x.name}` : ''}` : '—');
  return (
    <Stack gap="xs" data-testid="calendar-import">
      <Title order={4}>{t('calendar.importTitle')}</Title>
      <Text c="dimmed" size="sm">
        {t('calendar.importHint')}
      </Text>
      <FileButton onChange={(f) => void pick(f)} accept=".csv,.ics,text/csv,text/calendar">
        {(props) => (
          <Button {...props} variant="light" w={160} data-testid="calendar-pick">
            {t('calendar.pick')}
          </Button>
        )}
      </FileButton>
      {problem && (
        <Alert color="red" data-testid="calendar-problem">
          {problemText(problem)}
        </Alert>
      )}
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {done && (
        <Alert color="green" data-testid="calendar-imported">
          {t('calendar.imported', done)}
        </Alert>
      )}
      {preview && (
        <Stack gap="xs" data-testid="calendar-preview">
          <Text fw={600}>
            {preview.changes.length === 0
              ? t('calendar.noChanges', { file: preview.fileName, year: preview.year, rows: preview.rows })
              : t('calendar.preview', { file: preview.fileName, year: preview.year, rows: preview.rows, count: preview.changes.length })}
          </Text>
          {preview.changes.length > 0 && (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('calendar.date')}</Table.Th>
                  <Table.Th>{t('calendar.change')}</Table.Th>
                  <Table.Th>{t('calendar.before')}</Table.Th>
                  <Table.Th>{t('calendar.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.changes.map((c) => (
                  <Table.Tr key={c.date}>
                    <Table.Td>{c.date}</Table.Td>
                    <Table.Td>
                      <Badge color={changeColor[c.change]} variant="light">
                        {t(`calendar.${c.change === 'added' ? 'added_' : c.change}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{show(c.before)}</Table.Td>
                    <Table.Td>{show(c.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group>
            <Button onClick={() => void confirm()} disabled={preview.changes.length === 0} data-testid="calendar-confirm">
              {t('calendar.confirm')}
            </Button>
            <Button variant="default" onClick={() => setPreview(null)}>
              {t('calendar.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
