import { Alert, Badge, Button, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PUBLIC_HOLIDAYS, type CalendarChange, type NoticeProblem } from '../../../shared/rules/calendar-notice';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation } from '../ipc/query';

const changeColor = { added: 'green', changed: 'orange', removed: 'red' } as const;

/** #17.7: a year's official holiday notice as a file: preview the changes, then confirm. */
export function CalendarImport() {
  const { t, i18n } = useTranslation('policy');
  // The same channel twice: a dry run for the preview, then the confirmed import.
  const check = useDeskMutation('rules.calendarImport');
  const apply = useDeskMutation('rules.calendarImport', { invalidates: ['rules.calendar', 'today.overview'] });
  const last = latestOf(check, apply);
  const answer = last?.data;
  const problem = answer && !answer.ok ? answer.problem : null;
  const applied = last === apply && apply.data?.ok ? apply.data : null;
  const done = applied && { year: applied.year, count: applied.changes.length };
  const preview = !applied && check.data?.ok && check.variables ? { ...check.data, fileName: check.variables.fileName, text: check.variables.text } : null;
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

  const clear = () => {
    check.reset();
    apply.reset();
  };
  const pick = async (file: File | null) => {
    clear();
    if (!file) return;
    check.mutate({ fileName: file.name, text: await file.text(), apply: false });
  };
  const confirm = () => preview && apply.mutate({ fileName: preview.fileName, text: preview.text, apply: true });

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
      <ErrorNote error={last?.error} />
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
            <Button onClick={confirm} disabled={preview.changes.length === 0} loading={apply.isPending} data-testid="calendar-confirm">
              {t('calendar.confirm')}
            </Button>
            <Button variant="default" onClick={clear}>
              {t('calendar.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
