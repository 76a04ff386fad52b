import type { Db } from '../store/db';

/*
 * A release the center did not take (#19): an online claim whose local write failed while the
 * center stopped answering. It waits in the center outbox with the admissions decided offline and
 * is replayed in the same seq order, so the center does not keep an admission this desk never made.
 */

/** An outbox row's payload for a queued release (an admission's payload has no kind). */
export interface OutboxRelease {
  kind: 'release';
  admissionCode: string;
  /** The claim's nonce: the center removes only the admission under it. */
  nonce: string;
  desk: string;
  /** When the desk gave the claim up. */
  at: string;
}

/** The outbox key of a release: apart from the nonces of admissions (a retry may use the claim's nonce again). */
export function releaseKey(nonce: string): string {
  return `release:${nonce}`;
}

/**
 * Whether this desk has since recorded its own admission of the appointment under this nonce (a
 * retry with the same nonce, or the desk adopting the center's admission): then the center's claim
 * is that admission and is never released.
 */
export async function heldHere(db: Db, admissionCode: string, nonce: string): Promise<boolean> {
  const rows = await db
    .selectFrom('check_ins as ci')
    .innerJoin('appointments as a', 'a.id', 'ci.appointment_id')
    .innerJoin('id_checks as ic', (j) => j.onRef('ic.appointment_id', '=', 'ci.appointment_id').on('ic.kind', '=', 'admission'))
    .select('ic.checks_json')
    .where('a.admission_code', '=', admissionCode)
    .where('ci.mirrored_at', 'is', null)
    .execute();
  return rows.some((r) => nonceOf(r.checks_json) === nonce);
}

function nonceOf(checksJson: string): unknown {
  try {
    return (JSON.parse(checksJson) as { nonce?: unknown }).nonce;
  } catch {
    return undefined;
  }
}
