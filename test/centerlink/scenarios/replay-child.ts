/**
 * A desk process that only replays its center outbox (#19 scenario "a desk killed mid-replay"): it
 * opens the desk file and a CenterLink to the center, replays, and says "replayed" on stdout. The
 * test SIGKILLs it while it replays. Usage: tsx replay-child.ts DESK_FILE CENTER_URL DESK_NAME TIMEOUT_MS
 */
import { CenterLink } from '../../../electron/centerlink/center-link';
import { openCenterPg, redactUrl } from '../../../electron/centerserver/open-center';
import { systemClock } from '../../../electron/core/clock';
import { openStore } from '../../../electron/store/open';

const [file, url, desk, timeout] = process.argv.slice(2);
if (!file || !url || !desk || !timeout) throw new Error('usage: replay-child.ts DESK_FILE CENTER_URL DESK_NAME TIMEOUT_MS');

async function main(file: string, url: string, desk: string, timeoutMs: number): Promise<void> {
  const store = await openStore(file);
  const center = openCenterPg(url, { connectTimeoutMs: timeoutMs, queryTimeoutMs: timeoutMs });
  const link = new CenterLink({ center, desk, server: redactUrl(url), store, clock: systemClock, timeoutMs, probeMs: 3_600_000 });
  const done = await link.replayNow();
  process.stdout.write(`replayed ${JSON.stringify(done)}\n`);
  await link.close();
  await store.close();
}

main(file, url, desk, Number(timeout)).catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
