/** One CLI command: its name, a one-line summary, its usage text and what it does. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: { positional: string[]; options: Record<string, string | true> }): Promise<number>;
}
