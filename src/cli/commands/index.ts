import { configCommand } from './config';
import { exportCommand } from './export';
import { mixedCommand } from './mixed';
import { quantizeCommand } from './quantize';
import { regularizeCommand } from './regularize';
import { sensitivityCommand } from './sensitivity';
import { summaryCommand } from './summary';
import { trainCommand } from './train';

/** A qlab subcommand. */
export interface Command {
  /** One line for `qlab --help`: what the command does and its options. */
  summary: string;
  /** More for `qlab <command> --help`. */
  help?: string;
  run(argv: string[]): Promise<void>;
}

// Each command lives in its own module; this table is the CLI's only list of them.
export const COMMANDS: Record<string, Command> = {
  quantize: quantizeCommand,
  regularize: regularizeCommand,
  train: trainCommand,
  summary: summaryCommand,
  config: configCommand,
  export: exportCommand,
  sensitivity: sensitivityCommand,
  mixed: mixedCommand,
};

/** `qlab <name> --help`: the command's summary line, then its longer help when it has one. */
export function commandHelp(name: string, command: Command): string {
  return `usage: qlab ${name} — ${command.summary}${command.help ? `\n\n${command.help}` : ''}`;
}
