import type { IncidentView } from '../../../shared/incidents/contract';
import { esc } from '../html';
import type { Labels } from '../labels';

/** About this many text lines fit under a report's header on an A4 page. */
const LINES_PER_PAGE = 44;
/** CJK characters per line of the full page width. */
const CHARS_PER_LINE = 48;

const linesOf = (x: IncidentView) => 2 + Math.ceil(x.text.length / CHARS_PER_LINE) + (x.resolution ? Math.ceil(x.resolution.length / CHARS_PER_LINE) : 0);

function block(x: IncidentView, L: Labels): string {
  const head = [x.occurredLocal.slice(11), x.sessionLabel, [L.incidentKind[x.kind] ?? x.kind, x.ruleId].filter(Boolean).join(' · '), x.candidateName ?? L.wholeSession, x.recordedBy].map(esc).join(' · ');
  const zh = /[\u4e00-\u9fff]/.test(L.resolution);
  const [colon, open, close] = zh ? ['：', '（', '）'] : [': ', ' (', ')'];
  const outcome = x.state === 'closed' ? `${esc(L.resolution)}${colon}${esc(x.resolution)}${open}${esc(x.closedBy)} ${esc(x.closedLocal?.slice(11))}${close}` : `${esc(L.resolution)}${colon}${esc(L.incidentOpen)}`;
  return `<div style="margin:0 0 3mm 0;break-inside:avoid"><div><b>#${x.id} ${head}</b></div><div style="white-space:pre-wrap;overflow-wrap:anywhere">${esc(x.text)}</div><div>${outcome}</div></div>`;
}

/**
 * The day's incident reports as printed pages (heading on the first), each in full, never cut off:
 * time, session, kind with its rule, candidate or the whole session, who recorded it, what happened,
 * and the resolution (who closed it, when) or "open". Pages break between reports by estimated lines.
 */
export function incidentPages(incidents: readonly IncidentView[], L: Labels): { html: string }[] {
  const pages: string[][] = [[]];
  let used = 2;
  for (const x of incidents) {
    const n = linesOf(x);
    if (used + n > LINES_PER_PAGE && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(block(x, L));
    used += n;
  }
  return pages.map((blocks, i) => ({ html: `${i === 0 ? `<h3>${esc(L.incidents)}</h3>` : ''}${blocks.length ? blocks.join('') : `<p>${esc(L.noRows)}</p>`}` }));
}
