/**
 * What every #19 fault scenario asserts at its end: no appointment with two check-ins at the center,
 * every nonce exactly once among center_checkins and center_conflicts, every admission a desk wrote
 * is at the center under its nonce (nothing lost), every desk's outbox empty, and every desk's audit
 * and ID-log chains and the center's chain verify.
 */
import { expect } from 'vitest';
import { verifyAuditLog } from '../../../electron/audit/audit-log';
import { verifyCenterChain } from '../../../electron/centerserver/center-audit-repo';
import { centerOutboxDepth } from '../../../electron/centerlink/outbox-repo';
import { verifyIdCheckChain } from '../../../electron/idlog/chain';
import type { ScenarioCenter, ScenarioDesk } from './desks';

/** The nonces of the admissions a desk wrote in its own file (its ID-log admission records), by admission code. */
export async function localAdmissions(d: ScenarioDesk): Promise<{ admissionCode: string; nonce: string }[]> {
  const rows = await d.desk.core.store.db
    .selectFrom('check_ins as ci')
    .innerJoin('appointments as a', 'a.id', 'ci.appointment_id')
    .innerJoin('id_checks as ic', (j) => j.onRef('ic.appointment_id', '=', 'ci.appointment_id').on('ic.kind', '=', 'admission'))
    .select(['a.admission_code', 'ic.checks_json'])
    .execute();
  return rows.map((r) => ({ admissionCode: r.admission_code, nonce: (JSON.parse(r.checks_json) as { nonce: string }).nonce }));
}

export interface Settled {
  admissions: number;
  conflicts: number;
}

export async function expectSettled(c: ScenarioCenter, desks: ScenarioDesk[] = c.desks): Promise<Settled> {
  const admissions = await c.admin.selectFrom('center_checkins').select(['admission_code', 'nonce', 'desk']).execute();
  const conflicts = await c.admin.selectFrom('center_conflicts').select(['admission_code', 'nonce', 'desk']).execute();
  const codes = admissions.map((a) => a.admission_code);
  expect(codes.length, 'DAY-8: an appointment with two check-ins at the center').toBe(new Set(codes).size);
  const nonces = [...admissions, ...conflicts].map((r) => r.nonce);
  expect(nonces.length, 'a nonce used twice among admissions and conflicts').toBe(new Set(nonces).size);
  const atCenter = new Map([...admissions, ...conflicts].map((r) => [r.nonce, r]));
  for (const d of desks) {
    const db = d.desk.core.store.db;
    for (const local of await localAdmissions(d)) {
      expect(atCenter.get(local.nonce), `desk ${d.name}'s admission ${local.admissionCode} is at the center`).toMatchObject({ admission_code: local.admissionCode, desk: d.name });
    }
    expect(await centerOutboxDepth(db), `desk ${d.name}'s outbox`).toBe(0);
    expect((await verifyAuditLog(db)).ok, `desk ${d.name}'s audit chain`).toBe(true);
    expect((await verifyIdCheckChain(db)).ok, `desk ${d.name}'s ID-log chain`).toBe(true);
  }
  expect(await verifyCenterChain(c.admin)).toMatchObject({ ok: true });
  return { admissions: admissions.length, conflicts: conflicts.length };
}
