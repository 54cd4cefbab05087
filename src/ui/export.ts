import { encodeConfig } from '../experiment/url';
import { finalAccuracy, isRunRecord, type RunRecord } from './run-record';

export const EXPORT_FORMAT = 'quantization-lab-runs';

/** Runs as a JSON document: format tag, version, export time and the full records. */
export function runsToJson(runs: readonly RunRecord[], exportedAt = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), runs }, null, 2);
}

/**
 * The runs of a document written by {@link runsToJson}: the records as they were, and how
 * many entries were not run records (skipped). Throws with a readable message when the
 * text is not such a document.
 */
export function runsFromJson(text: string): { runs: RunRecord[]; skipped: number } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const d = doc as { format?: unknown; version?: unknown; runs?: unknown } | null;
  if (typeof d !== 'object' || d === null || d.format !== EXPORT_FORMAT) throw new Error(`not a run export of the lab (its "format" is not "${EXPORT_FORMAT}")`);
  if (d.version !== 1) throw new Error(`an export of version ${String(d.version)}, which this lab does not read (it reads version 1)`);
  if (!Array.isArray(d.runs)) throw new Error('it has no list of runs');
  const runs = d.runs.filter(isRunRecord);
  return { runs, skipped: d.runs.length - runs.length };
}

export const CSV_COLUMNS = [
  'run_id',
  'run_name',
  'status',
  'backend',
  'created_at',
  'dataset',
  'architecture',
  'mode',
  'weight_quantizer',
  'weight_bits',
  'activation_quantizer',
  'activation_bits',
  'estimator',
  'regularizer',
  'lambda',
  'seed',
  'phase',
  'epoch',
  'loss',
  'train_accuracy',
  'test_accuracy',
  'test_loss',
  'learning_rate',
  'epoch_seconds',
  'final_test_accuracy',
  'run_seconds',
  'link_fragment',
] as const;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Runs as CSV, one row per epoch (a run stopped before its first epoch gets one row without epoch values). */
export function runsToCsv(runs: readonly RunRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const run of runs) {
    const c = run.config;
    const common = [
      run.id,
      run.name,
      run.status,
      run.backend,
      new Date(run.createdAt).toISOString(),
      c.dataset.id,
      c.architecture,
      c.mode,
      c.quant.weight.quantizer,
      c.quant.weight.quantizer === 'none' ? 32 : c.quant.weight.bits,
      c.quant.activation.quantizer,
      c.quant.activation.quantizer === 'none' ? 32 : c.quant.activation.bits,
      c.quant.estimator.id,
      c.regularizer.id,
      c.regularizer.lambda,
      c.seed,
    ];
    // Empty when the run has no result of its quantized network (see finalAccuracy).
    const tail = [finalAccuracy(run, run.final), run.final.seconds, encodeConfig(c)];
    const rows = run.epochs.length
      ? run.epochs.map((e) => [e.phase, e.epoch, e.loss, e.trainAccuracy, e.testAccuracy, e.testLoss, e.learningRate, e.seconds])
      : [[undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]];
    for (const row of rows) lines.push([...common, ...row, ...tail].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** A file name like `quantization-lab-runs-2025-01-31T12-00-00.csv`. */
export function exportFileName(extension: 'json' | 'csv', at = new Date()): string {
  return `quantization-lab-runs-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.${extension}`;
}
