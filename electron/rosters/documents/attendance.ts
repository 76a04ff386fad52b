import type { PaperCandidate } from '../day-data';
import { esc, paginate, tableHtml } from '../html';
import type { DocumentBuilder } from './context';
import { incidentPages } from './incidents-section';

type Status = 'admitted' | 'overridden' | 'refused' | 'absent' | 'pending';

/**
 * End-of-day attendance: per session the booked, admitted (and of them overridden), refused,
 * absent and not-arrived counts; then refusals by rule id, every override with its reason, and the
 * day's incident reports.
 */
export const attendance: DocumentBuilder = ({ day, L }) => {
  const refusedIds = new Set<number>();
  const refusalRules = new Map<string, number>();
  const lastRefusal = new Map<string, string[]>();
  for (const k of day.idChecks) if (k.kind === 'refusal') lastRefusal.set(k.bookingId, k.ruleIds);
  const bookingToId = new Map(day.sessions.flatMap((s) => s.candidates.map((c) => [c.bookingId, c.appointmentId] as const)));
  const statusOf = (c: PaperCandidate): Status => {
    if (c.admittedAt) return c.overrideReason ? 'overridden' : 'admitted';
    if (c.state === 'no-show') return 'absent';
    if (lastRefusal.has(c.bookingId)) return 'refused';
    return 'pending';
  };
  for (const [booking, rules] of lastRefusal) {
    const id = bookingToId.get(booking);
    if (id === undefined) continue;
    const c = day.sessions.flatMap((s) => s.candidates).find((x) => x.appointmentId === id)!;
    if (statusOf(c) !== 'refused') continue;
    refusedIds.add(id);
    for (const r of rules.length ? rules : ['—']) refusalRules.set(r, (refusalRules.get(r) ?? 0) + 1);
  }
  const totals = { booked: 0, admitted: 0, overridden: 0, refused: 0, absent: 0, pending: 0 };
  const sessionRows = day.sessions.map((s) => {
    const n = { booked: s.candidates.length, admitted: 0, overridden: 0, refused: 0, absent: 0, pending: 0 };
    for (const c of s.candidates) {
      const st = statusOf(c);
      if (st === 'overridden') n.admitted++;
      n[st]++;
    }
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += n[k];
    return [esc(s.label), ...[n.booked, n.admitted, n.overridden, n.refused, n.absent, n.pending].map(String)];
  });
  const countCols = [L.col.booked, L.col.admitted, L.col.overridden, L.col.refused, L.col.absent, L.col.pending].map((head) => ({ head, className: 'num' }));
  const totalRow = [esc(L.total), ...[totals.booked, totals.admitted, totals.overridden, totals.refused, totals.absent, totals.pending].map(String)];
  // Nothing is cut off: the per-session counts, the refusal rules and the overrides each page on.
  const summaryChunks = paginate(sessionRows, 22);
  const pages = summaryChunks.map((chunk, i) => ({
    html: tableHtml([{ head: L.session, width: 40 }, ...countCols], i === summaryChunks.length - 1 ? [...chunk, totalRow] : chunk, { empty: L.noRows }),
  }));
  const ruleRows = [...refusalRules.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => [esc(r), String(n)]);
  for (const [i, chunk] of paginate(ruleRows, 22).entries()) {
    pages.push({
      html: `${i === 0 ? `<h3>${esc(L.refusalsByRule)}</h3>` : ''}${tableHtml(
        [
          { head: L.col.rules, width: 60 },
          { head: L.col.refused, className: 'num' },
        ],
        chunk,
        { empty: L.noRows },
      )}`,
    });
  }
  const overrides = day.sessions.flatMap((s) => s.candidates.filter((c) => c.overrideReason).map((c) => ({ c, s })));
  for (const [i, chunk] of paginate(overrides, 22).entries()) {
    const table = tableHtml(
      [{ head: L.col.time, width: 16 }, { head: L.session, width: 26 }, { head: L.col.name, width: 28 }, { head: L.col.booking, width: 34 }, { head: L.col.reason }],
      chunk.map(({ c, s }) => [esc(c.admittedAt), esc(s.label), esc(c.name), esc(c.bookingId), esc(c.overrideReason)]),
      { empty: L.noRows },
    );
    pages.push({ html: `${i === 0 ? `<h3>${esc(L.overrides)}</h3>` : ''}${table}` });
  }
  // The session report carries the day's incident reports (recorded, and how each was closed).
  pages.push(...incidentPages(day.incidents, L));
  // A small day fits on one sheet (about 22 table rows in all).
  const fitsOnOne = sessionRows.length + 1 + Math.max(ruleRows.length, 1) + Math.max(overrides.length, 1) + Math.max(day.incidents.length * 2, 1) <= 22;
  const merged = fitsOnOne ? [{ html: pages.map((p) => p.html).join('') }] : pages;
  return [{ kind: 'attendance', title: L.title.attendance, session: null, sessionKey: null, pages: merged }];
};
