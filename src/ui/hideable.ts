/**
 * Panels and controls a classroom link can hide with `hide=id,id,…` (TensorFlow
 * Playground's `_hide` flags). Ids are lowercase words joined by `-`, the only form a
 * link's `hide` list accepts. Each id is also the element's `data-hide-id`, and each
 * panel's `data-testid` is `panel-<id>`.
 *
 * Panels: presets, configure, explain, watch, run-controls, share, runs,
 *   histogram, curves, layer-error, summary, samples, confusion, deploy, sensitivity.
 * Controls (in Configure): config-dataset, config-data-limits, config-architecture,
 *   config-layers, config-weight, config-activation, config-estimator, config-gradients,
 *   config-regularizer, config-optimizer, config-training-method, config-schedule, config-epochs,
 *   config-batch-size, config-seed, config-mode, config-backend.
 */
export const HIDEABLE_PANELS = [
  'presets',
  'configure',
  'explain',
  'watch',
  'run-controls',
  'share',
  'runs',
  'histogram',
  'curves',
  'layer-error',
  'summary',
  'samples',
  'confusion',
  'deploy',
  'sensitivity',
] as const;

export const HIDEABLE_CONTROLS = [
  'config-dataset',
  'config-data-limits',
  'config-architecture',
  'config-layers',
  'config-weight',
  'config-activation',
  'config-estimator',
  'config-gradients',
  'config-regularizer',
  'config-optimizer',
  'config-training-method',
  'config-schedule',
  'config-epochs',
  'config-batch-size',
  'config-seed',
  'config-mode',
  'config-backend',
] as const;

export type HideableId = (typeof HIDEABLE_PANELS)[number] | (typeof HIDEABLE_CONTROLS)[number];

const KNOWN: ReadonlySet<string> = new Set<string>([...HIDEABLE_PANELS, ...HIDEABLE_CONTROLS]);

/** Splits a link's hide list into the ids the page knows and the ones it ignores. */
export function partitionHidden(hide: readonly string[]): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const id of hide) (KNOWN.has(id) ? known : unknown).push(id);
  return { known: [...new Set(known)], unknown: [...new Set(unknown)] };
}
