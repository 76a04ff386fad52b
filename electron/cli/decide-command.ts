/**
 * `npm run desk -- decide`: reads one JSON request or an array on stdin, prints the result(s) as
 * JSON. Exit 0 when every item was decided (whatever the outcome), 1 when any is an error value.
 * The rule engine itself stays pure; this door does the reading and writing.
 */
import type { Command } from './commands';
import { exitCodeOf, runDecide } from '../rules/cli-decide';

export interface DecideIo {
  readInput(): Promise<string>;
  write(text: string): void;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function makeDecideCommand(io: DecideIo): Command {
  return {
    name: 'decide',
    summary: 'Answer rule-engine requests (JSON on stdin) with verdicts (JSON on stdout)',
    usage: 'npm run desk -- decide < request.json   (one request object or an array; see docs/rules.md)',
    async run() {
      const output = runDecide(await io.readInput());
      io.write(`${output}\n`);
      return exitCodeOf(output);
    },
  };
}

export const decideCommand: Command = makeDecideCommand({
  readInput: () => readAll(process.stdin),
  write: (text) => process.stdout.write(text),
});
