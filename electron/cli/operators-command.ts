import { readFileSync } from 'node:fs';
import { accountsContract } from '../../shared/accounts/contract';
import { findByUsername, insertOperator } from '../accounts/operators-repo';
import { hashPassword } from '../accounts/password';
import { appendAudit } from '../audit/audit-log';
import { stringOption } from '../core/args';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** A password typed on a terminal without echo, or the first line of piped stdin. */
async function passwordFromStdin(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    process.stderr.write('Password (not shown): ');
    stdin.setRawMode(true);
    stdin.resume();
    return new Promise((resolve, reject) => {
      let typed = '';
      const done = (fn: () => void) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', on);
        process.stderr.write('\n');
        fn();
      };
      const on = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
          if (ch === '\u0003') return done(() => reject(new Error('cancelled')));
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      stdin.on('data', on);
    });
  }
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(c as Buffer);
  return firstLine(Buffer.concat(chunks).toString('utf8'));
}

const firstLine = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';

/** `desk operators add`: an operator account (the first manager, or a proctor) from the command line. */
export const operatorsCommand: Command = {
  name: 'operators',
  summary: 'operators add: a proctor or manager account (password from stdin or --password-file, never echoed)',
  usage: [
    'desk operators add --db PATH --username U --name "DISPLAY NAME" --role proctor|manager [--password-file FILE]',
    '',
    'The password (8 characters or more) is the first line of --password-file, or of stdin when piped',
    '(echo is never used); on a terminal it is asked for without showing it. Audited as accounts.create.',
  ].join('\n'),
  async run({ positional, options }) {
    const db = stringOption(options, 'db');
    if (positional[0] !== 'add' || !db) {
      console.error('operators: usage: desk operators add --db PATH --username U --name N --role proctor|manager (see --help)');
      return 2;
    }
    const file = stringOption(options, 'password-file');
    let password: string;
    try {
      password = file ? firstLine(readFileSync(file, 'utf8')) : await passwordFromStdin();
    } catch (e) {
      console.error(`operators: cannot read the password: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const parsed = accountsContract['accounts.create'].request.safeParse({
      username: stringOption(options, 'username') ?? '',
      displayName: stringOption(options, 'name') ?? '',
      role: stringOption(options, 'role') ?? '',
      password,
    });
    if (!parsed.success) {
      const flag: Record<string, string> = { username: '--username', displayName: '--name', role: '--role', password: 'password' };
      for (const i of parsed.error.issues) console.error(`operators: ${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`);
      return 2;
    }
    const req = parsed.data;
    const passwordHash = await hashPassword(req.password);
    const store = await openStore(db);
    try {
      const now = new Date().toISOString();
      const op = await store.db.transaction().execute(async (trx) => {
        if (await findByUsername(trx, req.username)) return null;
        const row = await insertOperator(trx, { username: req.username, displayName: req.displayName, role: req.role, passwordHash, at: now });
        await appendAudit(trx, { at: now, operatorId: null, action: 'accounts.create', subjectType: 'operator', subjectId: row.id, detail: { username: row.username, role: row.role, door: 'cli' } });
        return row;
      });
      if (!op) {
        console.error(`operators: the user name "${req.username}" is taken`);
        return 1;
      }
      console.log(`${op.role} ${op.username} (${op.display_name}) added`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
