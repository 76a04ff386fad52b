import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

/**
 * `desk decide < big.json | reader` in bash: stdout is a real pipe to a second process that reads it
 * all and prints it. Before the fix, process.exit() ran before the pipe drained and the reader got
 * 64-128 KiB. The desk's own exit status comes from PIPESTATUS (on stderr).
 */
function decideThroughPipe(input: string): { code: number | null; text: string } {
  const reader = "let s='';process.stdin.setEncoding('utf8');process.stdin.on('data',c=>s+=c).on('end',()=>process.stdout.write(s))";
  const r = spawnSync('bash', ['-c', `"$TSX" electron/cli/index.ts decide | "$NODE" -e "$READER"; echo "desk-exit=\${PIPESTATUS[0]}" >&2`], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TSX: tsx, NODE: process.execPath, READER: reader },
  });
  const code = /desk-exit=(\d+)/.exec(r.stderr)?.[1];
  return { code: code === undefined ? null : Number(code), text: r.stdout };
}

describe('desk decide through a real pipe', () => {
  it('prints complete JSON for 1,000 requests when stdout is a pipe (every result arrives)', () => {
    const requests = Array.from({ length: 1000 }, (_, i) => ({
      decision: 'coupon',
      profile: 'ctyun',
      now: '2026-10-01T10:00:00+08:00',
      facts: { priceFen: 1000 + i, coupon: { kind: 'fixed', valueFen: 300 } },
    }));
    const { code, text } = decideThroughPipe(JSON.stringify(requests));
    expect(text.length).toBeGreaterThan(128 * 1024);
    const results = JSON.parse(text) as { ok: boolean }[];
    expect(results).toHaveLength(1000);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(code).toBe(0);
  }, 120_000);
});
