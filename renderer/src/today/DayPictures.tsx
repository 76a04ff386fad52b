import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../ipc/query';

/** The day in pictures: admissions per 5 minutes against the windows, rooms filling up, refusals by rule. */
export function DayPictures() {
  const { t } = useTranslation();
  const { data } = useDeskQuery('today.pictures', {}, { refetchInterval: 15_000 });
  if (!data || data.rooms.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} mt="lg" data-testid="day-pictures">
      <Paper withBorder p="sm">
        <Text fw={600}>{t('pictures.arrivals')}</Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('pictures.arrivalsHint')}
        </Text>
        <BarChart
          h={220}
          data={data.arrivals}
          dataKey="time"
          series={[{ name: 'admitted', label: t('pictures.admitted'), color: 'blue.6' }]}
          referenceLines={data.windowCloses.map((w) => ({ x: w.closes, color: 'red.6', label: t('pictures.closes', { start: w.start }) }))}
          xAxisProps={{ interval: 5 }}
          yAxisProps={{ allowDecimals: false }}
          withTooltip
        />
      </Paper>
      <Paper withBorder p="sm">
        <Text fw={600} mb="xs">
          {t('pictures.rooms')}
        </Text>
        <BarChart
          h={240}
          data={data.rooms}
          dataKey="label"
          type="stacked"
          withLegend
          series={[
            { name: 'admitted', label: t('pictures.admitted'), color: 'green.6' },
            { name: 'waiting', label: t('pictures.waiting'), color: 'gray.4' },
            { name: 'absent', label: t('pictures.absent'), color: 'red.5' },
          ]}
        />
      </Paper>
      <Paper withBorder p="sm">
        <Text fw={600} mb="xs">
          {t('pictures.refusals')}
        </Text>
        {data.refusals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pictures.noRefusals')}
          </Text>
        ) : (
          <Table data-testid="refusals-table">
            <Table.Tbody>
              {data.refusals.map((r) => (
                <Table.Tr key={r.rule}>
                  <Table.Td ff="monospace">{r.rule}</Table.Td>
                  <Table.Td ta="right">{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </SimpleGrid>
  );
}
