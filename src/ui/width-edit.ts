import { WIDTH_LIMITS, type ExperimentConfig } from '../experiment/config';
import { filtersOf, unitsOf, widthsProblem, withWidths } from '../experiment/widths';

/** The widths a + / − control edits: the hidden dense layers' units or the convolutions' filters. */
export type WidthKind = 'units' | 'filters';

/** A width edit's result: the new config, or why the edit is refused (shown on the control). */
export type WidthEdit = { config: ExperimentConfig } | { refused: string };

function widthEdit(config: ExperimentConfig, kind: WidthKind, widths: number[]): WidthEdit {
  const next = withWidths(config, { units: kind === 'units' ? widths : config.units, filters: kind === 'filters' ? widths : config.filters });
  const problem = widthsProblem(next);
  return problem ? { refused: `${problem[0].toUpperCase()}${problem.slice(1)}.` } : { config: next };
}

/** One layer's width set to `value` (within the bounds of its kind). */
export function setWidth(config: ExperimentConfig, kind: WidthKind, index: number, value: number): WidthEdit {
  const { min, max } = WIDTH_LIMITS[kind];
  if (!Number.isInteger(value) || value < min || value > max) return { refused: `A width is a whole number from ${min} to ${max}.` };
  const widths = kind === 'units' ? unitsOf(config) : filtersOf(config);
  widths[index] = value;
  return widthEdit(config, kind, widths);
}

/** One layer twice as wide (+) or half as wide (−), kept within the bounds of its kind. */
export function stepWidth(config: ExperimentConfig, kind: WidthKind, index: number, direction: 1 | -1): WidthEdit {
  const { min, max } = WIDTH_LIMITS[kind];
  const current = (kind === 'units' ? unitsOf(config) : filtersOf(config))[index];
  const value = direction > 0 ? Math.min(max, current * 2) : Math.max(min, Math.round(current / 2));
  if (value === current) return { refused: direction > 0 ? `At most ${max} ${kind}.` : `At least ${min} ${kind}.` };
  return setWidth(config, kind, index, value);
}

/** A hidden dense layer added after the last one (as wide as it) or the last one removed. */
export function stepHiddenLayers(config: ExperimentConfig, direction: 1 | -1): WidthEdit {
  const units = unitsOf(config);
  const { min, max } = WIDTH_LIMITS.hiddenLayers;
  if (direction > 0 && units.length >= max) return { refused: `At most ${max} hidden layers.` };
  if (direction < 0 && units.length <= min) return { refused: `At least ${min} hidden layer.` };
  return widthEdit(config, 'units', direction > 0 ? [...units, units[units.length - 1]] : units.slice(0, -1));
}
