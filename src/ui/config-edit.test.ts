import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { restoreConfig } from '../experiment/restore';
import { QUANTIZERS } from '../quant';
import { QUANTIZER_IDS } from '../quant/types';
import { histogramBars, layerErrorRows, levelsInside, mergeSeries } from './charts/chart-data';
import { encodeConfig } from '../experiment/url';
import { withArchitecture } from '../experiment/widths';
import { bitsOptions, estimatorHint, parseDatasetUrls, quantizersForRole, regularizerProblem, setLayerOverride, switchQuantizer, switchToLoaded, trainBlocker } from './config-edit';
import { setWidth, stepHiddenLayers, stepWidth, type WidthEdit } from './width-edit';

describe('quantizer choices', () => {
  it('lists per role the quantizers made for it or for any tensor', () => {
    for (const role of ['weight', 'activation'] as const) {
      const ids = quantizersForRole(role);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of QUANTIZER_IDS) expect(ids.includes(id)).toBe(QUANTIZERS[id].role === role || QUANTIZERS[id].role === 'any');
    }
  });

  it('offers exactly the bits a quantizer accepts, and switching keeps only valid bits', () => {
    for (const id of QUANTIZER_IDS) {
      const { min, max } = QUANTIZERS[id].bits;
      expect(bitsOptions(id)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
      for (const bits of [1, 2, 4, 8]) {
        const next = switchQuantizer({ quantizer: 'uniform', bits, params: { x: 1 } }, id);
        expect(next.bits).toBeGreaterThanOrEqual(min);
        expect(next.bits).toBeLessThanOrEqual(max);
        expect(next.params).toEqual({});
        const config = defaultConfig();
        config.quant.weight = next;
        expect(restoreConfig(config).notices).toEqual([]);
      }
    }
  });
});

describe('hints and blockers', () => {
  it('explains ReLU-family estimators on weights and needs a weight quantizer for level-distance', () => {
    const config = defaultConfig();
    config.quant.estimator = { id: 'relu', params: {} };
    expect(estimatorHint(config)).toMatch(/activation/);
    config.quant.weight = { quantizer: 'none', bits: 8, params: {} };
    expect(regularizerProblem(config, 'level-distance')).toMatch(/weight quantizer/);
    expect(regularizerProblem(config, 'l2')).toBeUndefined();
  });

  it('blocks Train for CIFAR-10 until its tarball is loaded, not for MNIST still streaming', () => {
    const config = defaultConfig();
    expect(trainBlocker(config, { loading: true }, false)).toBeUndefined();
    config.dataset.id = 'cifar10';
    expect(trainBlocker(config, { loading: false }, false)).toMatch(/tarball/);
    const info = { id: 'cifar10' as const, name: 'CIFAR-10', source: 'file', imageShape: [32, 32, 3] as [number, number, number], classNames: [], trainCount: 10, testCount: 10, complete: true, held: ['cifar10' as const] };
    expect(trainBlocker(config, { loading: false, info }, false)).toBeUndefined();
    expect(trainBlocker(config, { loading: false, info }, true)).toMatch(/in progress/);
  });

  it('a CIFAR-10 tarball loaded while MNIST is selected switches the experiment to CIFAR-10 and its network, and says so', () => {
    const config = defaultConfig();
    config.quant.layers = { '1': { keepFloat: true } };
    config.seed = 5;
    const switched = switchToLoaded(config, 'cifar10', ['mnist', 'cifar10'])!;
    expect(switched.config.dataset.id).toBe('cifar10');
    expect(switched.config.architecture).toBe('cnn-cifar');
    expect(switched.config.quant.layers).toEqual({});
    expect(switched.config.seed).toBe(5);
    expect(switched.lines).toEqual([
      'The files loaded are CIFAR-10, so the experiment now uses CIFAR-10 instead of MNIST.',
      'The network is now the CIFAR CNN (2×conv32-pool-2×conv64-pool-fc256-fc10), made for 32×32 colour images, instead of the MLP 784-256-256-10; its per-layer settings were dropped. Choose another under Network.',
      'MNIST stays loaded: choose it under Dataset to go back.',
    ]);
    // Train is no longer blocked by the dataset.
    const info = { id: 'cifar10' as const, name: 'CIFAR-10', source: 'file', imageShape: [32, 32, 3] as [number, number, number], classNames: [], trainCount: 10, testCount: 10, complete: true, held: ['cifar10' as const] };
    expect(trainBlocker(config, { loading: false, info }, false)).toMatch(/load the embedded MNIST/);
    expect(trainBlocker(switched.config, { loading: false, info }, false)).toBeUndefined();
    // Nothing to switch when the files are the dataset asked for; the CIFAR network is kept.
    expect(switchToLoaded(switched.config, 'cifar10', ['cifar10'])).toBeUndefined();
    const back = switchToLoaded(switched.config, 'fashion-mnist', ['fashion-mnist'])!;
    expect(back.config).toMatchObject({ dataset: { id: 'fashion-mnist' }, architecture: 'cnn-cifar' });
    expect(back.lines).toEqual(['The files loaded are Fashion-MNIST, so the experiment now uses Fashion-MNIST instead of CIFAR-10.', 'Choose CIFAR-10 under Dataset to load it again.']);
  });

  it('sets and clears layer overrides without leaving empty ones', () => {
    const config = defaultConfig();
    const withFloat = setLayerOverride(config, 1, 'keepFloat', true);
    expect(withFloat.quant.layers).toEqual({ 1: { keepFloat: true } });
    expect(config.quant.layers).toEqual({});
    expect(setLayerOverride(withFloat, 1, 'keepFloat', undefined).quant.layers).toEqual({});
  });
});

describe('chart data', () => {
  it('puts histogram counts at bin centres and keeps levels inside the range', () => {
    const bars = histogramBars({ edges: new Float32Array([-1, 0, 1]), counts: new Uint32Array([4, 6]) });
    expect(bars).toEqual([{ x: -0.5, count: 4 }, { x: 0.5, count: 6 }]);
    expect(levelsInside([-2, -1, 0.5, 1.5], [-1, 1])).toEqual([-1, 0.5]);
  });

  it('merges series on x and builds per-layer rows', () => {
    expect(mergeSeries([{ key: 'a', points: [{ x: 2, y: 1 }, { x: 1, y: 0 }] }, { key: 'b', points: [{ x: 2, y: 5 }] }])).toEqual([{ x: 1, a: 0 }, { x: 2, a: 1, b: 5 }]);
    expect(layerErrorRows([{ step: 3, mse: [0.1, 0.2], flipRatio: [0, 0.5] }], 'flipRatio', [1])).toEqual([{ step: 3, l1: 0.5 }]);
  });
});

describe('parseDatasetUrls', () => {
  const base = 'http://localhost:5173/lab/';
  it('splits on spaces, commas and new lines and resolves relative URLs against the page', () => {
    expect(parseDatasetUrls(' https://a.org/x.gz,https://a.org/y.gz\n data/t10k.gz ', base)).toEqual({
      urls: ['https://a.org/x.gz', 'https://a.org/y.gz', 'http://localhost:5173/lab/data/t10k.gz'],
    });
  });
  it('refuses empty input, other schemes and too many URLs with a message', () => {
    expect(parseDatasetUrls('  ', base)).toEqual({ error: 'Type a URL.' });
    expect(parseDatasetUrls('ftp://a.org/x.gz', base)).toEqual({ error: '"ftp://a.org/x.gz" is not an http(s) URL.' });
    expect(parseDatasetUrls('javascript:alert(1)', base)).toEqual({ error: '"javascript:alert(1)" is not an http(s) URL.' });
    expect(parseDatasetUrls(Array.from({ length: 9 }, (_, i) => `https://a.org/${i}`).join(' '), base)).toMatchObject({ error: expect.stringMatching(/At most 8/) });
  });
});

describe('width edits (+ / −)', () => {
  const configOf = (edit: WidthEdit) => {
    if ('refused' in edit) throw new Error(edit.refused);
    return edit.config;
  };

  it('doubles and halves a layer, and the default widths come back as absent keys', () => {
    const wider = configOf(stepWidth(defaultConfig(), 'units', 0, 1));
    expect(wider.units).toEqual([512, 256]);
    expect(encodeConfig(wider)).toBe('v=1&units=512,256');
    const back = configOf(stepWidth(wider, 'units', 0, -1));
    expect('units' in back).toBe(false);
    expect(back).toEqual(defaultConfig());
  });

  it('adds a hidden layer as wide as the last and removes the last, within 1 to 4 layers', () => {
    let config = defaultConfig();
    config = configOf(stepHiddenLayers(config, 1));
    expect(config.units).toEqual([256, 256, 256]);
    config = configOf(stepHiddenLayers(config, 1));
    expect(stepHiddenLayers(config, 1)).toEqual({ refused: 'At most 4 hidden layers.' });
    config = configOf(stepHiddenLayers(configOf(stepHiddenLayers(configOf(stepHiddenLayers(config, -1)), -1)), -1));
    expect(config.units).toEqual([256]);
    expect(stepHiddenLayers(config, -1)).toEqual({ refused: 'At least 1 hidden layer.' });
  });

  it('removing a layer drops the overrides of layers the network no longer has', () => {
    const config = { ...defaultConfig(), quant: { ...defaultConfig().quant, layers: { '1': { keepFloat: true }, '2': { keepFloat: false } } } };
    expect(configOf(stepHiddenLayers(config, -1)).quant.layers).toEqual({ '1': { keepFloat: true } });
  });

  it('refuses widths out of bounds and networks over the page’s budget, saying why', () => {
    const cnn = { ...defaultConfig(), architecture: 'cnn-small' as const };
    expect(configOf(stepWidth(cnn, 'filters', 1, -1)).filters).toEqual([32, 32]);
    expect(setWidth(cnn, 'filters', 0, 3)).toEqual({ refused: 'A width is a whole number from 4 to 256.' });
    expect(setWidth(defaultConfig(), 'units', 0, 2049)).toEqual({ refused: 'A width is a whole number from 8 to 2048.' });
    expect(stepWidth({ ...defaultConfig(), units: [8, 8] }, 'units', 1, -1)).toEqual({ refused: 'At least 8 units.' });
    const base = defaultConfig();
    const cifar = { ...base, dataset: { ...base.dataset, id: 'cifar10' as const }, architecture: 'cnn-cifar' as const, filters: [64, 64, 128, 128] };
    expect(stepWidth(cifar, 'filters', 1, 1)).toEqual({ refused: expect.stringMatching(/^This network takes 1\d\d\.\d M multiply-accumulates per image, more than the 150\.0 M/) });
  });

  it('switching architecture keeps the hidden widths, resets the filters, and falls back when over budget', () => {
    const cnn = { ...defaultConfig(), architecture: 'cnn-small' as const, units: [64], filters: [8, 16] };
    expect(withArchitecture(cnn, 'mlp')).toEqual({ ...defaultConfig(), units: [64] });
    const wide = { ...defaultConfig(), units: [2048, 2048, 2048, 2048] };
    expect(withArchitecture(wide, 'cnn-cifar')).toEqual({ ...defaultConfig(), architecture: 'cnn-cifar' });
  });
});
