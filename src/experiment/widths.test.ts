import { describe, expect, it } from 'vitest';
import { defaultConfig } from './defaults';
import { restoreConfig } from './restore';
import { decodeConfig, encodeConfig } from './url';
import { withWidths } from './widths';

const decode = (fragment: string) => decodeConfig(fragment);

describe('widths: units= and filters=', () => {
  it('an unchanged network keeps its link and config byte for byte: no width keys at all', () => {
    const config = defaultConfig();
    expect(encodeConfig(config)).toBe('v=1');
    const restored = restoreConfig(structuredClone(config)).config;
    expect(Object.keys(restored)).toEqual(Object.keys(config));
    expect(JSON.stringify(restored)).toBe(JSON.stringify(config));
    const cnn = decode('#v=1&arch=cnn-small');
    expect('units' in cnn.config || 'filters' in cnn.config).toBe(false);
  });

  it('round-trips widths through the link', () => {
    const decoded = decode('#v=1&units=1024,1024,1024');
    expect(decoded.notices).toEqual([]);
    expect(decoded.config.units).toEqual([1024, 1024, 1024]);
    expect(encodeConfig(decoded.config)).toBe('v=1&units=1024,1024,1024');
    const cnn = decode('#v=1&arch=cnn-small&units=64&filters=8,16');
    expect(cnn.notices).toEqual([]);
    expect(cnn.config).toMatchObject({ architecture: 'cnn-small', units: [64], filters: [8, 16] });
    expect(decodeConfig(encodeConfig(cnn.config)).config).toEqual(cnn.config);
  });

  it('the default widths, spelled out, normalise to absent', () => {
    const decoded = decode('#v=1&units=256,256&arch=mlp');
    expect(decoded.notices).toEqual([]);
    expect('units' in decoded.config).toBe(false);
    expect(decode('#v=1&arch=cnn-cifar&filters=32,32,64,64&units=256').config).toEqual({ ...defaultConfig(), architecture: 'cnn-cifar' });
    const spelled = { ...defaultConfig(), units: [256, 256] };
    expect(encodeConfig(spelled)).toBe('v=1');
    expect('units' in withWidths(spelled, spelled)).toBe(false);
  });

  it.each([
    ['units=abc', /^units="abc" is not valid \(1 to 4 hidden dense layers of 8 to 2048 units/],
    ['units=', /^units="" is not valid/],
    ['units=64,,64', /^units="64,,64" is not valid/],
    ['units=4', /^units=4 is not valid/],
    ['units=4096', /^units=4096 is not valid/],
    ['units=64,64,64,64,64', /^units=64,64,64,64,64 is not valid/],
    ['units=-8', /^units="-8" is not valid/],
    ['arch=cnn-small&filters=2,16', /^filters=2,16 is not valid \(one width of 4 to 256 filters/],
    ['arch=cnn-small&filters=8,16,32', /^filters=8,16,32: Small CNN .* has 2 convolutions, so filters takes 2 widths; the architecture's own filters are used\.$/],
    ['filters=8', /^filters=8: MLP 784-256-256-10 has no convolutions; the architecture's own filters are used\.$/],
    ['units=2048,2048,2048,2048&arch=cnn-cifar&data=cifar10&filters=256,256,256,256', /^This network has .* weights, more than the 16\.0 M a page can train; the architecture's own widths are used\.$/],
    ['arch=cnn-cifar&filters=128,128,128,128', /^This network takes .* multiply-accumulates per image, more than the 150\.0 M/],
  ])('%s gets a notice and the architecture’s own widths', (fragment, notice) => {
    const decoded = decode(`#v=1&${fragment}`);
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]).toMatch(notice);
    expect(decoded.config.units === undefined || fragment.includes('filters=8,16,32')).toBe(true);
    expect(decoded.config.filters).toBeUndefined();
  });

  it('keeps valid units when only the filters are wrong', () => {
    const decoded = decode('#v=1&arch=cnn-small&units=64&filters=8');
    expect(decoded.config.units).toEqual([64]);
    expect(decoded.config.filters).toBeUndefined();
    expect(decoded.notices).toHaveLength(1);
  });

  it('the widest MLP fits the budget', () => {
    const decoded = decode('#v=1&units=2048,2048,2048,2048');
    expect(decoded.notices).toEqual([]);
    expect(decoded.config.units).toEqual([2048, 2048, 2048, 2048]);
  });

  it('drops a layer override for a layer the network lacks, with a notice', () => {
    const decoded = decode('#v=1&units=64&layers=1:f;2:q');
    expect(decoded.config.quant.layers).toEqual({ '1': { keepFloat: true } });
    expect(decoded.notices).toEqual(['Layer 2 does not exist in this network (layers 0–1); its setting is dropped.']);
    expect(decode('#v=1&units=64,64,64&layers=3:q').notices).toEqual([]);
  });

  it('restores stored configs with the same checks', () => {
    const stored = { ...defaultConfig(), units: [64, 'x'], filters: [16, 32] } as unknown;
    const restored = restoreConfig(stored);
    expect(restored.config).toEqual(defaultConfig());
    expect(restored.notices).toEqual([
      expect.stringMatching(/^units=64,x is not valid/),
      expect.stringMatching(/^filters=16,32: MLP .* has no convolutions/),
    ]);
  });
});
