import type { Kysely } from 'kysely';
import type { CenterView } from '../../shared/center/contract';
import { isProfileId } from '../../shared/rules/profile-ids';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { loadProfiles } from '../rules/profiles';
import type { DB } from '../store/schema';
import { centerRow, centerView, insertCenter, insertSponsor, PENDING_KEY, replaceProfiles, setSetting, sponsorCodesAndNames } from './center-repo';

/** What a manager enters at set-up: the center's view without what is derived from the store. */
export type CenterInput = Omit<CenterView, 'scheduled'>;

export interface Who {
  operatorId: number | null;
  now: Date;
  door: string;
}

/** Refuses a profile id the desk does not ship (the profiles live in electron/rules/profiles). */
export function checkProfiles(profiles: string[]): void {
  const unknown = profiles.filter((p) => !isProfileId(p));
  if (unknown.length) {
    throw new DomainError(
      'VALIDATION',
      `Unknown policy profile ${unknown.join(', ')}; the desk ships ${loadProfiles()
        .map((p) => p.id)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(', ')}.`,
      { key: 'center.unknownProfile', params: { profiles: unknown.join(', ') } },
    );
  }
}

/** The sponsor code the roster import would give a sponsor of that name (so both find the same row). */
export const sponsorCodeOf = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Creates the desk's center, the sponsors of the profiles it applies (all shipped profiles when
 * none are chosen) and the choice itself, in one transaction with its audit entry. A desk holds
 * one center: a second set-up is refused inside the same transaction.
 */
export async function setupCenter(db: Kysely<DB>, input: CenterInput, who: Who): Promise<CenterView> {
  checkProfiles(input.profiles);
  const at = who.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = await centerRow(trx);
    if (existing) throw new DomainError('CONFLICT', `This desk already has its center ${existing.code}; change it in Settings → Center.`, { key: 'center.exists', params: { code: existing.code } });
    const centerId = await insertCenter(trx, { code: input.code, name: input.name, name_en: input.nameEn || input.name, time_zone: input.timeZone, city: input.city, address: input.address });
    await replaceProfiles(trx, centerId, input.profiles, at, who.operatorId);
    const applied = input.profiles.length ? input.profiles : null;
    const sponsors = [
      ...new Set(
        loadProfiles()
          .filter((p) => !applied || applied.includes(p.id))
          .map((p) => p.sponsor),
      ),
    ];
    const known = (await sponsorCodesAndNames(trx)).flatMap((s) => [s.code.toLowerCase(), s.name.trim().toLowerCase()]);
    const added: string[] = [];
    for (const name of sponsors) {
      if (known.includes(name.trim().toLowerCase()) || known.includes(sponsorCodeOf(name))) continue;
      await insertSponsor(trx, { code: sponsorCodeOf(name), name });
      added.push(name);
    }
    await setSetting(trx, PENDING_KEY, 'backup,retention');
    await appendAudit(trx, {
      at,
      operatorId: who.operatorId,
      action: 'center.setup',
      subjectType: 'center',
      subjectId: input.code,
      detail: { name: input.name, address: input.address, timeZone: input.timeZone, profiles: input.profiles, sponsors: added, door: who.door },
    });
  });
  return (await centerView(db))!;
}
