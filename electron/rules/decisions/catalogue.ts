/** The catalogue: CAT-1 (a level's current name) and CAT-2 (the certifications a sponsor offers). */
import { LEVEL_RENAME_DATE, ctyunCatalogue, normalizeLevel, tencentDomains, tencentLevels, tencentOtherTracks } from '../../../shared/rules/catalogue';
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

const isTencent = (ctx: Ctx) => ctx.profile.sponsor === 'Tencent Cloud';

function levelName(f: FactsOf<'level-name'>, ctx: Ctx): Verdict {
  if (!isTencent(ctx)) throw new RuleFailure('NOT_APPLICABLE', `profile ${ctx.profile.id} (${ctx.profile.sponsor}) has no TCA/TCP/TCE levels (CAT-1)`);
  const b = ctx.builder();
  const given = f.level.trim().toUpperCase();
  const current = normalizeLevel(given);
  b.text('given', given);
  if (!current) {
    b.because('CAT-1', 'reason.catalogue.unknownLevel', { level: given, known: tencentLevels.join(', ') });
    return b.refuse('verdict.catalogue.unknownLevel', { level: given });
  }
  b.text('current', current);
  if (current !== given) {
    b.date('renamedDate', LEVEL_RENAME_DATE);
    b.because('CAT-1', 'reason.catalogue.oldLevelName', { level: given, current, date: LEVEL_RENAME_DATE });
  } else b.because('CAT-1', 'reason.catalogue.currentLevelName', { level: given });
  return b.allow('verdict.catalogue.level', { level: given, current });
}

function catalogue(_f: FactsOf<'catalogue'>, ctx: Ctx): Verdict {
  const b = ctx.builder();
  const list = isTencent(ctx) ? [...tencentLevels.flatMap((level) => tencentDomains.map((d) => `${level} ${d}`)), ...tencentOtherTracks] : ctyunCatalogue().map((c) => (c.level ? `${c.level} ${c.role}` : c.role));
  b.count('count', list.length).text('certifications', list.join('; '));
  b.because('CAT-2', isTencent(ctx) ? 'reason.catalogue.tencent' : 'reason.catalogue.ctyun', { count: list.length });
  return b.allow('verdict.catalogue.list', { sponsor: ctx.profile.sponsor, count: list.length });
}

export const levelNameDecision: Decision<'level-name'> = { name: 'level-name', anchor: (r) => parseInstant(r.now), run: levelName };
export const catalogueDecision: Decision<'catalogue'> = { name: 'catalogue', anchor: (r) => parseInstant(r.now), run: catalogue };
