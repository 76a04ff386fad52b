import { Alert, Button, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import type { CalendarRow } from '../../../shared/rules/calendar-rows';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { useCall } from '../ipc/use-call';
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
  const { data, reload } = useCall('rules.calendar', {});
  const [text, setText] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const add = async () => {
    const r = await desk.call('rules.calendarAdd', { rows: parseRows(text) });
    if (r.ok) {
      setAdded(r.value.added);
      setError(null);
      setText('');
      reload();
    } else setError(r.error);
  };
  return (
    <Stack>
      <Text c="dimmed">{t('calendar.hint', { lastYear: data?.coveredYears.at(-1) ?? '' })}</Text>
      <CalendarImport onImported={reload} />
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
      <Textarea
        label={t('calendar.rowsLabel')}
        placeholder={'2027-01-01,holiday,元旦\n2027-02-06,workday,春节调休'}
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {error && <Alert color="red">{errorText(t, error)}</Alert>}
      {added !== null && <Alert color="green">{t('calendar.added', { count: added })}</Alert>}
      <Button onClick={() => void add()} disabled={!text.trim()} w={120}>
        {t('calendar.add')}
      </Button>
    </Stack>
  );
}
