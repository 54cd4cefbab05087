import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESTIMATOR_FACTS, QUANTIZER_FACTS, REGULARIZER_FACTS, type ParamSpec } from '../quant/facts';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS } from '../quant/types';
import {
  ARCHITECTURE_IDS,
  BACKEND_IDS,
  CONFIG_VERSION,
  DATASET_IDS,
  ExperimentConfigSchema,
  MODE_IDS,
  OPTIMIZER_IDS,
  SCHEDULE_IDS,
  type ExperimentConfig,
  type LayerOverride,
  type QuantChoice,
} from './config';
import { defaultConfig } from './defaults';
import { restoreConfig } from './restore';
import { PRESETS, PRESETS_BY_ID } from './presets';
import { decodeConfig, encodeConfig, MAX_FRAGMENT_LENGTH, type Decoded } from './url';
import { defaultFilters, placeLayers } from '../model/architectures';
import { DATASET_INFO } from '../data/types';
import { widthsProblem, withWidths } from './widths';

/** Link property tests: 10 000 cases each (issue 9, "Links"). */
const RUNS = { numRuns: 10_000 };

/** A finite double in [min, max] without −0 (a link writes −0 as 0). */
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const valueOf = (spec: ParamSpec) => (spec.integer ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) }) : double(spec.min, spec.max));

/** Any subset of a method's parameters, each within its range. */
function paramsOf(specs: Record<string, ParamSpec>): fc.Arbitrary<Record<string, number>> {
  const entries = Object.entries(specs);
  if (!entries.length) return fc.constant({});
  return fc.record(Object.fromEntries(entries.map(([name, spec]) => [name, valueOf(spec)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>;
}

const choice: fc.Arbitrary<QuantChoice> = fc.oneof(
  fc.integer({ min: 1, max: 32 }).map((bits): QuantChoice => ({ quantizer: 'none', bits, params: {} })),
  fc.constantFrom(...QUANTIZER_IDS).chain((id) => {
    const facts = QUANTIZER_FACTS[id];
    return fc.record({ quantizer: fc.constant(id), bits: fc.integer({ min: facts.bits.min, max: facts.bits.max }), params: paramsOf(facts.params) });
  }),
);

const override: fc.Arbitrary<LayerOverride> = fc.record({ keepFloat: fc.boolean(), weight: choice, activation: choice }, { requiredKeys: [] });

/** Every valid config without its widths and layer overrides, which depend on the architecture. */
const baseConfig = fc.record({
  version: fc.constant(CONFIG_VERSION as 1),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  dataset: fc.record({ id: fc.constantFrom(...DATASET_IDS), trainLimit: fc.integer({ min: 0, max: 60000 }), testLimit: fc.integer({ min: 0, max: 10000 }) }),
  architecture: fc.constantFrom(...ARCHITECTURE_IDS),
  batchNorm: fc.boolean(),
  quant: fc.record({
    weight: choice,
    activation: choice,
    estimator: fc.constantFrom(...ESTIMATOR_IDS).chain((id) => fc.record({ id: fc.constant(id), params: paramsOf(ESTIMATOR_FACTS[id].params) })),
    keepFirstLastFloat: fc.boolean(),
  }),
  regularizer: fc.oneof(
    double(0, 10).map((lambda) => ({ id: 'none' as const, lambda, params: {} })),
    fc.constantFrom(...REGULARIZER_IDS).chain((id) => fc.record({ id: fc.constant(id), lambda: double(0, 10), params: paramsOf(REGULARIZER_FACTS[id].params) })),
  ),
  optimizer: fc.record({ id: fc.constantFrom(...OPTIMIZER_IDS), learningRate: double(Number.MIN_VALUE, 10), momentum: double(0, 0.999), weightDecay: double(0, 1) }),
  schedule: fc.record({ id: fc.constantFrom(...SCHEDULE_IDS), stepEpochs: fc.integer({ min: 1, max: 100 }), gamma: double(Number.MIN_VALUE, 1) }),
  epochs: fc.integer({ min: 1, max: 100 }),
  batchSize: fc.integer({ min: 1, max: 1024 }),
  mode: fc.constantFrom(...MODE_IDS),
  ptq: fc.record({ calibrationBatches: fc.integer({ min: 1, max: 100 }), finetuneEpochs: fc.integer({ min: 0, max: 20 }) }),
  backend: fc.constantFrom(...BACKEND_IDS),
});

/** Widths for an architecture, each list absent or within its bounds (the architecture's own normalise to absent). */
const widthsFor = (architecture: ExperimentConfig['architecture']) => {
  const convs = defaultFilters(architecture).length;
  return fc.record({
    units: fc.option(fc.array(fc.integer({ min: 8, max: 2048 }), { minLength: 1, maxLength: 4 }), { nil: undefined }),
    filters: convs ? fc.option(fc.array(fc.integer({ min: 4, max: 256 }), { minLength: convs, maxLength: convs }), { nil: undefined }) : fc.constant(undefined),
  });
};

/** Every valid config: every field over its whole range, with widths within the page's budget, per-layer overrides of existing layers and method parameters. */
const validConfig: fc.Arbitrary<ExperimentConfig> = baseConfig.chain((base) =>
  widthsFor(base.architecture)
    .map((widths) => withWidths({ ...base, quant: { ...base.quant, layers: {} } }, widths))
    .filter((config) => widthsProblem(config) === undefined)
    .chain((config) => {
      const layerCount = placeLayers(config, DATASET_INFO[config.dataset.id].imageShape).length;
      return fc.dictionary(fc.nat({ max: layerCount - 1 }).map(String), override, { maxKeys: 3 }).map((layers) => ({ ...config, quant: { ...config.quant, layers } }));
    }),
);

const HTML = '<img src=x onerror=alert(1)>';
const SCRIPT_URL = 'javascript:alert(1)';
/** Values a hostile or damaged link may carry. */
const NASTY = ['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '-1', '0', '33', '-0', '1.5', '', 'constructor', '__proto__', 'prototype', 'toString', HTML, SCRIPT_URL, '%', '%zz', '&', '=', ';', ':', '_', '.', ',', '#', '\u0000', '\ud800'];

/** Every string value of a decoded config (ids only, if no text from the link survived). */
function stringsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) stringsOf(v, out);
  return out;
}

/**
 * What any decoded link must be: refused with a typed error and the defaults, or a
 * valid config that restores again unchanged and without a notice (everything bad was
 * already reset), holding no text but ids.
 */
function expectWellFormed(decoded: Decoded): void {
  if (decoded.error) {
    expect(['too-long', 'unsupported-version']).toContain(decoded.error.kind);
    expect(decoded.config).toEqual(defaultConfig());
    expect(decoded.notices).toEqual([decoded.error.message]);
    return;
  }
  expect(ExperimentConfigSchema.safeParse(decoded.config).success).toBe(true);
  const again = restoreConfig(structuredClone(decoded.config));
  expect(again.notices).toEqual([]);
  expect(again.config).toEqual(decoded.config);
  expect(stringsOf(decoded.config).filter((text) => !/^[a-z0-9-]+$/.test(text))).toEqual([]);
  expect(Object.keys(decoded.config.quant.layers).filter((key) => !/^\d+$/.test(key))).toEqual([]);
  expect(decoded.notices.every((notice) => typeof notice === 'string')).toBe(true);
}

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('links: properties (10 000 cases each)', () => {
  it('decode(encode(c)) equals c for every valid config, without a notice', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const fragment = encodeConfig(config);
        expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        const decoded = decodeConfig(`#${fragment}`);
        expect(decoded.error).toBeUndefined();
        expect(decoded.notices).toEqual([]);
        expect(decoded.config).toEqual(config);
      }),
      RUNS,
    );
  });

  it('decoding arbitrary text never throws: a typed error, or a valid config and the list of resets', () => {
    const pair = fc.tuple(fc.constantFrom('v', 'seed', 'wq', 'wb', 'wp', 'lr', 'epochs', 'layers', 'hide', 'lesson', 'est', 'reg', 'units', 'filters', 'arch', 'x'), fc.oneof(fc.string(), fc.constantFrom(...NASTY)));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    const before = prototypeNames();
    fc.assert(fc.property(text, (fragment) => expectWellFormed(decodeConfig(fragment))), RUNS);
    expect(prototypeNames()).toEqual(before);
  });

  it('decoding a mutated valid link never throws: a typed error, or a valid config and the list of resets', () => {
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 4 })) }),
      fc.record({ kind: fc.constant('value' as const), at: fc.nat(), text: fc.constantFrom(...NASTY) }),
    );
    type Mutation = { kind: 'truncate'; at: number } | { kind: 'delete'; at: number; length: number } | { kind: 'insert' | 'value'; at: number; text: string };
    const apply = (link: string, m: Mutation): string => {
      const at = m.at % (link.length + 1);
      if (m.kind === 'truncate') return link.slice(0, at);
      if (m.kind === 'delete') return link.slice(0, at) + link.slice(at + m.length);
      if (m.kind === 'insert') return link.slice(0, at) + m.text + link.slice(at);
      // Replaces the value of the pair at `at` (keys stay, so a setting gets a hostile value).
      const pairs = link.split('&');
      const i = m.at % pairs.length;
      pairs[i] = `${pairs[i].split('=')[0]}=${m.text}`;
      return pairs.join('&');
    };
    const before = prototypeNames();
    fc.assert(
      fc.property(validConfig, fc.array(mutation, { minLength: 1, maxLength: 4 }), (config, mutations) => {
        const link = mutations.reduce(apply, encodeConfig(config));
        expectWellFormed(decodeConfig(link));
      }),
      RUNS,
    );
    expect(prototypeNames()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('links: cases', () => {
  const rich = () => {
    const config = defaultConfig();
    config.seed = 7;
    config.architecture = 'cnn-small';
    config.quant.weight = { quantizer: 'dorefa', bits: 2, params: {} };
    config.quant.layers = { '1': { keepFloat: false, activation: { quantizer: 'pact', bits: 3, params: { alpha: 4 } } } };
    config.epochs = 3;
    return config;
  };

  it('a truncated link keeps what arrived whole and resets the cut setting, at every cut', () => {
    const link = encodeConfig(rich());
    for (let at = 0; at <= link.length; at++) expectWellFormed(decodeConfig(link.slice(0, at)));
    const cut = decodeConfig('v=1&seed=7&arch=cnn-sm');
    expect(cut.config.seed).toBe(7);
    expect(cut.config.architecture).toBe(defaultConfig().architecture);
    expect(cut.notices).toEqual(['Architecture "cnn-sm" is not valid; using mlp.']);
    const layers = decodeConfig('v=1&layers=1:q_a.pact.3.alp');
    expect(layers.config.quant.layers).toEqual({});
    expect(layers.notices.join(' ')).toContain('Per-layer settings');
  });

  it('a link over the length cap is refused before decoding', () => {
    const long = `v=1&seed=7&bogus=${'x'.repeat(MAX_FRAGMENT_LENGTH)}`;
    const decoded = decodeConfig(long);
    expect(decoded.error?.kind).toBe('too-long');
    expect(decoded.config).toEqual(defaultConfig());
    // Not parsed: neither the seed nor the unknown key was read.
    expect(decoded.notices).toEqual([expect.stringMatching(/^The link is too long \(\d+ characters, at most 4000\)/)]);
    const atCap = `v=1&seed=7&wp=${'0'.repeat(MAX_FRAGMENT_LENGTH - 14)}`;
    expect(atCap.length).toBe(MAX_FRAGMENT_LENGTH);
    expect(decodeConfig(atCap).error).toBeUndefined();
    expect(decodeConfig(atCap).config.seed).toBe(7);
  });

  it('an unknown version is refused with "unsupported link version"; no version and older versions are migrated', () => {
    for (const v of ['2', '99', '999999', '1234567', 'abc', '-1', '1.5', '', '1e0', '%2D1']) {
      const decoded = decodeConfig(`v=${v}&seed=3`);
      expect(decoded.error?.kind, v).toBe('unsupported-version');
      expect(decoded.error?.message, v).toMatch(/^Unsupported link version/);
      expect(decoded.config, v).toEqual(defaultConfig());
    }
    for (const fragment of ['seed=3', 'v=0&seed=3', 'v=00&seed=3', '#v=1&seed=3']) {
      const decoded = decodeConfig(fragment);
      expect(decoded.error, fragment).toBeUndefined();
      expect(decoded.notices, fragment).toEqual([]);
      expect(decoded.config.seed, fragment).toBe(3);
      expect(decoded.config.version).toBe(CONFIG_VERSION);
    }
  });

  it('resets NaN, ±Infinity, 1e308, negative epochs and bits 0 or 33, each with a notice', () => {
    const d = defaultConfig();
    const cases: Array<[string, (c: ExperimentConfig) => unknown, string]> = [
      ['lr=NaN', (c) => c.optimizer.learningRate, 'Learning rate "NaN" is not valid; using 0.001.'],
      ['lr=Infinity', (c) => c.optimizer.learningRate, 'Learning rate "Infinity" is not valid'],
      ['lr=-Infinity', (c) => c.optimizer.learningRate, 'Learning rate "-Infinity" is not valid'],
      ['lr=1e308', (c) => c.optimizer.learningRate, 'Learning rate 1e+308 is not valid'],
      ['lam=1e308', (c) => c.regularizer.lambda, 'Regularizer strength λ 1e+308 is not valid; using 0.'],
      ['mom=NaN', (c) => c.optimizer.momentum, 'Momentum "NaN" is not valid; using 0.9.'],
      ['seed=1e308', (c) => c.seed, 'Seed 1e+308 is not valid; using 1.'],
      ['seed=-Infinity', (c) => c.seed, 'Seed "-Infinity" is not valid'],
      ['epochs=-3', (c) => c.epochs, 'Epochs -3 is not valid; using 5.'],
      ['epochs=1e308', (c) => c.epochs, 'Epochs 1e+308 is not valid'],
      ['bs=Infinity', (c) => c.batchSize, 'Batch size "Infinity" is not valid; using 64.'],
      ['ntrain=NaN', (c) => c.dataset.trainLimit, 'Training examples "NaN" is not valid; using 0.'],
      ['sgamma=-1e308', (c) => c.schedule.gamma, 'Schedule factor γ -1e+308 is not valid; using 0.5.'],
      ['wq=uniform&wb=0', (c) => c.quant.weight.bits, 'Weight bits 0 is not valid for Uniform symmetric, which takes 2–8 bits; using 4.'],
      ['wq=uniform&wb=33', (c) => c.quant.weight.bits, 'Weight bits 33 is not valid for Uniform symmetric, which takes 2–8 bits; using 4.'],
      ['aq=affine&ab=33', (c) => c.quant.activation.bits, 'Activation bits 33 is not valid for Affine int-k, which takes 1–8 bits; using 8.'],
      ['wq=uniform&wb=9', (c) => c.quant.weight.bits, 'Weight bits 9 is not valid for Uniform symmetric, which takes 2–8 bits; using 4.'],
    ];
    for (const [query, read, named] of cases) {
      const decoded = decodeConfig(query.startsWith('seed') ? `v=1&${query}` : `v=1&seed=5&${query}`);
      expectWellFormed(decoded);
      // Bits out of range fall back to their quantizer's default width.
      const base = query.startsWith('wq=uniform') ? QUANTIZER_FACTS.uniform.bits.default : query.startsWith('aq=affine') ? QUANTIZER_FACTS.affine.bits.default : read(d);
      expect(read(decoded.config), query).toBe(base);
      expect(decoded.notices.join('\n'), query).toContain(named);
      if (!query.startsWith('seed')) expect(decoded.config.seed, query).toBe(5);
    }
    // Inside parameters and layer overrides too.
    for (const query of ['wq=pact&wp=alpha:NaN', 'wq=pact&wp=alpha:Infinity', 'wq=pact&wp=alpha:1e308', 'layers=1:w.uniform.33', 'layers=1:w.uniform.0', 'layers=1:a.pact.4.alpha:-Infinity']) {
      const decoded = decodeConfig(`v=1&${query}`);
      expectWellFormed(decoded);
      expect(decoded.notices.length, query).toBeGreaterThan(0);
      expect(decoded.config.quant.weight.params, query).toEqual({});
      expect(decoded.config.quant.layers['1']?.weight, query).toBeUndefined();
    }
  });

  it('rejects unknown quantizer ids, `constructor` and `__proto__` included, leaving Object.prototype unchanged', () => {
    const before = prototypeNames();
    for (const id of ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'nope']) {
      for (const query of [`wq=${id}`, `aq=${id}`, `est=${id}`, `reg=${id}`, `opt=${id}`, `layers=0:w.${id}.2`, `layers=0:a.${id}.2`, `wq=pact&wp=${id}:1`, `estp=${id}:1`, `layers=${id}:f`, `${id}=1`]) {
        const decoded = decodeConfig(`v=1&${query}`);
        expectWellFormed(decoded);
        expect(decoded.notices.length, query).toBeGreaterThan(0);
        expect(decoded.config.quant.weight.quantizer).toMatch(/^(xnor|pact)$/);
        expect(Object.keys(decoded.config.quant.layers)).toEqual([]);
        expect(Object.keys(decoded.config.quant.weight.params)).toEqual([]);
      }
    }
    // Stored or imported JSON: `__proto__` is an own key after JSON.parse.
    const json = JSON.parse(
      '{"version":1,"__proto__":{"polluted":1},"quant":{"__proto__":{"polluted":2},"weight":{"quantizer":"__proto__","bits":1,"params":{"__proto__":3,"constructor":4}},' +
        '"activation":{"quantizer":"constructor","bits":1,"params":{}},"layers":{"__proto__":{"keepFloat":true},"constructor":{"keepFloat":true}}},"regularizer":{"id":"toString","lambda":0,"params":{}}}',
    );
    const restored = restoreConfig(json);
    expect(ExperimentConfigSchema.safeParse(restored.config).success).toBe(true);
    expect(restored.config.quant.weight.quantizer).toBe('xnor');
    expect(restored.config.quant.activation.quantizer).toBe('sign');
    expect(restored.config.regularizer.id).toBe('none');
    expect(Object.keys(restored.config.quant.layers)).toEqual([]);
    expect(Object.keys(restored.config.quant.weight.params)).toEqual([]);
    expect(restored.notices.length).toBeGreaterThanOrEqual(4);
    expect(prototypeNames()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('HTML or javascript: in any string field is reset, never kept; the notice quotes it as text', () => {
    const keys = ['data', 'arch', 'units', 'filters', 'wq', 'aq', 'est', 'reg', 'opt', 'sched', 'mode', 'backend', 'layers', 'wp', 'bn', 'hide', 'lesson', 'evil'];
    for (const key of keys) {
      for (const value of [HTML, SCRIPT_URL, `"><script>alert(1)</script>`]) {
        const decoded = decodeConfig(`v=1&seed=9&${key}=${encodeURIComponent(value)}`);
        expectWellFormed(decoded);
        expect(decoded.config.seed).toBe(9);
        expect(stringsOf(decoded.config).filter((text) => /[<>"]|javascript/.test(text))).toEqual([]);
        expect(decoded.view).toEqual({ hide: [] });
        expect(decoded.notices.join('\n'), key).toContain(key === 'evil' ? '"evil"' : value);
      }
    }
  });
});

describe('links: lesson, repeated keys and hidden panels', () => {
  it('a lesson travels as lesson=<id> beside the config, which opens exactly as the link gives it', () => {
    for (const preset of PRESETS) {
      const config = structuredClone(preset.config);
      // A teacher's edit: the link's config wins over the lesson's own.
      config.epochs = 7;
      config.seed = 42;
      const fragment = encodeConfig(config, { hide: ['runs'], lesson: preset.id });
      expect(new URLSearchParams(fragment).get('lesson')).toBe(preset.id);
      const decoded = decodeConfig(`#${fragment}`);
      expect(decoded.notices, preset.id).toEqual([]);
      expect(decoded.view).toEqual({ hide: ['runs'], lesson: preset.id });
      expect(decoded.config).toEqual(config);
    }
    expect(encodeConfig(defaultConfig(), { hide: [] })).toBe('v=1');
    expect(decodeConfig('v=1').view).toEqual({ hide: [] });
  });

  it('an unknown lesson id gets a notice and no lesson', () => {
    for (const id of ['nope', '', 'constructor', '__proto__', 'BNN', 'bnn ']) {
      const decoded = decodeConfig(`v=1&seed=4&lesson=${encodeURIComponent(id)}`);
      expectWellFormed(decoded);
      expect(decoded.view.lesson, id).toBeUndefined();
      expect(decoded.config.seed).toBe(4);
      expect(decoded.notices, id).toEqual([`Unknown lesson "${id}" in the link; no lesson text is shown.`]);
    }
    expect(PRESETS_BY_ID.has('bnn')).toBe(true);
    expect(decodeConfig('v=1&lesson=bnn').view.lesson).toBe('bnn');
  });

  it('a repeated key gets a notice saying which value was used (the first)', () => {
    const decoded = decodeConfig('v=1&wq=uniform&wb=2&wb=4');
    expect(decoded.config.quant.weight.bits).toBe(2);
    expect(decoded.notices).toEqual(['Weight bits (wb) is given 2 times in the link ("2", "4"); using the first, "2".']);
    const three = decodeConfig('v=1&lesson=bnn&lesson=twn&lesson=nope&hide=runs&hide=explain');
    expect(three.view).toEqual({ hide: ['runs'], lesson: 'bnn' });
    expect(three.notices).toEqual([
      'Lesson (lesson) is given 3 times in the link ("bnn", "twn", "nope"); using the first, "bnn".',
      'Hidden panels (hide) is given 2 times in the link ("runs", "explain"); using the first, "runs".',
    ]);
    // A repeated value is cut in the notice.
    const long = decodeConfig(`v=1&seed=1&seed=${'7'.repeat(60)}`);
    expect(long.notices[0]).toContain(`"${'7'.repeat(40)}…"`);
  });

  it('a hide entry that is not an id gets a notice; well-formed ids are left to the page to check', () => {
    const decoded = decodeConfig(`v=1&hide=explain,Runs,${encodeURIComponent(HTML)},,config-seed`);
    expect(decoded.view.hide).toEqual(['explain', 'config-seed']);
    expect(decoded.notices).toEqual([
      'Unknown panel or control "Runs" in the hidden panels (hide); ignored.',
      `Unknown panel or control "${HTML}" in the hidden panels (hide); ignored.`,
    ]);
  });
});
