import type { AnyChannel } from './channel';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins the per-domain channel maps into one contract. A channel name declared twice is a
 * start-up error, never a silent override.
 */
export function composeContract<const M extends Record<string, AnyChannel>[]>(...maps: M): UnionToIntersection<M[number]> {
  const out: Record<string, AnyChannel> = {};
  for (const map of maps) {
    for (const [name, spec] of Object.entries(map)) {
      if (name in out) throw new Error(`IPC channel "${name}" is declared twice`);
      out[name] = spec;
    }
  }
  return out as UnionToIntersection<M[number]>;
}
