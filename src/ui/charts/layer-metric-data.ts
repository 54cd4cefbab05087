import type { EpochRecord } from '../../train/events';

/**
 * Rows of a training method's per-layer metric over the epochs (`${prefix}${index}` in
 * each record's `method` numbers): one row per epoch with `epoch` and `l<index>`, the
 * layers as `layerIndices` lists them; missing values stay undefined.
 */
export function layerMetricRows(epochs: readonly Pick<EpochRecord, 'epoch' | 'method'>[], prefix: string, layerIndices: readonly number[]): Record<string, number | undefined>[] {
  return epochs.map((e) => {
    const row: Record<string, number | undefined> = { epoch: e.epoch };
    for (const index of layerIndices) row[`l${index}`] = e.method?.[`${prefix}${index}`];
    return row;
  });
}
