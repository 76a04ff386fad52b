/**
 * Identity-document facts (DAY-3..DAY-6). A caller gives either the raw facts the desk has (the
 * document number, the name on the document, the registered name and pinyin) and the engine
 * evaluates the GB 11643 check digit and the name match with shared/identity and shared/names,
 * or the pre-evaluated `checkDigitValid` / `nameMatch` (still accepted; both must agree).
 */
import { z } from 'zod';
import { documentTypeSchema, localDateSchema } from './primitives';
import { req } from './request-base';

export const nameMatches = ['exact', 'pinyin', 'mismatch'] as const;

export const identityFactsSchema = z.object({
  documentType: documentTypeSchema,
  /** Raw: the document number as read or typed (the check digit is computed from it). */
  documentNumber: z.string().min(1).max(64).optional(),
  /** Last valid date (center time); null when the document shows none. */
  expiryDate: localDateSchema.nullable(),
  /** DAY-3: marked long-term valid (the mainland card's 长期); a null expiry passes only with it. */
  longTerm: z.boolean().default(false),
  originalPresented: z.boolean(),
  /** Raw: the name printed on the document (characters or Latin letters). */
  nameOnDocument: z.string().trim().min(1).max(100).optional(),
  /** Raw: the registered name and, if the roster has it, its pinyin. */
  registered: z.object({ name: z.string().trim().min(1).max(100), pinyin: z.string().trim().min(1).max(100).optional() }).optional(),
  /** Pre-evaluated (shared/names): registered name vs the document's name. */
  nameMatch: z.enum(nameMatches).optional(),
  /** Pre-evaluated (shared/identity): GB 11643 check digit; read for CN_ID only. */
  checkDigitValid: z.boolean().optional(),
  photoMatches: z.boolean(),
  /** DAY-5 staff identity check, read for the documents the profile lists (CN_ID). */
  staffCheck: z.enum(['passed', 'failed', 'pending']).optional(),
  /** DAY-3: China test center list, or the English profile's government photo IDs. */
  centerRegion: z.enum(['china', 'international']).default('china'),
});
export type IdentityFacts = z.output<typeof identityFactsSchema>;

export const identityDocumentRequestSchema = req('identity-document', identityFactsSchema);
