import { formatSummary, summarizeModel } from '../../model/summary';
import { parseOptions } from '../args';
import { DATASET_INFO } from '../../data/types';
import { readConfig } from '../config-source';
import type { Command } from './index';

/** `qlab summary (--config FILE | --url URL) [--json]`: the per-layer table of a configured model. */
export const summaryCommand: Command = {
  summary: 'print the per-layer model summary of a config (--config FILE | --url URL) [--json]',
  async run(argv) {
    const values = parseOptions(argv, { config: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean' } });
    const config = readConfig(values);
    const summary = summarizeModel(config, [...DATASET_INFO[config.dataset.id].imageShape]);
    process.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
  },
};
