import { Alert, Button, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarRow } from '../../../shared/rules/calendar-rows';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation, useDeskQuery } from '../ipc/query';
import { CalendarImport } from './CalendarImport';

/** Parses "2027-01-01,holiday,元旦" lines; the main process validates each row again. */
function parseRows(text: string): CalendarRow[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [date = '', kind = '', ...name] = l.split(',').map((c) => c.trim());
      const row: CalendarRow = { date, kind: kind as CalendarRow['kind'] };
      return name.length ? { ...row, name: name.join(',') } : row;
    });
}

/** The manager's working-day calendar rows, for a year the shipped schedule does not cover yet. */
export function CalendarPanel() {
  const { t } = useTranslation('policy');
  const { data, error: readError } = useDeskQuery('rules.calendar', {});
  const [text, setText] = useState('');
  // Working days decide what the rules answer for every day: what shows a verdict reads again.
  const add = useDeskMutation('rules.calendarAdd', { invalidates: ['rules.calendar', 'today.overview'], onSuccess: () => setText('') });
  return (
    <Stack>
      <Text c="dimmed">{t('calendar.hint', { lastYear: data?.coveredYears.at(-1) ?? '' })}</Text>
      <CalendarImport />
      {data && data.rows.length === 0 && <Text>{t('calendar.empty')}</Text>}
      {data && data.rows.length > 0 && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calendar.date')}</Table.Th>
              <Table.Th>{t('calendar.kind')}</Table.Th>
              <Table.Th>{t('calendar.name')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.date}>
                <Table.Td>{r.date}</Table.Td>
                <Table.Td>{t(`calendar.${r.kind}`)}</Table.Td>
                <Table.Td>{r.name ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Textarea label={t('calendar.rowsLabel')} placeholder={'2027-01-01,holiday,元旦\n2027-02-06,workday,春节调休'} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ErrorNote error={add.error ?? readError} />
      {add.data && <Alert color="green">{t('calendar.added', { count: add.data.added })}</Alert>}
      <Button onClick={() => add.mutate({ rows: parseRows(text) })} disabled={!text.trim()} loading={add.isPending} w={120}>
        {t('calendar.add')}
      </Button>
    </Stack>
  );
}
