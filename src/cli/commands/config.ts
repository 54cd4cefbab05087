import { defaultConfig } from '../../experiment/defaults';
import { parseOptions, UsageError } from '../args';
import type { Command } from './index';

/** `qlab config --default`: the default ExperimentConfig as JSON, to edit and pass back with --config. */
export const configCommand: Command = {
  summary: 'print the default experiment config as JSON (--default)',
  async run(argv) {
    const values = parseOptions(argv, { default: { type: 'boolean' } });
    if (!values.default) throw new UsageError('config: use --default');
    process.stdout.write(`${JSON.stringify(defaultConfig(), null, 2)}\n`);
  },
};

