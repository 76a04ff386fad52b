/**
 * The shape of one browser-mode call, checked before the registry sees it: a JSON object with a
 * string `channel` and any `payload` no deeper than a real request. Anything else is the caller's
 * mistake and is answered 400 with a code and a message (#14.9), never a 500 or an empty body.
 */
export type Envelope = { ok: true; channel: string; payload: unknown } | { ok: false; message: string };

/** Deeper than any request of the contract; deep enough nesting would overflow a recursive walk. */
export const MAX_DEPTH = 64;
const MAX_CHANNEL_LENGTH = 200;

export function parseEnvelope(body: string): Envelope {
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return { ok: false, message: 'Body is not JSON' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { ok: false, message: 'Body must be a JSON object { channel, payload }' };
  }
  const { channel, payload } = message as { channel?: unknown; payload?: unknown };
  if (typeof channel !== 'string' || channel.length === 0 || channel.length > MAX_CHANNEL_LENGTH) {
    return { ok: false, message: `"channel" must be a channel name (a string of 1 to ${MAX_CHANNEL_LENGTH} characters)` };
  }
  if (depthExceeds(payload, MAX_DEPTH)) {
    return { ok: false, message: `"payload" is nested deeper than ${MAX_DEPTH} levels` };
  }
  return { ok: true, channel, payload };
}

/** Whether a parsed JSON value nests deeper than `limit` (an explicit stack: no recursion). */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
