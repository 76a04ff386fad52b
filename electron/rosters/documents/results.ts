import { esc, fitText, paginate, tableHtml } from '../html';
import { subjectCell, type DocumentBuilder } from './context';

const PER_PAGE = 26;

/** The day's results (held, released or cancelled), by subject and booking id. */
export const resultsList: DocumentBuilder = ({ day, L }) => [
  {
    kind: 'results',
    title: L.title.results,
    session: null,
    sessionKey: null,
    pages: paginate(day.results, PER_PAGE).map((rows) => ({
      html: tableHtml(
        [
          { head: L.col.booking, width: 32 },
          { head: L.col.name, width: 26 },
          { head: L.col.subject, width: 34 },
          { head: L.col.score, width: 22, className: 'num' },
          { head: L.col.passed, width: 16 },
          { head: L.col.state, width: 22 },
          { head: L.col.release },
        ],
        rows.map((r) => [
          esc(r.bookingId),
          fitText(r.candidateName, 26),
          subjectCell(r, L),
          r.absent ? esc(L.col.absent) : `${esc(r.value)} / ${esc(r.maxScore)}`,
          esc(r.passed ? L.yes : L.no),
          esc(r.state),
          esc(r.releaseDate),
        ]),
        { empty: L.noRows },
      ),
    })),
  },
];
