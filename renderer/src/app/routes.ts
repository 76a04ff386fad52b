import { useEffect, useState } from 'react';

/** Screens of the app, in navigation order. `issue` marks screens that a later issue builds. */
export const routes = [
  { id: 'today', issue: null },
  { id: 'checkin', issue: 4 },
  { id: 'idlog', issue: 4 },
  { id: 'seating', issue: 5 },
  { id: 'scores', issue: 6 },
  { id: 'rosters', issue: 7 },
  { id: 'data', issue: 8 },
  { id: 'rules', issue: 3 },
  { id: 'audit', issue: 9 },
  { id: 'settings', issue: 9 },
  { id: 'incidents', issue: 18 },
] as const;

export type RouteId = (typeof routes)[number]['id'];

function current(): RouteId {
  const id = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (routes.find((r) => r.id === id)?.id ?? 'today') as RouteId;
}

/** Hash routing (#/checkin): works from app://, file:// and browser mode alike. */
export function useRoute(): [RouteId, (id: RouteId) => void] {
  const [route, setRoute] = useState<RouteId>(current);
  useEffect(() => {
    const on = () => setRoute(current());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [route, (id) => (window.location.hash = `#/${id}`)];
}
