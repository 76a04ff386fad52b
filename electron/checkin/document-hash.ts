import { createHmac } from 'node:crypto';

/**
 * Keyed hash (HMAC-SHA256) of a normalized document number: lets the desk match a scanned number
 * and keep a verifiable trace in logs without holding the number itself.
 */
export function documentHash(key: Buffer, normalizedNumber: string): string {
  return createHmac('sha256', key).update(normalizedNumber.toUpperCase()).digest('hex');
}
