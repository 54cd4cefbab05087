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
  summary: string;
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
