import { Alert, Badge, Group, Loader, Progress, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskQuery } from '../ipc/query';
import { MissingSteps } from '../center/MissingSteps';
import { CutoffStrip } from '../checkin/CutoffStrip';
import { CenterClock } from './CenterClock';
import { DEFAULT_CENTER_ZONE } from '../../../shared/time/default-zone';

// The charts (recharts) load after the day's table has painted, not in the first paint's script (#16).
const DayPictures = lazy(() => import('./DayPictures').then((m) => ({ default: m.DayPictures })));

/** The day at a glance: every session by room with booked / checked-in / absent counts. */
export function TodayScreen() {
  const { t, i18n } = useTranslation();
  const { data, error, isFetching } = useDeskQuery('today.overview', {}, { refetchInterval: 15_000 });
  if (error) return <ErrorNote error={error} />;
  if (!data) return isFetching ? <Loader aria-label={t('loading')} /> : null;
  const totals = data.sessions.reduce((a, s) => ({ booked: a.booked + s.booked, checkedIn: a.checkedIn + s.checkedIn, absent: a.absent + s.absent }), { booked: 0, checkedIn: 0, absent: 0 });
  const centerName = data.center ? (i18n.language === 'en' ? data.center.nameEn : data.center.name) : '';
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2}>{t('today.title')}</Title>
          <Text c="dimmed" data-testid="center-name">
            {centerName ? `${centerName} · ${data.date}` : data.date}
          </Text>
        </div>
        <CenterClock deskNow={data.now} timeZone={data.center?.timeZone ?? DEFAULT_CENTER_ZONE} />
      </Group>
      {data.calendarGap && (
        <Alert color="yellow" mb="md" title={t('today.calendarGapTitle', { year: data.calendarGap.year })} data-testid="calendar-gap">
          {data.calendarGap.lastCoveredYear !== null && t('today.calendarGapLast', { last: data.calendarGap.lastCoveredYear })}
          {t('today.calendarGap', { year: data.calendarGap.year })}
        </Alert>
      )}
      <MissingSteps />
      {data.center && data.sessions.length === 0 && <Alert color="gray">{t('today.noSessions', { date: data.date })}</Alert>}
      {data.sessions.length > 0 && (
        <>
          <Table striped highlightOnHover withTableBorder data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('today.time')}</Table.Th>
                <Table.Th>{t('today.room')}</Table.Th>
                <Table.Th>{t('today.subjects')}</Table.Th>
                <Table.Th ta="right">{t('today.booked')}</Table.Th>
                <Table.Th ta="right">{t('today.checkedIn')}</Table.Th>
                <Table.Th ta="right">{t('today.absent')}</Table.Th>
                <Table.Th w={180}>{t('today.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.sessions.map((s) => (
                <Table.Tr key={s.id} data-testid="session-row">
                  <Table.Td>
                    <Badge variant="light" color={s.startLocal.slice(11, 13) < '12' ? 'blue' : 'orange'} mr="xs">
                      {s.startLocal.slice(11, 13) < '12' ? t('today.morning') : t('today.afternoon')}
                    </Badge>
                    {s.startLocal.slice(11)}–{s.endLocal.slice(11)}
                  </Table.Td>
                  <Table.Td>
                    {s.roomName}{' '}
                    <Text span c="dimmed" size="sm">
                      ({s.roomCode})
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.subjects.join(', ')}</Table.Td>
                  <Table.Td ta="right">{s.booked}</Table.Td>
                  <Table.Td ta="right">{s.checkedIn}</Table.Td>
                  <Table.Td ta="right">{s.absent}</Table.Td>
                  <Table.Td>
                    <Progress value={s.booked ? (100 * s.checkedIn) / s.booked : 0} aria-label={t('today.progress')} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <CutoffStrip />
          <Text mt="sm" c="dimmed" data-testid="totals">
            {t('today.totals', totals)}
          </Text>
          <Suspense fallback={null}>
            <DayPictures />
          </Suspense>
        </>
      )}
    </>
  );
}
