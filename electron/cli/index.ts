import { parseArgs } from '../core/args';
import { backupCommand, restoreCommand } from './backup-command';
import { calendarCommand } from './calendar-command';
import { checkCommand } from './check-command';
import { centerCommand } from './center-command';
import { centerBackupCommand, centerPurgeCommand, centerRestoreCommand } from './center-data-command';
import type { Command } from './commands';
import { decideCommand } from './decide-command';
import { demoCommand } from './demo-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { operatorsCommand } from './operators-command';
import { purgeCommand } from './purge-command';
import { reportCommand } from './report-command';
import { roomsCommand } from './rooms-command';
import { rosterCommand } from './roster-command';

/** `npm run desk -- <command> [options]`: the headless door to the same core. */
export const commands: Command[] = [
  initCommand,
  operatorsCommand,
  roomsCommand,
  demoCommand,
  decideCommand,
  exportCommand,
  importCommand,
  rosterCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  purgeCommand,
  reportCommand,
  calendarCommand,
  centerCommand,
  centerBackupCommand,
  centerRestoreCommand,
  centerPurgeCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Exam Desk command line',
    '',
    'Usage: npm run desk -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "npm run desk -- <command> --help" for a command\'s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [name] = args.positional;
  if (!name || name === 'help' || (!name && args.options.help)) {
    console.log(help());
    return name ? 0 : args.options.help ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (args.options.help) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  return command.run({ positional: args.positional.slice(1), options: args.options });
}

// Set the exit status and let the process end by itself: process.exit() here would drop whatever
// stdout/stderr still hold for a pipe (a large `desk decide` answer stopped at 64-128 KiB).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
