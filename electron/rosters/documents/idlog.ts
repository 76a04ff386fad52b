import { esc, fitText, paginate, tableHtml } from '../html';
import type { DocumentBuilder } from './context';
import { incidentPages } from './incidents-section';

const PER_PAGE = 26;

/** The day's identity-check log in order, each record with its chain hash (first 12 characters); then the day's incident reports. */
export const idLog: DocumentBuilder = ({ day, L }) => [
  {
    kind: 'idlog',
    title: L.title.idlog,
    session: null,
    sessionKey: null,
    pages: [
      ...paginate(day.idChecks, PER_PAGE).map((rows) => ({
        html: tableHtml(
          [
            { head: '#', width: 10, className: 'num' },
            { head: L.col.time, width: 13 },
            { head: L.col.name, width: 22 },
            { head: L.col.booking, width: 28 },
            { head: L.col.kind, width: 20 },
            { head: L.col.outcome, width: 20 },
            { head: L.col.rules },
            { head: L.col.document, width: 19, className: 'mono' },
            { head: L.col.proctor, width: 18 },
            { head: L.col.hash, width: 24, className: 'mono' },
          ],
          rows.map((k) => [
            String(k.id),
            esc(k.at),
            fitText(k.candidateName, 22),
            esc(k.bookingId),
            esc(k.kind),
            esc(k.outcome),
            esc([k.ruleIds.join(' '), k.overrideReason].filter(Boolean).join(' · ')),
            esc(k.documentMasked ?? ''),
            esc(k.operator),
            esc(k.hash.slice(0, 12)),
          ]),
          { empty: L.noRows },
        ),
      })),
      // The incident reports of the day travel with the ID log export.
      ...incidentPages(day.incidents, L),
    ],
  },
];
