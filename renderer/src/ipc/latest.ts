/**
 * Of several mutations on one screen, the one the operator ran last: its answer or its error is the
 * one to show (an older error stays out of sight once a later action went through). Undefined until
 * one has run.
 */
export function latestOf<const M extends readonly { submittedAt: number }[]>(...mutations: M): M[number] | undefined {
  let latest: M[number] | undefined;
  for (const m of mutations) if (m.submittedAt > 0 && (!latest || m.submittedAt >= latest.submittedAt)) latest = m;
  return latest;
}
