import {
  ESTIMATOR_FACTS as ESTIMATORS,
  QUANTIZER_FACTS as QUANTIZERS,
  REGULARIZER_FACTS as REGULARIZERS,
  STANDARD_TRAINING,
  TRAINING_METHOD_FACTS as TRAINING_METHODS,
  TRAINING_METHOD_IDS,
  trainingMethodProblem,
  resolveParams,
  type ParamSpec,
} from '../quant/facts';
import { CONFIG_VERSION, ExperimentConfigSchema, OPTIONAL_SETTINGS, settingLabel, type ExperimentConfig, type QuantChoice } from './config';
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

function deletePath(tree: Tree, path: string[]): void {
  const parent = getPath(tree, path.slice(0, -1));
  if (isTree(parent)) delete parent[path[path.length - 1]];
}

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

const knownQuantizer = (id: unknown) => (typeof id === 'string' && Object.hasOwn(QUANTIZERS, id) ? QUANTIZERS[id as keyof typeof QUANTIZERS] : undefined);
const quantizerName = (id: unknown) => (id === 'none' ? 'float' : knownQuantizer(id)?.label);

/** A default value as the user reads it: a method by its label, a switch as on/off, a record as "none". */
function shownDefault(path: string[], value: unknown): string {
  const last = path[path.length - 1];
  if (last === 'quantizer') return quantizerName(value) ?? String(value);
  if (path.join('.') === 'quant.estimator.id') return ESTIMATORS[value as keyof typeof ESTIMATORS].label;
  if (path.join('.') === 'regularizer.id') return value === 'none' ? 'none' : REGULARIZERS[value as keyof typeof REGULARIZERS].label;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (isTree(value)) return Object.keys(value).length ? JSON.stringify(value) : 'none';
  return String(value);
}

/** The range of a quantizer's bit width, in words. */
const bitsRange = (bits: { min: number; max: number }) => (bits.min === bits.max ? `${bits.min} bit${bits.min > 1 ? 's' : ''}` : `${bits.min}–${bits.max} bits`);

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
  const optional = [...Object.keys(WIDTH_RULES).map((key) => [key]), ...OPTIONAL_SETTINGS.map((path) => [...path]), ['training']];
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
      if (path[0] === 'training') {
        notices.push(`Training method ${describe(getPath(migrated, path))} is not valid (methods: ${TRAINING_METHOD_IDS.join(', ')}); standard training is used.`);
        delete config.training;
        continue;
      }
      if (OPTIONAL_SETTINGS.some((optionalPath) => optionalPath.join('.') === path.join('.'))) {
        notices.push(`${settingLabel(path)} ${describe(getPath(migrated, path))} is not valid; it is left off.`);
        deletePath(config, path);
        continue;
      }
      // Bits out of the schema's range fall back to the default of the quantizer they belong to.
      const quantizer = path[path.length - 1] === 'bits' ? knownQuantizer(getPath(config, [...path.slice(0, -1), 'quantizer'])) : undefined;
      const previous = quantizer ? quantizer.bits.default : getPath(defaults, path);
      const reason = quantizer ? `is not valid for ${quantizer.label}, which takes ${bitsRange(quantizer.bits)}` : 'is not valid';
      notices.push(`${settingLabel(path)} ${describe(getPath(migrated, path))} ${reason}; using ${shownDefault(path, previous)}.`);
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
  const fixChoice = (choice: QuantChoice, bitsName: string, owner: string) => {
    if (choice.quantizer === 'none') return;
    const def = QUANTIZERS[choice.quantizer];
    if (choice.bits < def.bits.min || choice.bits > def.bits.max) {
      notices.push(`${bitsName} ${choice.bits} is not valid for ${def.label}, which takes ${bitsRange(def.bits)}; using ${def.bits.default}.`);
      choice.bits = def.bits.default;
    }
    choice.params = checkParams(def.params, choice.params, `${owner} ${def.label}`, notices);
  };
  fixChoice(config.quant.weight, 'Weight bits', 'Weight quantizer');
  fixChoice(config.quant.activation, 'Activation bits', 'Activation quantizer');
  for (const [index, override] of Object.entries(config.quant.layers)) {
    if (override.weight) fixChoice(override.weight, `Layer ${index} weight bits`, `Layer ${index} weight quantizer`);
    if (override.activation) fixChoice(override.activation, `Layer ${index} activation bits`, `Layer ${index} activation quantizer`);
  }
  if (config.training) {
    const method = TRAINING_METHODS[config.training.method];
    const problem = trainingMethodProblem(config.training.method, config.quant.weight.quantizer, config.mode);
    if (problem) notices.push(`${problem}; standard training is used.`);
    // Standard training is the absent setting, so its configs and links stay as they were.
    if (problem || config.training.method === STANDARD_TRAINING) delete config.training;
    else config.training.params = checkParams(method.params, config.training.params ?? {}, `Training method ${method.label}`, notices);
  }
  const estimator = ESTIMATORS[config.quant.estimator.id];
  config.quant.estimator.params = checkParams(estimator.params, config.quant.estimator.params, `Estimator ${estimator.label}`, notices);
  if (config.regularizer.id !== 'none') {
    const regularizer = REGULARIZERS[config.regularizer.id];
    config.regularizer.params = checkParams(regularizer.params, config.regularizer.params, `Regularizer ${regularizer.label}`, notices);
  } else if (Object.keys(config.regularizer.params).length) {
    config.regularizer.params = defaults.regularizer.params;
  }
}

/** Keeps the valid parameters, drops unknown or out-of-range ones with a notice each. */
function checkParams(specs: Record<string, ParamSpec>, given: Record<string, number>, owner: string, notices: string[]): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [name, value] of Object.entries(given)) {
    try {
      resolveParams(specs, { [name]: value });
      kept[name] = value;
    } catch {
      if (!Object.hasOwn(specs, name)) {
        const known = Object.keys(specs);
        notices.push(`${owner} has no parameter "${name}" (${known.length ? `it takes ${known.join(', ')}` : 'it takes none'}); ignored.`);
        continue;
      }
      const spec = specs[name];
      const range = `${spec.min} to ${spec.max}${spec.integer ? ', a whole number' : ''}`;
      notices.push(`${owner}: ${spec.label} (${name}) ${value} is not valid (${range}); using ${spec.default}.`);
    }
  }
  return kept;
}
