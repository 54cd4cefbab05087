import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE_IDS, BACKEND_IDS, ExperimentConfigSchema, OPTIONAL_SETTINGS, SETTING_LABELS, type ExperimentConfig } from './config';
import { DEFAULT_CONFIG, defaultConfig } from './defaults';
import { applyLesson, lessonDifferences, PRESETS, PRESETS_BY_ID } from './presets';
import { restoreConfig } from './restore';
import { resolveAllLayers } from './resolve';
import { decodeConfig, encodeConfig, MAX_FRAGMENT_LENGTH } from './url';

describe('ExperimentConfig', () => {
  it('the defaults satisfy the schema', () => {
    expect(ExperimentConfigSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
  });

  it('every preset is a valid config that restores without a notice', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) {
      const { config, notices } = restoreConfig(preset.config);
      expect(notices, preset.id).toEqual([]);
      expect(config).toEqual(preset.config);
    }
  });
});

describe('setting labels', () => {
  it('every setting of the config has a label for notices', () => {
    const leaves = (node: unknown, path: string[] = []): string[] =>
      node && typeof node === 'object' && path[path.length - 1] !== 'params' && path[path.length - 1] !== 'layers'
        ? Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]))
        : [path.join('.')];
    // The optional training method is labelled too (the widths are named by their link keys).
    const paths = [...leaves({ ...defaultConfig(), training: { method: 'slq', params: {} } }).filter((p) => p !== 'version'), ...OPTIONAL_SETTINGS.map((p) => p.join('.'))];
    expect(paths.filter((p) => !SETTING_LABELS[p])).toEqual([]);
    expect(Object.keys(SETTING_LABELS).sort()).toEqual([...paths].sort());
  });
});

describe('lessons on a page', () => {
  const cnn = PRESETS_BY_ID.get('cnn-small')!;
  const bnn = PRESETS_BY_ID.get('bnn')!;

  it('applying a lesson keeps the page’s dataset, set example counts and backend', () => {
    const page = defaultConfig();
    page.dataset = { id: 'fashion-mnist', trainLimit: 300, testLimit: 0 };
    page.backend = 'wasm';
    page.seed = 99;
    const applied = applyLesson(cnn, page);
    expect(applied.dataset).toEqual({ id: 'fashion-mnist', trainLimit: 300, testLimit: 2000 });
    expect(applied.backend).toBe('wasm');
    expect(applied.seed).toBe(cnn.config.seed);
    expect(applied.architecture).toBe('cnn-small');
    expect(lessonDifferences(cnn, applied)).toEqual([]);
  });

  it('names, in plain words, each setting in which the page differs from the lesson', () => {
    for (const preset of PRESETS) expect(lessonDifferences(preset, applyLesson(preset, defaultConfig())), preset.id).toEqual([]);
    const edited = applyLesson(bnn, defaultConfig());
    edited.epochs = 9;
    edited.quant.estimator = { id: 'ste', params: {} };
    edited.quant.layers = { '1': { keepFloat: true } };
    expect(lessonDifferences(bnn, edited)).toEqual(['Gradient estimator', 'Per-layer settings', 'Epochs']);
    // The CNN lesson names 2000 examples; using all of them is a change.
    const all = applyLesson(cnn, defaultConfig());
    all.dataset.trainLimit = 0;
    expect(lessonDifferences(cnn, all)).toEqual(['Training examples']);
    // Parameters compare by value, whatever their order.
    const pact = PRESETS_BY_ID.get('pact-4bit')!;
    const a = applyLesson(pact, defaultConfig());
    const withParams = (c: ExperimentConfig, params: Record<string, number>) => ({ ...c, quant: { ...c.quant, activation: { ...c.quant.activation, params } } });
    expect(lessonDifferences({ ...pact, config: withParams(pact.config, { alpha: 6, alphaDecay: 0.1 }) }, withParams(a, { alphaDecay: 0.1, alpha: 6 }))).toEqual([]);
    expect(lessonDifferences(pact, withParams(a, { alpha: 5 }))).toEqual(['Activation quantizer parameters']);
  });
});

describe('URL codec', () => {
  it('the default config encodes to just the version', () => {
    expect(encodeConfig(defaultConfig())).toBe('v=1');
  });

  it('every preset survives a round trip through its link', () => {
    for (const preset of PRESETS) {
      const decoded = decodeConfig(`#${encodeConfig(preset.config)}`);
      expect(decoded.notices, preset.id).toEqual([]);
      expect(decoded.config, preset.id).toEqual(preset.config);
    }
  });

  it('round-trips per-layer overrides, parameters and hidden panels', () => {
    const config = defaultConfig();
    config.quant.layers = {
      '0': { keepFloat: false, weight: { quantizer: 'dorefa', bits: 4, params: {} } },
      '2': { keepFloat: true },
      '1': { activation: { quantizer: 'pact', bits: 3, params: { alpha: 4 } } },
    };
    config.quant.weight = { quantizer: 'abc', bits: 1, params: { bases: 4 } };
    config.regularizer = { id: 'periodic', lambda: 0.001, params: { step: 0.25, offset: 0 } };
    const fragment = encodeConfig(config, { hide: ['explain', 'runs'] });
    expect(fragment).toContain('layers=');
    const decoded = decodeConfig(fragment);
    expect(decoded.notices).toEqual([]);
    expect(decoded.config).toEqual(config);
    expect(decoded.view.hide).toEqual(['explain', 'runs']);
  });

  it('random valid configs round-trip exactly', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          arch: fc.constantFrom(...ARCHITECTURE_IDS),
          lr: fc.double({ min: 1e-5, max: 1, noNaN: true }),
          epochs: fc.integer({ min: 1, max: 100 }),
          batch: fc.integer({ min: 1, max: 1024 }),
          backend: fc.constantFrom(...BACKEND_IDS),
          bits: fc.integer({ min: 2, max: 8 }),
          ff: fc.boolean(),
        }),
        (r) => {
          const config: ExperimentConfig = defaultConfig();
          config.seed = r.seed;
          config.architecture = r.arch;
          config.optimizer.learningRate = r.lr;
          config.epochs = r.epochs;
          config.batchSize = r.batch;
          config.backend = r.backend;
          config.quant.weight = { quantizer: 'uniform', bits: r.bits, params: {} };
          config.quant.keepFirstLastFloat = r.ff;
          const decoded = decodeConfig(encodeConfig(config));
          expect(decoded.notices).toEqual([]);
          expect(decoded.config).toEqual(config);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('resets each bad setting of a malformed link, keeps the good ones and says what it reset', () => {
    const decoded = decodeConfig('#v=1&lr=abc&wq=nope&epochs=5000&bs=32&seed=7&bogus=1&wb=9&arch=cnn-small&estp=beta:-3');
    const d = defaultConfig();
    expect(decoded.config.optimizer.learningRate).toBe(d.optimizer.learningRate);
    expect(decoded.config.quant.weight.quantizer).toBe(d.quant.weight.quantizer);
    expect(decoded.config.epochs).toBe(d.epochs);
    expect(decoded.config.batchSize).toBe(32);
    expect(decoded.config.seed).toBe(7);
    expect(decoded.config.architecture).toBe('cnn-small');
    const text = decoded.notices.join('\n');
    expect(decoded.notices).toEqual([
      'Unknown link setting "bogus" ignored.',
      'Weight quantizer "nope" is not valid; using XNOR-Net (BWN).',
      'Learning rate "abc" is not valid; using 0.001.',
      'Epochs 5000 is not valid; using 5.',
      'Weight bits 9 is not valid for XNOR-Net (BWN), which takes 1 bit; using 1.',
      'Estimator ApproxSign (Bi-Real) has no parameter "beta" (it takes none); ignored.',
    ]);
    // Plain words: no config paths such as quant.weight.bits or optimizer.learningRate.
    expect(text).not.toMatch(/\b(quant|optimizer|dataset|schedule)\.[a-z]/i);
    expect(ExperimentConfigSchema.safeParse(decoded.config).success).toBe(true);
  });

  it('never throws, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const decoded = decodeConfig(text);
        expect(ExperimentConfigSchema.safeParse(decoded.config).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    const tooLong = decodeConfig(`v=1&seed=${'9'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(tooLong.config).toEqual(defaultConfig());
    expect(tooLong.notices[0]).toMatch(/too long/);
  });

  it('a link from a newer version is refused with the defaults', () => {
    const decoded = decodeConfig('v=99&seed=3');
    expect(decoded.config).toEqual(defaultConfig());
    expect(decoded.error?.kind).toBe('unsupported-version');
    expect(decoded.notices).toEqual([expect.stringMatching(/^Unsupported link version "99"/)]);
  });
});

describe('restoreConfig', () => {
  it('restores stored JSON, resetting only what is wrong', () => {
    const stored = { ...defaultConfig(), seed: -4, epochs: 2, optimizer: { id: 'rmsprop', learningRate: 0.01, momentum: 0.9, weightDecay: 0 } };
    const { config, notices } = restoreConfig(JSON.parse(JSON.stringify(stored)));
    expect(config.seed).toBe(defaultConfig().seed);
    expect(config.epochs).toBe(2);
    expect(config.optimizer.id).toBe('adam');
    expect(config.optimizer.learningRate).toBe(0.01);
    expect(notices).toHaveLength(2);
  });

  it('reads unversioned data through the migrations', () => {
    const { version, ...unversioned } = defaultConfig();
    const { config, notices } = restoreConfig({ ...unversioned, seed: 42 });
    expect(version).toBe(1);
    expect(config.version).toBe(1);
    expect(config.seed).toBe(42);
    expect(notices).toEqual([]);
  });

  it('rejects garbage with one notice and the defaults', () => {
    expect(restoreConfig('not a config')).toEqual({ config: defaultConfig(), notices: [expect.stringMatching(/not readable/)] });
    expect(restoreConfig(null).config).toEqual(defaultConfig());
  });
});

describe('resolveLayerQuant', () => {
  it('keeps the first and last layers float unless overridden', () => {
    const config = defaultConfig();
    const layers = resolveAllLayers(config, 3);
    expect(layers.map((l) => l.keepFloat)).toEqual([true, false, true]);
    expect(layers[1].weight.quantizer).toBe('xnor');
    config.quant.layers = { '0': { keepFloat: false }, '1': { keepFloat: true } };
    expect(resolveAllLayers(config, 3).map((l) => l.keepFloat)).toEqual([false, true, true]);
    expect(resolveAllLayers(config, 3, true).every((l) => l.keepFloat)).toBe(true);
  });
});
