import { SETUP_STEPS, type SetupStep } from '../../../shared/center/contract';

/** Settings → Set-up at one step: `#/settings/setup/<step>` (the hash router opens Settings). */
export const setupHref = (step: SetupStep) => `#/settings/setup/${step}`;

/** The Settings tab and set-up step the hash asks for, if any. */
export function setupTarget(hash: string = window.location.hash): { tab: string | null; step: SetupStep | null } {
  const [, tab, step] = hash.replace(/^#\/?/, '').split(/[/?]/);
  return { tab: tab ?? null, step: (SETUP_STEPS as readonly string[]).includes(step ?? '') ? (step as SetupStep) : null };
}
