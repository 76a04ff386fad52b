import { esc, fitText, paginate, tableHtml } from '../html';
import { compareSyllables, pinyinSyllables } from '../pinyin-order';
import { roomText, type DocumentBuilder } from './context';

const PER_PAGE = 26;

/** The list posted at the door: every candidate of the day in pinyin order (syllable by syllable, #18.8), with time, room and seat. */
export const doorList: DocumentBuilder = ({ day, L }) => {
  const everyone = day.sessions
    .flatMap((s) => s.candidates.map((c) => ({ c, s, key: pinyinSyllables(c.name, c.pinyin) })))
    .sort((a, b) => compareSyllables(a.key, b.key) || a.c.name.localeCompare(b.c.name, 'zh-CN') || a.s.start.localeCompare(b.s.start) || a.c.appointmentId - b.c.appointmentId);
  return [
    {
      kind: 'door-list',
      title: L.title['door-list'],
      session: null,
      sessionKey: null,
      pages: paginate(everyone, PER_PAGE).map((rows) => ({
        html: tableHtml(
          [{ head: L.col.pinyin, width: 40 }, { head: L.col.name, width: 28 }, { head: L.col.document, width: 22, className: 'mono' }, { head: L.col.time, width: 16 }, { head: L.room }, { head: L.col.seat, width: 16 }],
          rows.map(({ c, s }) => [fitText(c.pinyin ?? '', 40), fitText(c.name, 28), esc(c.documentMasked), esc(s.start), esc(roomText(s, L)), esc(c.seat ?? L.unseated)]),
          { empty: L.noRows },
        ),
      })),
    },
  ];
};
