import { lazy, type ComponentType } from 'react';
import { CheckinScreen } from '../checkin/CheckinScreen';
import { TodayScreen } from '../today/TodayScreen';
import type { RouteId } from './routes';

// Loaded when first opened (#16): the first paint carries the shell, sign-in, Today and Check-in only.
const AuditScreen = lazy(() => import('../audit/AuditScreen').then((m) => ({ default: m.AuditScreen })));
const DataScreen = lazy(() => import('../data/DataScreen').then((m) => ({ default: m.DataScreen })));
const IdLogScreen = lazy(() => import('../idlog/IdLogScreen').then((m) => ({ default: m.IdLogScreen })));
const IncidentsScreen = lazy(() => import('../incidents/IncidentsScreen').then((m) => ({ default: m.IncidentsScreen })));
const RostersScreen = lazy(() => import('../rosters/RostersScreen').then((m) => ({ default: m.RostersScreen })));
const RulesScreen = lazy(() => import('../rules/RulesScreen').then((m) => ({ default: m.RulesScreen })));
const ScoresScreen = lazy(() => import('../scores/ScoresScreen').then((m) => ({ default: m.ScoresScreen })));
const SeatingScreen = lazy(() => import('../seating/SeatingScreen').then((m) => ({ default: m.SeatingScreen })));
const SettingsScreen = lazy(() => import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/**
 * The screen of each route. A domain adds one line here when its screen exists (with `lazy` unless
 * it belongs to the first paint); a route without an entry shows the plain "arrives with issue #N"
 * notice. App.tsx shows a loader while a lazy screen's script arrives.
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
