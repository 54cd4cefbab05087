/** A qlab subcommand. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<void>;
}

// Each command lives in its own module; this table is the CLI's only list of them.
export const COMMANDS: Record<string, Command> = {};
