/**
 * `desk calendar import FILE --db PATH [--dry-run]`: take in a year's official holiday notice
 * (CSV date,kind,name or iCalendar). A partial year is refused with what is missing; the changes
 * against the stored rows are printed; the import is audited.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringOption } from '../core/args';
import { importCalendarNotice } from '../policy/calendar-import';
import { openStore } from '../store/open';
import type { Command } from './commands';

export const calendarCommand: Command = {
  name: 'calendar',
  summary: "import a year's official holiday notice (CSV date,kind,name or iCalendar) into the working-day calendar",
  usage: 'desk calendar import FILE --db PATH [--dry-run]',
  async run({ positional, options }) {
    const [verb, file] = positional;
    const db = stringOption(options, 'db');
    const problems = [verb !== 'import' && 'the only verb is "import"', !file && 'FILE is required', !db && '--db PATH is required'].filter(Boolean);
    if (problems.length) {
      console.error(`calendar: ${problems.join('; ')}`);
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(file!, 'utf8');
    } catch (e) {
      console.error(`calendar: cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    const store = await openStore(db!);
    try {
      const r = await importCalendarNotice(store.db, text, { at: new Date().toISOString(), operatorId: null, door: 'cli', fileName: basename(file!), apply: !options['dry-run'] });
      if (!r.ok) {
        console.error(`calendar: refused: ${r.message}`);
        return 1;
      }
      const lines = r.changes.map((c) => {
        const show = (x: typeof c.before) => (x ? `${x.kind}${x.name ? ` ${x.name}` : ''}` : '-');
        return `  ${c.change.padEnd(7)} ${c.date}  ${show(c.before)} -> ${show(c.after)}`;
      });
      const head = r.applied
        ? `${r.year}: ${r.rows} rows imported, ${r.changes.length} changes`
        : r.changes.length === 0
          ? `${r.year}: ${r.rows} rows, nothing changes`
          : `${r.year}: ${r.rows} rows, ${r.changes.length} changes (dry run: nothing written)`;
      process.stdout.write(`${[head, ...lines].join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
