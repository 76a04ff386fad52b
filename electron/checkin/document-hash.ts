import { createHmac } from 'node:crypto';
import { compactDocumentInput } from '../../shared/identity/scanner-input';

/**
 * Keyed hash (HMAC-SHA256, hex) of a normalized document number: lets the desk match a scanned
 * number and keep a verifiable trace in logs without holding the number itself. Callers pass the
 * validator's `normalized` number; the input is compacted again (controls and spaces removed,
 * NFKC, upper case) so a number typed by hand hashes like the same number scanned.
 */
export function documentHash(key: Buffer, normalizedNumber: string): string {
  return createHmac('sha256', key).update(compactDocumentInput(normalizedNumber)).digest('hex');
}
