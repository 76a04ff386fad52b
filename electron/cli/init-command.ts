import { z } from 'zod';
import { centerCodeSchema, DEFAULT_ZONE, timeZoneSchema } from '../../shared/center/contract';
import { profileIds } from '../../shared/rules/profile-ids';
import { setupCenter } from '../center/setup-center';
import { stringOption } from '../core/args';
import { DomainError } from '../core/errors';
import { openStore } from '../store/open';
import type { Command } from './commands';

const initOptions = z.object({
  db: z.string().min(1, '--db PATH is required'),
  center: centerCodeSchema,
  name: z.string().trim().min(1, '--name NAME is required').max(100),
  zone: timeZoneSchema.default(DEFAULT_ZONE),
  'name-en': z.string().trim().max(100).default(''),
  address: z.string().trim().max(300).default(''),
  city: z.string().trim().max(60).default(''),
  profiles: z.string().default(''),
});

/** `desk init`: sets up the desk's center in a new (or empty) database, as the set-up screen does. */
export const initCommand: Command = {
  name: 'init',
  summary: 'set up the center of a new desk: code, name, time zone (Asia/Shanghai by default), the profiles it applies',
  usage: [
    'desk init --db PATH --center CODE --name NAME [--zone ZONE] [--name-en NAME] [--address TEXT] [--city CITY] [--profiles a,b]',
    '',
    "  --center    the center code the sponsors use (the roster's center_code), e.g. SZ-NS-01",
    '  --zone      IANA time zone of the center; default Asia/Shanghai; it cannot change once sessions exist',
    `  --profiles  comma list of the policy profiles the center applies (default: all): ${profileIds.join(', ')}`,
    '',
    'Then: desk operators add (accounts), desk rooms import (seat grids), desk import (the roster).',
  ].join('\n'),
  async run({ options }) {
    const raw = Object.fromEntries(Object.keys(initOptions.shape).flatMap((k) => (stringOption(options, k) !== undefined ? [[k, stringOption(options, k)]] : [])));
    const parsed = initOptions.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) console.error(`init: --${String(i.path[0] ?? '')}: ${i.message}`);
      return 2;
    }
    const o = parsed.data;
    const store = await openStore(o.db);
    try {
      const c = await setupCenter(
        store.db,
        {
          code: o.center,
          name: o.name,
          nameEn: o['name-en'],
          address: o.address,
          city: o.city,
          timeZone: o.zone,
          profiles: o.profiles
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
        },
        { operatorId: null, now: new Date(), door: 'cli' },
      );
      console.log(`center ${c.code} "${c.name}" set up in ${o.db} (time zone ${c.timeZone}; profiles: ${c.profiles.length ? c.profiles.join(', ') : 'all shipped'})`);
      return 0;
    } catch (e) {
      if (e instanceof DomainError) {
        console.error(`init: ${e.message}`);
        return 1;
      }
      throw e;
    } finally {
      await store.close();
    }
  },
};
