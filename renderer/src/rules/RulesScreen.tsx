import { Loader, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../ipc/query';
import { CalendarPanel } from './CalendarPanel';
import { ProfilesPanel } from './ProfilesPanel';
import { WhatIfPanel } from './WhatIfPanel';
import { DEFAULT_CENTER_ZONE } from '../../../shared/time/default-zone';

/** Rules (managers): what-if for an appointment, the policy profiles, the working-day calendar. */
export function RulesScreen() {
  const { t } = useTranslation('policy');
  const today = useDeskQuery('today.overview', {});
  return (
    <>
      <Title order={2} mb="md">
        {t('title')}
      </Title>
      <Tabs defaultValue="whatIf" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="whatIf">{t('tabs.whatIf')}</Tabs.Tab>
          <Tabs.Tab value="profiles">{t('tabs.profiles')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('tabs.calendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="whatIf">{today.data ? <WhatIfPanel today={today.data.date} now={today.data.now} timeZone={today.data.center?.timeZone ?? DEFAULT_CENTER_ZONE} /> : <Loader />}</Tabs.Panel>
        <Tabs.Panel value="profiles">
          <ProfilesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
