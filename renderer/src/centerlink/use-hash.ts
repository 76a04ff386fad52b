import { useEffect, useState } from 'react';

/** The location's hash, kept current on hashchange (a Settings tab opened by a link while Settings is shown). */
export function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

/** Settings → Center server, where a manager leases sessions and resolves conflicts. */
export const CENTERLINK_HREF = '#/settings/centerlink';
