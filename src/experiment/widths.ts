import { DATASET_INFO } from '../data/types';
import { defaultFilters, defaultUnits, widthProblem } from '../model/architectures';
import { WIDTH_LIMITS, type ExperimentConfig } from './config';

const { hiddenLayers, units, filters } = WIDTH_LIMITS;

/** What each width setting accepts, in the words of a notice. */
export const WIDTH_RULES = {
  units: `${hiddenLayers.min} to ${hiddenLayers.max} hidden dense layers of ${units.min} to ${units.max} units, e.g. units=512,512`,
  filters: `one width of ${filters.min} to ${filters.max} filters per convolution, e.g. filters=16,32`,
} as const;

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The hidden dense widths a config trains with. */
export const unitsOf = (config: Pick<ExperimentConfig, 'architecture' | 'units'>): number[] => [...(config.units ?? defaultUnits(config.architecture))];

/** The convolution filters a config trains with (none for the MLP). */
export const filtersOf = (config: Pick<ExperimentConfig, 'architecture' | 'filters'>): number[] => [...(config.filters ?? defaultFilters(config.architecture))];

/**
 * The config with these widths, without the overrides of layers the network no longer
 * has. The architecture's own widths are stored as an absent key (never as
 * `undefined`), so the config, its link and its hash stay as they were.
 */
export function withWidths(config: ExperimentConfig, widths: { units?: readonly number[]; filters?: readonly number[] }): ExperimentConfig {
  const next = { ...config };
  delete next.units;
  delete next.filters;
  if (widths.units && !same(widths.units, defaultUnits(config.architecture))) next.units = [...widths.units];
  if (widths.filters && !same(widths.filters, defaultFilters(config.architecture))) next.filters = [...widths.filters];
  const count = layerCount(next);
  const kept = Object.entries(config.quant.layers).filter(([index]) => Number(index) < count);
  if (kept.length < Object.keys(config.quant.layers).length) next.quant = { ...config.quant, layers: Object.fromEntries(kept) };
  return next;
}

/** Quantizable layers of a network: its convolutions, hidden dense layers and classifier. */
export const layerCount = (config: Pick<ExperimentConfig, 'architecture' | 'units' | 'filters'>): number =>
  defaultFilters(config.architecture).length + unitsOf(config).length + 1;

/**
 * The config switched to another architecture (or the same one on another dataset):
 * on a change the hidden widths are kept and the filters and layer overrides reset;
 * widths over the page's budget fall back to the architecture's own.
 */
export function withArchitecture(config: ExperimentConfig, architecture: ExperimentConfig['architecture']): ExperimentConfig {
  const next = architecture === config.architecture ? config : withWidths({ ...config, architecture, quant: { ...config.quant, layers: {} } }, { units: config.units });
  return widthsProblem(next) ? withWidths(next, {}) : next;
}

/** Why these widths cannot run with the config's dataset, or undefined. */
export function widthsProblem(config: ExperimentConfig): string | undefined {
  return widthProblem(config, DATASET_INFO[config.dataset.id].imageShape);
}

/**
 * Checks the widths against the architecture and the page's budget and the layer
 * overrides against the network's layers, in place: default widths become absent,
 * widths that do not fit fall back to the architecture's own and overrides of layers
 * the network lacks are dropped, one notice each.
 */
export function checkWidths(config: ExperimentConfig, notices: string[]): void {
  const normal = withWidths(config, { units: config.units, filters: config.filters });
  for (const key of ['units', 'filters'] as const) {
    if (normal[key]) config[key] = normal[key];
    else delete config[key];
  }
  if (config.filters && config.filters.length !== defaultFilters(config.architecture).length) {
    notices.push(`${widthsProblem(config)}; the architecture's own filters are used.`);
    delete config.filters;
  }
  const problem = widthsProblem(config);
  if (problem) {
    notices.push(`${problem[0].toUpperCase()}${problem.slice(1)}; the architecture's own widths are used.`);
    delete config.units;
    delete config.filters;
  }
  const count = layerCount(config);
  for (const index of Object.keys(config.quant.layers)) {
    if (Number(index) < count) continue;
    notices.push(`Layer ${index} does not exist in this network (layers 0–${count - 1}); its setting is dropped.`);
    delete config.quant.layers[index];
  }
}
