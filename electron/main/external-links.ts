/**
 * The only addresses the desktop app hands to the system browser (`shell.openExternal`): https
 * pages of the sponsor's documentation host, with no credentials and no other port. Anything else
 * a page could ask to open (another host, a look-alike, http, file:, a custom protocol handler such
 * as ms-msdt:, smb:) is dropped: openExternal would run it with the operator's rights.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['cloud.tencent.com'];
const MAX_URL_LENGTH = 2048;

/** The address to open (normalised by the URL parser), or null when it is not on the allow-list. */
export function externalUrlAllowed(url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return null;
  if (!EXTERNAL_HOSTS.includes(u.hostname)) return null;
  return u.href;
}
