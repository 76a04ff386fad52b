import { esc, fitText, paginate, tableHtml } from '../html';
import { accommodations, sessionLine, subjectCell, type DocumentBuilder } from './context';

const PER_PAGE = 24;

/** Daily roster, one per session and room, in seat order, with a signature column. */
export const roster: DocumentBuilder = ({ day, L }) =>
  day.sessions.map((s) => ({
    kind: 'roster',
    title: L.title.roster,
    session: sessionLine(s, L),
    sessionKey: s.label,
    pages: paginate(s.candidates, PER_PAGE).map((rows, pageIndex) => ({
      html: tableHtml(
        [
          { head: L.col.no, width: 11, className: 'num' },
          { head: L.col.seat, width: 16 },
          { head: L.col.name, width: 22 },
          { head: L.col.pinyin, width: 30 },
          { head: L.col.document, width: 21, className: 'mono' },
          { head: L.col.subject, width: 34 },
          { head: L.col.accommodations, width: 24 },
          { head: L.col.signature },
        ],
        rows.map((c, i) => [String(pageIndex * PER_PAGE + i + 1), esc(c.seat ?? L.unseated), fitText(c.name, 22), fitText(c.pinyin ?? '', 30), esc(c.documentMasked), subjectCell(c, L), accommodations(c, L), '']),
        { empty: L.noRows },
      ),
    })),
  }));
