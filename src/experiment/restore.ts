import {
  ESTIMATOR_FACTS as ESTIMATORS,
  QUANTIZER_FACTS as QUANTIZERS,
  REGULARIZER_FACTS as REGULARIZERS,
  resolveParams,
  type ParamSpec,
} from '../quant/facts';
import { CONFIG_VERSION, ExperimentConfigSchema, type ExperimentConfig, type QuantChoice } from './config';
import { defaultConfig } from './defaults';
import { migrate } from './migrations';
import { checkWidths, WIDTH_RULES } from './widths';

/** A restored config and what had to be reset (or ignored) to get it. */
export interface Restored {
  config: ExperimentConfig;
  /** One sentence per setting that was reset to its default or ignored. */
  notices: string[];
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of the leaves of the default config (records of params and layers count as leaves). */
function leafPaths(node: unknown, prefix: string[] = []): string[][] {
  if (!isTree(node)) return [prefix];
  const key = prefix[prefix.length - 1];
  if (key === 'params' || key === 'layers') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

function getPath(tree: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

function setPath(tree: Tree, path: string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) node = node[key] as Tree;
  node[path[path.length - 1]] = value;
}

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * Restores an `ExperimentConfig` from untrusted data (a stored run, a decoded link, a
 * file): every setting that is missing, malformed, out of range or unknown falls back
 * to its default, one notice per reset, and the rest is kept. Never throws.
 */
export function restoreConfig(raw: unknown): Restored {
  const notices: string[] = [];
  const config = defaultConfig() as unknown as Tree;
  if (!isTree(raw)) {
    return { config: config as unknown as ExperimentConfig, notices: ['The experiment settings were not readable; the defaults are used.'] };
  }
  const migrated = migrate(raw, notices);
  // The widths are optional settings: absent from the defaults, read when given.
  const optional = Object.keys(WIDTH_RULES).map((key) => [key]);
  const paths = [...leafPaths(config).filter((path) => path[0] !== 'version'), ...optional];
  // Every given setting over the defaults, checked at once: the schema has no
  // cross-field rules, so an issue always lies under the one setting that caused it.
  const given = paths.filter((path) => getPath(migrated, path) !== undefined);
  for (const path of given) setPath(config, path, getPath(migrated, path));
  config.version = CONFIG_VERSION;
  const check = ExperimentConfigSchema.safeParse(config);
  if (!check.success) {
    const defaults = defaultConfig();
    const under = (issue: readonly PropertyKey[], path: string[]) => path.every((key, i) => String(issue[i]) === key);
    for (const path of given) {
      if (!check.error.issues.some((issue) => under(issue.path, path))) continue;
      if (path.length === 1 && path[0] in WIDTH_RULES) {
        const value = getPath(migrated, path);
        notices.push(`${path[0]}=${Array.isArray(value) ? value.join(',') : describe(value)} is not valid (${WIDTH_RULES[path[0] as keyof typeof WIDTH_RULES]}); the architecture's own widths are used.`);
        delete config[path[0]];
        continue;
      }
      const previous = getPath(defaults, path);
      notices.push(`${path.join('.')} = ${describe(getPath(migrated, path))} is not valid; reset to ${describe(previous)}.`);
      setPath(config, path, structuredClone(previous));
    }
    // Unreachable while the schema checks each setting on its own; kept so a future cross-field rule cannot let an invalid config through.
    if (!ExperimentConfigSchema.safeParse(config).success) {
      return { config: defaultConfig(), notices: [...notices, 'The experiment settings did not fit together; the defaults are used.'] };
    }
  }
  const typed = config as unknown as ExperimentConfig;
  checkSemantics(typed, notices);
  checkWidths(typed, notices);
  return { config: typed, notices };
}

/** Checks what the schema cannot: bits and parameters against each method's own ranges. */
function checkSemantics(config: ExperimentConfig, notices: string[]): void {
  const defaults = defaultConfig();
  const fixChoice = (choice: QuantChoice, where: string) => {
    if (choice.quantizer === 'none') return;
    const def = QUANTIZERS[choice.quantizer];
    if (choice.bits < def.bits.min || choice.bits > def.bits.max) {
      const range = def.bits.min === def.bits.max ? `is a ${def.bits.min}-bit quantizer` : `takes ${def.bits.min}–${def.bits.max} bits`;
      notices.push(`${where}: ${def.label} ${range}, not ${choice.bits}; reset to ${def.bits.default}.`);
      choice.bits = def.bits.default;
    }
    choice.params = checkParams(def.params, choice.params, `${where} (${def.label})`, notices);
  };
  fixChoice(config.quant.weight, 'weight quantizer');
  fixChoice(config.quant.activation, 'activation quantizer');
  for (const [index, override] of Object.entries(config.quant.layers)) {
    if (override.weight) fixChoice(override.weight, `layer ${index} weights`);
    if (override.activation) fixChoice(override.activation, `layer ${index} activations`);
  }
  config.quant.estimator.params = checkParams(ESTIMATORS[config.quant.estimator.id].params, config.quant.estimator.params, 'estimator', notices);
  if (config.regularizer.id !== 'none') {
    config.regularizer.params = checkParams(REGULARIZERS[config.regularizer.id].params, config.regularizer.params, 'regularizer', notices);
  } else if (Object.keys(config.regularizer.params).length) {
    config.regularizer.params = defaults.regularizer.params;
  }
}

/** Keeps the valid parameters, drops unknown or out-of-range ones with a notice each. */
function checkParams(specs: Record<string, ParamSpec>, given: Record<string, number>, where: string, notices: string[]): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [name, value] of Object.entries(given)) {
    try {
      resolveParams(specs, { [name]: value });
      kept[name] = value;
    } catch (error) {
      notices.push(`${where}: ${error instanceof Error ? error.message : String(error)}; reset to the default.`);
    }
  }
  return kept;
}
