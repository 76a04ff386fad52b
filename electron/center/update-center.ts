import type { Kysely } from 'kysely';
import type { CenterView, ProfileChoice } from '../../shared/center/contract';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { loadProfiles, isInForce } from '../rules/profiles';
import type { DB } from '../store/schema';
import type { Db } from '../store/db';
import { localDate } from '../today/local-time';
import { centerRow, centerView, chosenProfiles, replaceProfiles, scheduledCounts, updateCenterRow } from './center-repo';
import { checkProfiles, type CenterInput, type Who } from './setup-center';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';

async function requireCenter(db: Db) {
  const c = await centerRow(db);
  if (!c) throw new DomainError('CONFLICT', 'No center is set up yet: set it up first (Settings → Set-up, or desk init).', { key: 'center.missing' });
  return c;
}

/**
 * Changes the center's name, English name, address and city; the time zone only while nothing is
 * scheduled, since every session's local date and every booking's local start were fixed in it.
 * The check and the write share one transaction with the audit entry.
 */
export async function updateCenter(db: Kysely<DB>, input: Omit<CenterInput, 'code' | 'profiles'>, who: Who): Promise<CenterView> {
  await db.transaction().execute(async (trx) => {
    const c = await requireCenter(trx);
    if (input.timeZone !== c.time_zone) {
      const s = await scheduledCounts(trx);
      if (s.sessions > 0 || s.appointments > 0) {
        throw new DomainError(
          'CONFLICT',
          `The time zone stays ${c.time_zone}: ${s.sessions} sessions and ${s.appointments} bookings are scheduled, and their local dates and times were fixed in it; changing it would move them.`,
          { key: 'center.zoneLocked', params: { zone: c.time_zone, sessions: s.sessions, appointments: s.appointments } },
        );
      }
    }
    const before = { name: c.name, nameEn: c.name_en, address: c.address, city: c.city, timeZone: c.time_zone };
    const after = { name: input.name, nameEn: input.nameEn || input.name, address: input.address, city: input.city, timeZone: input.timeZone };
    await updateCenterRow(trx, c.id, { name: after.name, name_en: after.nameEn, address: after.address, city: after.city, time_zone: after.timeZone });
    const changed = Object.fromEntries(
      Object.entries(after)
        .filter(([k, v]) => before[k as keyof typeof before] !== v)
        .map(([k, v]) => [k, { from: before[k as keyof typeof before], to: v }]),
    );
    await appendAudit(trx, { at: who.now.toISOString(), operatorId: who.operatorId, action: 'center.update', subjectType: 'center', subjectId: c.code, detail: { changed, door: who.door } });
  });
  return (await centerView(db))!;
}

/** Every shipped profile version with its effective dates in the center's zone, and whether the center applies it. */
export async function profileChoices(db: Kysely<DB>, now: Date): Promise<ProfileChoice[]> {
  const c = await centerRow(db);
  const zone = c?.time_zone ?? DEFAULT_CENTER_ZONE;
  const chosen = c ? await chosenProfiles(db, c.id) : [];
  return loadProfiles().map((p) => ({
    id: p.id,
    version: p.version,
    name: p.name,
    sponsor: p.sponsor,
    effectiveFrom: localDate(p.effectiveFrom, zone),
    effectiveTo: p.effectiveTo === null ? null : localDate(p.effectiveTo, zone),
    inForce: isInForce(p, now.getTime()),
    chosen: chosen.length === 0 || chosen.includes(p.id),
  }));
}

/** Chooses the profiles the center applies; the write and its audit entry share one transaction. */
export async function chooseProfiles(db: Kysely<DB>, profiles: string[], who: Who): Promise<ProfileChoice[]> {
  checkProfiles(profiles);
  await db.transaction().execute(async (trx) => {
    const c = await requireCenter(trx);
    const before = await chosenProfiles(trx, c.id);
    await replaceProfiles(trx, c.id, profiles, who.now.toISOString(), who.operatorId);
    await appendAudit(trx, {
      at: who.now.toISOString(),
      operatorId: who.operatorId,
      action: 'center.profiles',
      subjectType: 'center',
      subjectId: c.code,
      detail: { from: before, to: [...new Set(profiles)].sort(), door: who.door },
    });
  });
  return profileChoices(db, who.now);
}
