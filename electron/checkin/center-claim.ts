/**
 * Admission at a desk joined to a center (#19), right before the local check-in is written, inside
 * the admission's local transaction. DAY-8 across desks: online, the center decides (one admission
 * per appointment, one use per nonce); another desk's admission answers 'already-admitted' naming
 * that desk and nothing is written here. Offline, the desk decides alone: only candidates of a
 * session leased to this desk (the lease copy in the desk file), or any candidate when a manager
 * overrides with a written reason (forced); the outbox row, with the same nonce, is written in the
 * same local transaction as the check-in and its ID-log record.
 */
import type { Transaction } from 'kysely';
import type { AdmitResult } from '../../shared/checkin/types';
import type { CenterLink, OutboxClaim } from '../centerlink/center-link';
import { appointmentSession, leasedDesk } from '../centerlink/lease-copy-repo';
import { insertCenterOutbox } from '../centerlink/outbox-repo';
import { sessionKey } from '../centerserver/session-key';
import { DomainError } from '../core/errors';
import type { DB } from '../store/schema';
import { localText } from './center-day';

/** A joined desk's link during one admission: the claim it holds (released if the local write fails) and whether it decided offline. */
export interface CenterStep {
  link: CenterLink;
  claimed: { admissionCode: string; nonce: string } | null;
  offline: boolean;
}

export function centerStep(link: CenterLink | undefined): CenterStep | null {
  return link ? { link, claimed: null, offline: false } : null;
}

/** How the center (or the desk alone) let this admission through. */
export type CenterPass =
  /** adopted: the center already held this desk's admission under an earlier nonce that the desk never recorded (a reply lost, a release that could not reach the center); the desk records it under that nonce. */
  { mode: 'online'; repeat: boolean; adopted?: string } | { mode: 'offline'; claim: OutboxClaim; leasedTo: string | null };

export interface CenterAsk {
  appointmentId: number;
  admissionCode: string;
  nonce: string;
  /** The manager's written reason, when the request carries one. */
  requestReason: string | undefined;
  /** The reason of a rules override being written (null when the rules allowed). */
  ruleOverrideReason: string | null;
  operator: string;
  at: string;
  timeZone: string;
}

/** Claims the admission at the center, or decides it offline; an AdmitResult when another desk admitted first. */
export async function claimAtCenter(trx: Transaction<DB>, step: CenterStep, q: CenterAsk): Promise<CenterPass | AdmitResult> {
  const answer = await step.link.claim({ admissionCode: q.admissionCode, nonce: q.nonce, operator: q.operator, deskAt: q.at, forced: false, overrideReason: q.ruleOverrideReason });
  if (answer.result === 'admitted') {
    step.claimed = { admissionCode: q.admissionCode, nonce: q.nonce };
    return { mode: 'online', repeat: answer.repeat };
  }
  if (answer.result === 'taken') {
    const { by } = answer;
    // This desk's own admission, which the desk has not written (the caller found no local check-in): its reply was
    // lost or its release failed. The rules allow it now, so the desk records it under the center's nonce.
    if (by.desk === step.link.desk) return { mode: 'online', repeat: true, adopted: by.nonce };
    return { status: 'already-admitted', at: by.deskAt, atLocal: localText(by.deskAt, q.timeZone), by: by.operator, sameRequest: false, desk: by.desk };
  }
  if (answer.result === 'conflict') throw new Error(`The center answered an online claim of ${q.admissionCode} with a conflict.`);
  return decideOffline(trx, step, q);
}

async function decideOffline(trx: Transaction<DB>, step: CenterStep, q: CenterAsk): Promise<CenterPass> {
  const session = await appointmentSession(trx, q.appointmentId);
  const leasedTo = session ? await leasedDesk(trx, sessionKey(session.roomCode, session.startsAt)) : null;
  const base = { admissionCode: q.admissionCode, nonce: q.nonce, desk: step.link.desk, operator: q.operator, deskAt: q.at, offline: true };
  if (leasedTo === step.link.desk) return { mode: 'offline', leasedTo, claim: { ...base, forced: false, overrideReason: q.ruleOverrideReason } };
  if (q.requestReason !== undefined) return { mode: 'offline', leasedTo, claim: { ...base, forced: true, overrideReason: q.requestReason } };
  const where = session ? `${session.roomCode} ${localText(session.startsAt, q.timeZone)}` : '-';
  if (leasedTo !== null) {
    throw new DomainError('REFUSED', `The center cannot be reached and session ${where} is leased to desk ${leasedTo}: this desk admits it offline only with a manager's override and reason.`, {
      key: 'checkin.offlineLeasedElsewhere',
      params: { session: where, desk: leasedTo },
    });
  }
  throw new DomainError('REFUSED', `The center cannot be reached and session ${where} is leased to no desk: this desk admits it offline only with a manager's override and reason.`, {
    key: 'checkin.offlineNotLeased',
    params: { session: where },
  });
}

/** The nonce the admission is recorded under: the request's, or the center's when the desk adopts its own lost admission. */
export function recordedNonce(pass: CenterPass | null, requestNonce: string): string {
  return pass?.mode === 'online' && pass.adopted ? pass.adopted : requestNonce;
}

/** What the ID-log record says about the center's part in this admission. */
export function centerNote(pass: CenterPass): Record<string, unknown> {
  if (pass.mode === 'online') return { mode: 'online', repeat: pass.repeat, ...(pass.adopted ? { adoptedNonce: pass.adopted } : {}) };
  return { mode: 'offline', desk: pass.claim.desk, leasedTo: pass.leasedTo, forced: pass.claim.forced, reason: pass.claim.forced ? pass.claim.overrideReason : null };
}

/** An offline admission of a session not leased to this desk, forced by a manager's written reason (audited as an exception). */
export function forcedOffline(pass: CenterPass): { reason: string | null; leasedTo: string | null; centerDesk: string } | null {
  if (pass.mode !== 'offline' || !pass.claim.forced) return null;
  return { reason: pass.claim.overrideReason, leasedTo: pass.leasedTo, centerDesk: pass.claim.desk };
}

/** The outbox row of an offline admission, in the admission's transaction (the same nonce is replayed later). */
export async function queueOffline(trx: Transaction<DB>, step: CenterStep, pass: CenterPass): Promise<void> {
  if (pass.mode !== 'offline') return;
  await insertCenterOutbox(trx, { nonce: pass.claim.nonce, admissionCode: pass.claim.admissionCode, payloadJson: JSON.stringify(pass.claim), createdAt: pass.claim.deskAt });
  step.offline = true;
}
