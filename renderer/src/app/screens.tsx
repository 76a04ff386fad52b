import type { ComponentType } from 'react';
import { AuditScreen } from '../audit/AuditScreen';
import { CheckinScreen } from '../checkin/CheckinScreen';
import { DataScreen } from '../data/DataScreen';
import { IdLogScreen } from '../idlog/IdLogScreen';
import { IncidentsScreen } from '../incidents/IncidentsScreen';
import { RostersScreen } from '../rosters/RostersScreen';
import { RulesScreen } from '../rules/RulesScreen';
import { ScoresScreen } from '../scores/ScoresScreen';
import { SeatingScreen } from '../seating/SeatingScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TodayScreen } from '../today/TodayScreen';
import type { RouteId } from './routes';

/**
 * The screen of each route. A domain adds one line here when its screen exists; a route without
 * an entry shows the plain "arrives with issue #N" notice.
 */
export const screens: Partial<Record<RouteId, ComponentType>> = {
  today: TodayScreen,
  rules: RulesScreen,
  checkin: CheckinScreen,
  idlog: IdLogScreen,
  scores: ScoresScreen,
  incidents: IncidentsScreen,
  data: DataScreen,
  seating: SeatingScreen,
  rosters: RostersScreen,
  audit: AuditScreen,
  settings: SettingsScreen,
};
