import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MixedFile } from '../../src/cli/commands/mixed';
import { formatAllocation } from '../../src/train/mixed';

const HEATMAP = 'sensitivity-heatmap.svg';
const PARETO = 'sensitivity-pareto.svg';
const percent = (f: number) => (100 * f).toFixed(2);

/**
 * results.md's section on layer sensitivity and mixed precision, from the
 * `sensitivity.json` and images (`npm run sensitivity:images`) in `dir`; empty when absent.
 */
export function sensitivitySection(dir: string, pageUrl: string): string[] {
  const path = join(dir, 'sensitivity.json');
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<MixedFile>;
  const table = file.sensitivity;
  if (!table) return [];
  const lines = [
    '## Layer sensitivity and mixed precision',
    '',
    `From \`qlab sensitivity\` and \`qlab mixed\` on [this config](${pageUrl}${file.link}) (${table.trainCount} training / ${table.testCount} test images, float ${percent(table.floatAccuracy)}% after ${table.floatEpochs} epochs); see the README's "Layer sensitivity and mixed precision".`,
    '',
  ];
  if (existsSync(join(dir, HEATMAP))) lines.push(`![Layer sensitivity heat map](${HEATMAP})`, '');
  const mixed = file.mixed;
  if (mixed) {
    if (existsSync(join(dir, PARETO))) lines.push(`![Accuracy against model bytes](${PARETO})`, '');
    lines.push(
      `Every point is PTQ of the same float network plus ${mixed.finetuneEpochs} QAT epoch(s); the searched allocations come from the ${mixed.metric} budget's knapsack over the table.`,
      '',
      '| point | per-layer widths | model bytes | BOPs | test accuracy | best uniform within the budget | link |',
      '|---|---|---|---|---|---|---|',
      ...mixed.points.map((p) => `| ${p.label} | ${formatAllocation(table, p.allocation)} | ${p.bytes} | ${p.bops.toExponential(2).replace('e+', 'e')} | ${percent(p.accuracy)}% | ${
        p.comparedWith ? `${p.comparedWith.label} ${percent(p.comparedWith.accuracy)}%: ${p.comparedWith.reached ? 'reached' : '**not reached**'}` : p.kind === 'searched' ? 'none fits' : ''
      } | [open](${pageUrl}${p.link.startsWith('#') ? p.link : `#${p.link}`}) |`),
      '',
    );
  }
  return lines;
}
