/**
 * Worker-thread entry: reads and checks a roster file off the main process's thread, so the desk
 * keeps answering while a 100,000-row file is decoded, validated and hashed. Checked rows go back
 * in small batches as they are ready, so the main thread takes them a little at a time.
 */
import { parentPort } from 'node:worker_threads';
import type { FromReader, ToReader } from './read-protocol';
import { readRoster } from './read-rows';

const port = parentPort;
if (!port) throw new Error('read-worker must run in a worker thread');

port.once('message', (msg: ToReader) => {
  const post = (m: FromReader) => port.postMessage(m);
  readRoster(
    msg.input,
    (phase, done, total) => post({ t: 'progress', phase, done, total }),
    (rows) => post({ t: 'rows', rows }),
  )
    .then((outcome) => post({ t: 'done', outcome }))
    .catch((e: unknown) => post({ t: 'error', message: e instanceof Error ? e.message : String(e) }));
});
