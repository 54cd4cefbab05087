import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESTIMATORS, QUANTIZERS, REGULARIZERS, quantizeOptions, resolveParams } from './index';
import type { ParamSpec } from './types';

const ALL_SPECS: Array<[string, Record<string, ParamSpec>]> = [
  ...Object.values(QUANTIZERS).map((d) => [`quantizer ${d.id}`, d.params] as [string, Record<string, ParamSpec>]),
  ...Object.values(ESTIMATORS).map((d) => [`estimator ${d.id}`, d.params] as [string, Record<string, ParamSpec>]),
  ...Object.values(REGULARIZERS).map((d) => [`regularizer ${d.id}`, d.params] as [string, Record<string, ParamSpec>]),
];

describe('resolveParams', () => {
  it('fills defaults and keeps given values', () => {
    expect(resolveParams(QUANTIZERS.abc.params, {})).toEqual({ bases: 3 });
    expect(resolveParams(QUANTIZERS.abc.params, { bases: 5 })).toEqual({ bases: 5 });
    expect(resolveParams(QUANTIZERS.ttq.params, { wp: 2 })).toEqual({ wp: 2, wn: 1, threshold: 0.05 });
  });

  it('throws naming the parameter for an unknown name, a value out of range, a fraction or a non-finite value', () => {
    expect(() => resolveParams(QUANTIZERS.abc.params, { base: 2 })).toThrow(/"base"/);
    expect(() => resolveParams(QUANTIZERS.sign.params, { beta: 2 })).toThrow(/"beta"/);
    expect(() => resolveParams(QUANTIZERS.abc.params, { bases: 6 })).toThrow(/"bases".*range/);
    expect(() => resolveParams(QUANTIZERS.abc.params, { bases: 0 })).toThrow(/"bases"/);
    expect(() => resolveParams(QUANTIZERS.abc.params, { bases: 2.5 })).toThrow(/"bases".*integer/);
    expect(() => resolveParams(ESTIMATORS['swish-sign'].params, { beta: Number.NaN })).toThrow(/"beta"/);
    expect(() => resolveParams(ESTIMATORS.ede.params, { progress: Infinity })).toThrow(/"progress"/);
  });

  it.each(ALL_SPECS)('%s: accepts every value in range and rejects values outside (property)', (_owner, specs) => {
    for (const [name, spec] of Object.entries(specs)) {
      const inRange = spec.integer ? fc.integer({ min: spec.min, max: spec.max }) : fc.double({ min: spec.min, max: spec.max, noNaN: true });
      fc.assert(fc.property(inRange, (v) => resolveParams(specs, { [name]: v })[name] === v), { numRuns: 30 });
      fc.assert(
        fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (excess) => {
          expect(() => resolveParams(specs, { [name]: spec.max + excess + Math.abs(spec.max) * 1e-9 })).toThrow(name);
          expect(() => resolveParams(specs, { [name]: spec.min - excess - Math.abs(spec.min) * 1e-9 })).toThrow(name);
        }),
        { numRuns: 20 },
      );
    }
  });
});

describe('quantizeOptions', () => {
  it('builds complete options with the defaults', () => {
    expect(quantizeOptions('uniform')).toEqual({ bits: 4, params: { step: 0 }, seed: 0, estimator: 'ste', estimatorParams: {} });
    const opts = quantizeOptions('pact', { bits: 3, estimator: 'ede', estimatorParams: { progress: 0.5 }, seed: 9, reduceAxes: [0] });
    expect(opts).toEqual({
      bits: 3,
      params: { alpha: 3, alphaDecay: 0 },
      seed: 9,
      estimator: 'ede',
      estimatorParams: { progress: 0.5 },
      reduceAxes: [0],
    });
    expect(quantizeOptions('sign', { estimator: 'swish-sign' }).estimatorParams).toEqual({ beta: 5 });
  });

  it('rejects bits outside the range and bad parameters', () => {
    expect(() => quantizeOptions('uniform', { bits: 1 })).toThrow(/bits/);
    expect(() => quantizeOptions('dorefa', { bits: 9 })).toThrow(/bits/);
    expect(() => quantizeOptions('abc', { params: { bases: 9 } })).toThrow(/"bases"/);
    expect(() => quantizeOptions('sign', { estimator: 'ede', estimatorParams: { progress: 2 } })).toThrow(/"progress"/);
  });
});
