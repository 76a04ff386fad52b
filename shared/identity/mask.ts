/**
 * Masks a document number for screens, printouts and logs: every character except the last 4
 * becomes '*'; a number of 8 characters or fewer shows only its last floor(n/2) characters, so
 * at least half is always masked. Length is preserved (counted in code points).
 *
 *   110101197601076510 -> **************6510
 *   M80101731          -> *****1731
 *   123456             -> ***456
 */
export const MASK_CHAR = '*';

export function maskDocumentNumber(n: string): string {
  const chars = Array.from(n);
  const keep = Math.min(4, Math.floor(chars.length / 2));
  return MASK_CHAR.repeat(chars.length - keep) + chars.slice(chars.length - keep).join('');
}
