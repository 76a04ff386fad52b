import { esc, tableHtml } from '../html';
import { sessionLine, type DocumentBuilder } from './context';

const ROWS = 18;

/** A blank identity-check form per session, for checks done by hand when the desk is down. */
export const blankIdCheck: DocumentBuilder = ({ day, L }) =>
  day.sessions.map((s) => ({
    kind: 'blank-idcheck',
    title: L.title['blank-idcheck'],
    session: sessionLine(s, L),
    sessionKey: s.label,
    pages: [
      {
        html: tableHtml(
          [
            { head: L.col.time, width: 13 },
            { head: L.col.name, width: 24 },
            { head: L.col.docType, width: 18 },
            { head: L.col.document, width: 18 },
            { head: L.col.expiry, width: 18 },
            { head: L.col.original, width: 22 },
            { head: L.col.photo, width: 22 },
            { head: L.col.outcome, width: 30 },
            { head: L.col.proctor },
          ],
          Array.from({ length: ROWS }, () => ['', '', '', '****', '', esc(L.checkBox), esc(L.checkBox), esc(L.outcomeBox), '']),
          { rowClass: 'tall' },
        ),
      },
    ],
  }));
