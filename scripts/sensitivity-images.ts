/**
 * `npm run sensitivity:images [-- FILE.json]`: writes the sensitivity heat map and the
 * accuracy-against-size plot as SVG next to the JSON that `qlab mixed --out` (or
 * `qlab sensitivity --out`, heat map only) wrote (default docs/sensitivity.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MixedFile } from '../src/cli/commands/mixed';
import { heatmapSvg, paretoSvg } from './sensitivity/svg';

export const HEATMAP_FILE = 'sensitivity-heatmap.svg';
export const PARETO_FILE = 'sensitivity-pareto.svg';

const path = process.argv[2] ?? 'docs/sensitivity.json';
let file: Partial<MixedFile>;
try {
  file = JSON.parse(readFileSync(path, 'utf8')) as Partial<MixedFile>;
} catch {
  console.error(`sensitivity-images: cannot read ${path} (write it with qlab sensitivity --out or qlab mixed --out)`);
  process.exit(2);
}
if (!file.sensitivity) {
  console.error(`sensitivity-images: ${path} holds no sensitivity table`);
  process.exit(2);
}
const dir = dirname(path);
const table = file.sensitivity;
const setting = `${file.link ?? ''}, ${table.trainCount} training / ${table.testCount} test images`;
writeFileSync(join(dir, HEATMAP_FILE), heatmapSvg(table, `Layer sensitivity: ${setting}`));
console.log(`wrote ${join(dir, HEATMAP_FILE)}`);
if (file.mixed?.points.length) {
  writeFileSync(join(dir, PARETO_FILE), paretoSvg(file.mixed.points, `Accuracy against size after PTQ + ${file.mixed.finetuneEpochs} QAT epoch(s)`));
  console.log(`wrote ${join(dir, PARETO_FILE)}`);
}
