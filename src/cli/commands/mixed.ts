import { writeFileSync } from 'node:fs';
import { encodeConfig } from '../../experiment/url';
import { formatAllocation, runMixed, type BudgetMetric, type MixedPoint } from '../../train/mixed';
import { trainFloat } from '../../train/sensitivity';
import { parseInteger, parseOptions, UsageError } from '../args';
import { readConfig, TRAINING_SOURCE_OPTIONS } from '../config-source';
import { loadDataset } from '../dataset';
import type { Command } from './index';
import { measureSensitivity, parseBitsList, progress, readSensitivityFile, SENSITIVITY_HELP, startBackend, type SensitivityFile } from './sensitivity';

/** What `qlab mixed --out` writes: the sensitivity file plus the measured allocations. */
export interface MixedFile extends SensitivityFile {
  mixed: { metric: BudgetMetric; finetuneEpochs: number; points: MixedPoint[]; infeasible: number[] };
}

const MIXED_HELP = `Chooses a bit width per layer (the measured widths or float) that keeps the model within
the budget and loses the least accuracy by the sensitivity table, taking the layers'
drops to add up: a multiple-choice knapsack solved exactly by dynamic programming over
the budget in whole units of the costs' common divisor (up to 2^20 steps; beyond, in
budget/2^20 steps with costs rounded up, so the budget always holds), polynomial in
layers x widths x steps. A greedy by loss per byte is simpler but can miss
the optimum when a layer's drop is not convex in bits. Each allocation, and every uniform
width for comparison, is then quantized from the same float network and fine-tuned with
--finetune-epochs of QAT (default 1); each prints its accuracy, bytes, BOPs and share
link (per-layer overrides in layers=). Budgets may be a comma-separated list.
The table comes from --table FILE (qlab sensitivity --out) or is measured first, by PTQ alone:

${SENSITIVITY_HELP}`;

function parseBudgets(option: string, text: string): number[] {
  return text.split(',').map((part) => {
    const value = Number(part.trim());
    if (part.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${option} takes positive numbers separated by commas, got "${text}"`);
    return value;
  });
}

/**
 * `qlab mixed (--config FILE | --url URL) (--budget-bytes N[,N…] | --budget-bops N[,N…])
 * [--table FILE] [--bits 1,2,4,8] [--epochs N] [--finetune-epochs N] [--out FILE]`.
 */
export const mixedCommand: Command = {
  summary: 'per-layer bit widths under a budget (--config FILE | --url URL) (--budget-bytes N | --budget-bops N) [--table FILE] [--bits 1,2,4,8] [--epochs N] [--finetune-epochs N] [--out FILE]',
  help: MIXED_HELP,
  async run(argv) {
    const values = parseOptions(argv, {
      ...TRAINING_SOURCE_OPTIONS,
      'budget-bytes': { type: 'string' },
      'budget-bops': { type: 'string' },
      table: { type: 'string' },
      bits: { type: 'string' },
      epochs: { type: 'string' },
      'finetune-epochs': { type: 'string' },
      out: { type: 'string' },
    });
    const config = readConfig(values);
    if ((values['budget-bytes'] === undefined) === (values['budget-bops'] === undefined)) throw new UsageError('give exactly one of --budget-bytes N or --budget-bops N');
    const metric: BudgetMetric = values['budget-bytes'] !== undefined ? 'bytes' : 'bops';
    const budgets = parseBudgets(`--budget-${metric}`, (values['budget-bytes'] ?? values['budget-bops'])!);
    if (values.epochs !== undefined) config.epochs = parseInteger('--epochs', values.epochs, 1, 100);
    const finetuneEpochs = values['finetune-epochs'] === undefined ? 1 : parseInteger('--finetune-epochs', values['finetune-epochs'], 0, 20);
    const given = values.table ? readSensitivityFile(values.table) : undefined;
    if (given && values.bits) throw new UsageError('--bits does not apply with --table (the table has its own widths)');
    const link = `#${encodeConfig(config)}`;
    if (given && given.link !== link) throw new UsageError(`--table ${values.table} was measured on another config (${given.link})`);
    const bits = parseBitsList(values.bits);
    const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
    await startBackend(config, dataset);
    const trained = await trainFloat(config, dataset, { onFloatEpoch: progress.floatEpoch });
    try {
      const table = given?.sensitivity ?? (await measureSensitivity(config, dataset, bits, 0, false, trained));
      if (given && Math.abs(given.sensitivity.floatAccuracy - trained.floatAccuracy) > 1e-9) {
        process.stderr.write(`note: the float network reached ${(trained.floatAccuracy * 100).toFixed(2)}%, the table's ${(given.sensitivity.floatAccuracy * 100).toFixed(2)}%\n`);
      }
      const { points, infeasible } = await runMixed({
        config, dataset, table, trained, metric, budgets, finetuneEpochs,
        onPoint: (p) => {
          const compared = p.comparedWith
            ? `; ${p.comparedWith.reached ? 'reaches' : 'does NOT reach'} ${p.comparedWith.label} (${(p.comparedWith.accuracy * 100).toFixed(2)}%)`
            : p.kind === 'searched' ? '; no uniform width fits this budget' : '';
          process.stdout.write(
            `${p.label.padEnd(24)} ${(p.accuracy * 100).toFixed(2)}%  ${p.bytes} B  ${p.bops} BOPs  [${formatAllocation(table, p.allocation)}]` +
              `${p.predictedDrop !== undefined ? `  predicted drop ${(p.predictedDrop * 100).toFixed(2)}` : ''}${compared}\n  ${p.link.startsWith('#') ? p.link : `#${p.link}`}\n`,
          );
        },
      });
      for (const budget of infeasible) process.stdout.write(`budget ${budget} ${metric}: no allocation fits (every layer at its cheapest width costs more)\n`);
      if (values.out) {
        const file: MixedFile = { link, dataset: dataset.source, sensitivity: table, mixed: { metric, finetuneEpochs, points, infeasible } };
        writeFileSync(values.out, `${JSON.stringify(file, null, 1)}\n`);
      }
    } finally {
      trained.network.dispose();
    }
  },
};
