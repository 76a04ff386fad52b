import { esc } from '../html';
import { sessionLine, type DocumentBuilder } from './context';

/**
 * The seat plan of each session as the room looks from the front: one cell per seat with the
 * label and the candidate's name; failed or out-of-service seats hatched; the proctor's desk marked.
 */
export const seatPlan: DocumentBuilder = ({ day, L, seatPlans }) =>
  day.sessions.map((s) => {
    const plan = seatPlans.get(s.id);
    let html = `<p class="empty">${esc(L.noRows)}</p>`;
    if (plan) {
      const who = new Map(plan.candidates.map((c) => [c.appointmentId, c]));
      const at = new Map(plan.seats.map((seat) => [`${seat.row}:${seat.col}`, seat]));
      // Cells shrink to fit a large room on one A4 page (186 mm wide, about 225 mm for the grid).
      const w = Math.min(22, Math.floor(184 / plan.room.cols));
      const h = Math.min(17, Math.floor(220 / plan.room.rows));
      const size = ` style="width:${w}mm;height:${h}mm"`;
      const rows: string[] = [];
      for (let r = 1; r <= plan.room.rows; r++) {
        const cells: string[] = [];
        for (let c = 1; c <= plan.room.cols; c++) {
          if (plan.room.proctorRow === r && plan.room.proctorCol === c) {
            cells.push(`<td${size}><span class="label">${esc(L.proctorDesk)}</span></td>`);
            continue;
          }
          const seat = at.get(`${r}:${c}`);
          if (!seat) {
            cells.push(`<td class="none"${size}></td>`);
            continue;
          }
          const person = seat.appointmentId ? who.get(seat.appointmentId) : undefined;
          const off = seat.status !== 'ok';
          cells.push(
            `<td class="${off ? 'off' : ''}"${size}><div class="label">${esc(seat.label)}${seat.wheelchair ? ' ♿' : ''}${off ? ` · ${esc(L.out)}` : ''}</div>${
              person ? `<div>${esc(person.candidateName)}</div><div>${esc(person.subjectCode)}</div>` : ''
            }</td>`,
          );
        }
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      html = `<p class="front">▲ ▲ ▲</p><table class="seats">${rows.join('')}</table>`;
    }
    return { kind: 'seat-plan', title: L.title['seat-plan'], session: sessionLine(s, L), sessionKey: s.label, pages: [{ html }] };
  });
