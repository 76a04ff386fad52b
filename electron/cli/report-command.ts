/** `desk report --db PATH [--date YYYY-MM-DD] [--json]`: REP-1 figures per subject from the store. */
import { localDateSchema } from '../../shared/ipc/schemas';
import { stringOption } from '../core/args';
import { subjectFigures } from '../policy/subject-figures';
import { openStore } from '../store/open';
import type { Command } from './commands';

export const reportCommand: Command = {
  name: 'report',
  summary: 'REP-1 figures per subject (registered, attended, passed, pass rate) from a desk database',
  usage: 'desk report --db PATH [--date YYYY-MM-DD] [--json]',
  async run({ options }) {
    const db = stringOption(options, 'db');
    const date = stringOption(options, 'date');
    const problems = [!db && '--db PATH is required', date !== undefined && !localDateSchema.safeParse(date).success && `--date "${date}" is not a date as YYYY-MM-DD`].filter(Boolean);
    if (problems.length) {
      console.error(`report: ${problems.join('; ')}`);
      return 2;
    }
    const store = await openStore(db!);
    try {
      const figures = await subjectFigures(store.db, date ? { date } : {});
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ date: date ?? null, subjects: figures }, null, 2)}\n`);
        return 0;
      }
      const head = ['subject', 'registered', 'attended', 'passed', 'pass rate'];
      const lines = figures.map((f) => [f.subject, String(f.registered), String(f.attended), String(f.passed), f.passRate === null ? '-' : `${f.passRate}%`]);
      const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
      const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      process.stdout.write(`${[`REP-1 ${date ?? 'all days'}`, fmt(head), ...lines.map(fmt)].join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
