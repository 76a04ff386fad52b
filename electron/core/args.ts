/** Minimal `--name value` / `--flag` parser shared by the CLI and browser mode. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        options[arg.slice(2, eq)] = arg.slice(eq + 1);
        continue;
      }
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        options[arg.slice(2)] = next;
        i++;
      } else options[arg.slice(2)] = true;
    } else positional.push(arg);
  }
  return { positional, options };
}

export function stringOption(options: Record<string, string | true>, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}
