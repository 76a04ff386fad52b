/**
 * The password part of a center address (postgres://USER:PASSWORD@HOST:PORT/DB). The desktop app
 * keeps it apart, encrypted (electron/main/center-password.ts), and puts it back only to connect.
 */
export function splitPassword(url: string): { url: string; password: string | null } {
  const u = new URL(url);
  if (!u.password) return { url, password: null };
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), password };
}

/** The address with a password put back in (percent-encoded, so any character survives). */
export function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}
