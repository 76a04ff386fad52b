import { z } from 'zod';

/**
 * Schemas every channel uses. Dates and instants are the rule engine's own (shared/rules/primitives),
 * so "2026-02-30" gets the same message at every door.
 */
export { instantSchema, localDateSchema } from '../rules/primitives';

export const idSchema = z.number().int().positive();
