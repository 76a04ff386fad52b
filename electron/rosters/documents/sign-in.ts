import { esc, fitText, paginate, tableHtml } from '../html';
import { sessionLine, type DocumentBuilder } from './context';

const PER_PAGE = 20;

/**
 * Sign-in sheet per session: the candidate writes the arrival time and signs; the proctor initials.
 * A pack printed mid-morning fills the arrival of those already admitted (center-local HH:mm, #18.7).
 */
export const signIn: DocumentBuilder = ({ day, L }) =>
  day.sessions.map((s) => ({
    kind: 'sign-in',
    title: L.title['sign-in'],
    session: sessionLine(s, L),
    sessionKey: s.label,
    pages: paginate(s.candidates, PER_PAGE).map((rows, pageIndex) => ({
      html: tableHtml(
        [
          { head: L.col.no, width: 11, className: 'num' },
          { head: L.col.name, width: 26 },
          { head: L.col.document, width: 22, className: 'mono' },
          { head: L.col.seat, width: 14 },
          { head: L.col.arrival, width: 22 },
          { head: L.col.signature },
          { head: L.col.proctor, width: 24 },
        ],
        rows.map((c, i) => [String(pageIndex * PER_PAGE + i + 1), fitText(c.name, 26), esc(c.documentMasked), esc(c.seat ?? L.unseated), esc(c.admittedAt ?? ''), '', '']),
        { rowClass: 'tall', empty: L.noRows },
      ),
    })),
  }));
