import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { undecidedSay } from '../../electron/rules/undecided-say';
import { calendarGap } from '../../electron/today/calendar-gap';
import { errorText } from '../../shared/i18n/error-text';
import { namespaces, resourcesFor } from '../../shared/i18n/resources';
import type { TodayOverview } from '../../shared/today/contract';
import { defaultRuleEnv } from '../../electron/rules/default-env';
import { ruleError, verdict } from '../rules/helpers';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const shipped = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i);

describe('a year missing from the working-day calendar', () => {
  test('the gap is found from 60 days before the new year, and not when the year is covered', () => {
    expect(calendarGap(shipped, '2026-11-01')).toBeNull(); // +60 days = 2026-12-31
    expect(calendarGap(shipped, '2026-11-02')).toEqual({ year: 2027, lastCoveredYear: 2026 });
    expect(calendarGap(shipped, '2026-11-25')).toEqual({ year: 2027, lastCoveredYear: 2026 });
    expect(calendarGap(shipped, '2027-03-01')).toEqual({ year: 2027, lastCoveredYear: 2026 });
    expect(calendarGap([...shipped, 2027], '2026-11-25')).toBeNull();
    expect(calendarGap([], '2026-11-25')).toEqual({ year: 2026, lastCoveredYear: null });
  });

  test('the Today dashboard warns a manager on 2026-11-25 that 2027 is missing, until 2027 rows are entered', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-11-25T01:00:00Z'));
    const proctor = await desk.as('proctor');
    const manager = await desk.as('manager');
    const before = await desk.registry.invoke('today.overview', {}, manager);
    expect(before).toMatchObject({ ok: true, value: { calendarGap: { year: 2027, lastCoveredYear: 2026 } } });
    // A proctor cannot enter calendar rows, so the warning is the manager's.
    const forProctor = await desk.registry.invoke('today.overview', {}, proctor);
    expect(forProctor.ok && (forProctor.value as TodayOverview).calendarGap).toBeNull();
    const add = await desk.registry.invoke('rules.calendarAdd', { rows: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] }, manager);
    expect(add).toMatchObject({ ok: true });
    const after = await desk.registry.invoke('today.overview', {}, manager);
    expect(after.ok && (after.value as TodayOverview).calendarGap).toBeNull();
    await desk.close();
  });

  test('PAY-4 a class start in 2027 is OUTSIDE_CALENDAR with that date, and is decided once 2027 rows are entered', () => {
    const request = { decision: 'refund-training', profile: 'training-f2f', now: '2026-12-20T10:00:00+08:00', facts: { classStart: '2027-01-11', paidFen: 100 } } as const;
    expect(ruleError(request)).toMatchObject({ code: 'OUTSIDE_CALENDAR', date: '2027-01-11' });
    const with2027 = defaultRuleEnv([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    expect(verdict(request, with2027).ruleIds).toContain('PAY-4');
  });

  test('a refusal for a date beyond the calendar says in Chinese which year to enter and where', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': resourcesFor('zh-CN') }, ns: Object.keys(namespaces), defaultNS: 'app', interpolation: { escapeValue: false } });
    const base = { key: 'checkin.rulesUndecided', params: { detail: 'x' } };
    expect(undecidedSay(base, { code: 'INCONSISTENT_FACTS' })).toBe(base);
    const say = undecidedSay(base, { code: 'OUTSIDE_CALENDAR', date: '2027-01-06' });
    expect(say).toEqual({ key: 'rules.outsideCalendar', params: { date: '2027-01-06', year: 2027 } });
    const text = errorText(i18n.t, { code: 'REFUSED', message: '2027-01-06 is outside the working-day calendar', say });
    expect(text).toContain('2027 年');
    expect(text).toContain('考试规则 → 工作日历');
    expect(text).not.toMatch(/outside/);
  });
});
