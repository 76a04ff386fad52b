/** What every rule-engine request carries besides its facts: profile, instant, zone. */
import { z } from 'zod';
import { DEFAULT_CENTER_ZONE } from '../time/default-zone';
import { instantSchema, timeZoneSchema } from './primitives';

export const DEFAULT_TIME_ZONE = DEFAULT_CENTER_ZONE;

const base = {
  profile: z.string().min(1, { message: 'name a policy profile, e.g. tencent-test-center' }),
  profileVersion: z.number().int().positive().optional(),
  now: instantSchema,
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
};

export const req = <D extends string, F extends z.ZodType>(decision: D, facts: F) => z.object({ decision: z.literal(decision), ...base, facts });
