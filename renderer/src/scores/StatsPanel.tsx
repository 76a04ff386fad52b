import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';

/** REP-1: registered, attended, passed and pass rate per subject, with a chart. */
export function StatsPanel({ sessionId }: { sessionId: number | null }) {
  const { t } = useTranslation('scores');
  const stats = useDeskQuery('scores.stats', sessionId ? { sessionId } : {});
  const rows = stats.data ?? [];
  return (
    <>
      <ErrorNote error={stats.error} />
      <Table withTableBorder mb="md" data-testid="stats-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stats.subject')}</Table.Th>
            <Table.Th ta="right">{t('stats.registered')}</Table.Th>
            <Table.Th ta="right">{t('stats.attended')}</Table.Th>
            <Table.Th ta="right">{t('stats.passed')}</Table.Th>
            <Table.Th ta="right">{t('stats.passRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.subjectCode}>
              <Table.Td>
                {r.subjectName}{' '}
                <Text span c="dimmed" size="sm">
                  ({r.subjectCode})
                </Text>
              </Table.Td>
              <Table.Td ta="right">{r.registered}</Table.Td>
              <Table.Td ta="right">{r.attended}</Table.Td>
              <Table.Td ta="right">{r.passed}</Table.Td>
              <Table.Td ta="right">{(r.passRate * 100).toFixed(1)}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600} mb="xs">
        {t('stats.chart')}
      </Text>
      <BarChart
        h={260}
        data={rows.map((r) => ({ subject: r.subjectCode, registered: r.registered, attended: r.attended, passed: r.passed }))}
        dataKey="subject"
        withLegend
        series={[
          { name: 'registered', label: t('stats.registered'), color: 'gray.5' },
          { name: 'attended', label: t('stats.attended'), color: 'blue.6' },
          { name: 'passed', label: t('stats.passed'), color: 'green.6' },
        ]}
      />
    </>
  );
}
