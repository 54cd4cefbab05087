import { CONFIG_VERSION, settingLabel, type ExperimentConfig, type LayerOverride, type QuantChoice } from './config';
import { defaultConfig } from './defaults';
import { PRESETS_BY_ID } from './presets';
import { restoreConfig } from './restore';
import { withWidths } from './widths';

/** Longest fragment a link may carry; longer ones are not parsed at all. */
export const MAX_FRAGMENT_LENGTH = 4000;

/** Page settings a link carries besides the experiment: a classroom link's hidden panels and lesson. */
export interface ViewState {
  hide: string[];
  /** The id of the lesson (a preset) whose text the page shows. */
  lesson?: string;
}

type Kind = 'int' | 'number' | 'bool' | 'string' | 'params' | 'ints';

/**
 * The link's vocabulary: one short key per setting, in the style of TensorFlow
 * Playground's declarative URL properties. Only settings that differ from the
 * defaults are written, so a link stays short and readable.
 */
const PROPS: { key: string; path: string[]; kind: Kind }[] = [
  { key: 'seed', path: ['seed'], kind: 'int' },
  { key: 'data', path: ['dataset', 'id'], kind: 'string' },
  { key: 'ntrain', path: ['dataset', 'trainLimit'], kind: 'int' },
  { key: 'ntest', path: ['dataset', 'testLimit'], kind: 'int' },
  { key: 'arch', path: ['architecture'], kind: 'string' },
  { key: 'units', path: ['units'], kind: 'ints' },
  { key: 'filters', path: ['filters'], kind: 'ints' },
  { key: 'bn', path: ['batchNorm'], kind: 'bool' },
  { key: 'wq', path: ['quant', 'weight', 'quantizer'], kind: 'string' },
  { key: 'wb', path: ['quant', 'weight', 'bits'], kind: 'int' },
  { key: 'wp', path: ['quant', 'weight', 'params'], kind: 'params' },
  { key: 'aq', path: ['quant', 'activation', 'quantizer'], kind: 'string' },
  { key: 'ab', path: ['quant', 'activation', 'bits'], kind: 'int' },
  { key: 'ap', path: ['quant', 'activation', 'params'], kind: 'params' },
  { key: 'est', path: ['quant', 'estimator', 'id'], kind: 'string' },
  { key: 'estp', path: ['quant', 'estimator', 'params'], kind: 'params' },
  { key: 'ff', path: ['quant', 'keepFirstLastFloat'], kind: 'bool' },
  { key: 'gb', path: ['quant', 'gradientBits'], kind: 'int' },
  { key: 'reg', path: ['regularizer', 'id'], kind: 'string' },
  { key: 'lam', path: ['regularizer', 'lambda'], kind: 'number' },
  { key: 'regp', path: ['regularizer', 'params'], kind: 'params' },
  { key: 'opt', path: ['optimizer', 'id'], kind: 'string' },
  { key: 'lr', path: ['optimizer', 'learningRate'], kind: 'number' },
  { key: 'mom', path: ['optimizer', 'momentum'], kind: 'number' },
  { key: 'wd', path: ['optimizer', 'weightDecay'], kind: 'number' },
  { key: 'sched', path: ['schedule', 'id'], kind: 'string' },
  { key: 'sstep', path: ['schedule', 'stepEpochs'], kind: 'int' },
  { key: 'sgamma', path: ['schedule', 'gamma'], kind: 'number' },
  { key: 'tm', path: ['training', 'method'], kind: 'string' },
  { key: 'tmp', path: ['training', 'params'], kind: 'params' },
  { key: 'epochs', path: ['epochs'], kind: 'int' },
  { key: 'bs', path: ['batchSize'], kind: 'int' },
  { key: 'mode', path: ['mode'], kind: 'string' },
  { key: 'cal', path: ['ptq', 'calibrationBatches'], kind: 'int' },
  { key: 'ft', path: ['ptq', 'finetuneEpochs'], kind: 'int' },
  { key: 'backend', path: ['backend'], kind: 'string' },
];
const LAYERS_KEY = 'layers';
const VERSION_KEY = 'v';
const HIDE_KEY = 'hide';
const LESSON_KEY = 'lesson';
/** The form of a panel or control id in a link's hide list. */
const HIDE_ID = /^[a-z][a-z0-9-]*$/;

/** Every key a link can carry. */
export const LINK_KEYS: readonly string[] = [VERSION_KEY, ...PROPS.map((p) => p.key), LAYERS_KEY, HIDE_KEY, LESSON_KEY];

/** What each link key is called in a notice. */
const KEY_LABELS: Record<string, string> = {
  [VERSION_KEY]: 'Link version',
  [LAYERS_KEY]: 'Per-layer settings',
  [HIDE_KEY]: 'Hidden panels',
  [LESSON_KEY]: 'Lesson',
  ...Object.fromEntries(PROPS.map((p) => [p.key, settingLabel(p.path)])),
};

/** A value from a link as a notice quotes it: in quotes, cut at 40 characters. */
const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

const get = (tree: unknown, path: string[]) => path.reduce<any>((node, key) => node?.[key], tree);
function set(tree: Record<string, any>, path: string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path[path.length - 1]] = value;
}

function formatValue(kind: Kind, value: unknown): string {
  if (kind === 'bool') return value ? '1' : '0';
  // Params of an absent optional setting (the training method) are written as nothing.
  if (kind === 'params') return value === undefined ? '' : formatParams(value as Record<string, number>);
  // An absent list (the architecture's widths) is written as nothing.
  if (kind === 'ints') return value === undefined ? '' : (value as number[]).join(',');
  // An absent optional setting (float gradients) is written as nothing.
  if (value === undefined) return '';
  return String(value);
}

const formatParams = (params: Record<string, number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');

/** Parses `name:value,name:value`; returns undefined when malformed. */
function parseParams(text: string): Record<string, number> | undefined {
  if (text === '') return {};
  const params: Record<string, number> = {};
  for (const part of text.split(',')) {
    const m = /^([A-Za-z][A-Za-z0-9_]*):(.+)$/.exec(part);
    if (!m || !Number.isFinite(Number(m[2]))) return undefined;
    params[m[1]] = Number(m[2]);
  }
  return params;
}

function parseValue(kind: Kind, text: string): unknown {
  switch (kind) {
    case 'int':
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'bool':
      return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : text;
    case 'params':
      return parseParams(text) ?? text;
    case 'ints':
      return /^\d{1,6}(,\d{1,6})*$/.test(text) ? text.split(',').map(Number) : text;
    default:
      return text;
  }
}

/** The quantizer of a layer override: `quantizer.bits` or `quantizer.bits.name:v,name:v`. */
function formatChoice(choice: QuantChoice): string {
  const params = formatParams(choice.params);
  return `${choice.quantizer}.${choice.bits}${params ? `.${params}` : ''}`;
}

function parseChoice(text: string): unknown {
  const m = /^([a-z0-9-]+)\.(\d+)(?:\.(.*))?$/.exec(text);
  if (!m) return text;
  return { quantizer: m[1], bits: Number(m[2]), params: m[3] === undefined ? {} : parseParams(m[3]) ?? m[3] };
}

/**
 * Layer overrides as `index:flag_flag;…` with flags `f` (keep float), `q` (quantize),
 * `w.<choice>` (weights) and `a.<choice>` (input activations).
 */
function formatLayers(layers: Record<string, LayerOverride>): string {
  return Object.entries(layers)
    .map(([index, o]) => {
      const flags: string[] = [];
      if (o.keepFloat !== undefined) flags.push(o.keepFloat ? 'f' : 'q');
      if (o.weight) flags.push(`w.${formatChoice(o.weight)}`);
      if (o.activation) flags.push(`a.${formatChoice(o.activation)}`);
      return `${index}:${flags.join('_')}`;
    })
    .join(';');
}

function parseLayers(text: string, notices: string[]): Record<string, unknown> {
  const layers: Record<string, unknown> = {};
  for (const entry of text.split(';').filter(Boolean)) {
    const m = /^(\d+):(.*)$/.exec(entry);
    if (!m) {
      notices.push(`Layer setting "${entry}" is not of the form index:flags; ignored.`);
      continue;
    }
    const override: Record<string, unknown> = {};
    for (const flag of m[2].split('_').filter(Boolean)) {
      if (flag === 'f' || flag === 'q') override.keepFloat = flag === 'f';
      else if (flag.startsWith('w.')) override.weight = parseChoice(flag.slice(2));
      else if (flag.startsWith('a.')) override.activation = parseChoice(flag.slice(2));
      else notices.push(`Layer ${m[1]}: unknown flag "${flag}"; ignored.`);
    }
    layers[m[1]] = override;
  }
  return layers;
}

/** The link fragment (without `#`) for a config: the version plus every non-default setting. */
export function encodeConfig(given: ExperimentConfig, view: ViewState = { hide: [] }): string {
  // The architecture's own widths, even when spelled out, are not written.
  const config = withWidths(given, given);
  const defaults = defaultConfig();
  const params = new URLSearchParams();
  params.set(VERSION_KEY, String(CONFIG_VERSION));
  for (const { key, path, kind } of PROPS) {
    const value = get(config, path);
    if (formatValue(kind, value) !== formatValue(kind, get(defaults, path))) params.set(key, formatValue(kind, value));
  }
  const layers = formatLayers(config.quant.layers);
  if (layers) params.set(LAYERS_KEY, layers);
  if (view.hide.length) params.set(HIDE_KEY, view.hide.join(','));
  if (view.lesson) params.set(LESSON_KEY, view.lesson);
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

/** Why a whole link was refused before any of its settings were read. */
export interface LinkError {
  kind: 'too-long' | 'unsupported-version';
  /** One sentence, shown to the user (and by the CLI). */
  message: string;
}

/** A config and view decoded from a link, with a notice for everything reset or ignored. */
export interface Decoded {
  config: ExperimentConfig;
  view: ViewState;
  notices: string[];
  /** Set when the link was refused as a whole: `config` is then the defaults and `notices` holds `error.message`. */
  error?: LinkError;
}

function refused(kind: LinkError['kind'], message: string): Decoded {
  return { config: defaultConfig(), view: { hide: [] }, notices: [message], error: { kind, message } };
}

/**
 * Decodes a link fragment (with or without `#`). Never throws. A link over
 * {@link MAX_FRAGMENT_LENGTH} characters or of an unknown version (newer than this
 * lab, or not a number) is refused as a whole: the defaults and a typed `error`. A link
 * without a version, or of an older one, is migrated. Otherwise each malformed or
 * out-of-range setting falls back to its default with a notice naming it.
 */
export function decodeConfig(fragment: string): Decoded {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const notices: string[] = [];
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return refused('too-long', `The link is too long (${text.length} characters, at most ${MAX_FRAGMENT_LENGTH}); the default experiment is shown.`);
  }
  // URLSearchParams never throws: malformed percent escapes are kept as they are.
  const params = new URLSearchParams(text);
  const raw: Record<string, any> = {};
  const version = params.get(VERSION_KEY);
  if (version !== null && (!/^\d{1,6}$/.test(version) || Number(version) > CONFIG_VERSION)) {
    const shown = version.length > 20 ? `${version.slice(0, 20)}…` : version;
    return refused('unsupported-version', `Unsupported link version "${shown}" (this lab reads versions up to ${CONFIG_VERSION}); the default experiment is shown.`);
  }
  // No version: the layout of version 0, upgraded by the migrations.
  raw.version = version === null ? 0 : Number(version);
  const known = new Set([VERSION_KEY, LAYERS_KEY, HIDE_KEY, LESSON_KEY, ...PROPS.map((p) => p.key)]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) {
      notices.push(`Unknown link setting "${key}" ignored.`);
      continue;
    }
    // URLSearchParams.get reads the first of repeated keys; say so rather than pick silently.
    const values = params.getAll(key);
    if (values.length > 1) {
      notices.push(`${KEY_LABELS[key]} (${key}) is given ${values.length} times in the link (${values.map(quote).join(', ')}); using the first, ${quote(values[0])}.`);
    }
  }
  for (const { key, path, kind } of PROPS) {
    const value = params.get(key);
    if (value !== null) set(raw, path, parseValue(kind, value));
  }
  const layers = params.get(LAYERS_KEY);
  if (layers !== null) set(raw, ['quant', 'layers'], parseLayers(layers, notices));
  // Sub-objects the link left out must still be complete for restoreConfig.
  const restored = restoreConfig(fillFromDefaults(raw));
  const hide: string[] = [];
  for (const id of (params.get(HIDE_KEY) ?? '').split(',').filter(Boolean)) {
    if (HIDE_ID.test(id)) hide.push(id);
    else notices.push(`Unknown panel or control ${quote(id)} in the hidden panels (hide); ignored.`);
  }
  const view: ViewState = { hide };
  const lesson = params.get(LESSON_KEY);
  if (lesson !== null) {
    if (PRESETS_BY_ID.has(lesson)) view.lesson = lesson;
    else notices.push(`Unknown lesson ${quote(lesson)} in the link; no lesson text is shown.`);
  }
  return { config: restored.config, view, notices: [...notices, ...restored.notices] };
}

function fillFromDefaults(raw: Record<string, any>): Record<string, any> {
  const merged = defaultConfig() as unknown as Record<string, any>;
  const walk = (target: Record<string, any>, source: Record<string, any>) => {
    for (const [k, v] of Object.entries(source)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && target[k] && typeof target[k] === 'object' && k !== 'params' && k !== 'layers') walk(target[k], v);
      else target[k] = v;
    }
  };
  walk(merged, raw);
  return merged;
}
