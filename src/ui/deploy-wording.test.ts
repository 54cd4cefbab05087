import { describe, expect, it } from 'vitest';
import { speedSentence } from './deploy-wording';

describe('the Deploy panel’s speed sentence', () => {
  it('reads the right way round, with a ratio of at least 1', () => {
    expect(speedSentence({ speedup: 7.17, floatBackend: 'webgpu' })).toBe('7.2× faster than the float simulation on tfjs webgpu here');
    expect(speedSentence({ speedup: 0.27, floatBackend: 'wasm' })).toBe('3.7× slower than the float simulation on tfjs wasm here');
    expect(speedSentence({ speedup: 1.02, floatBackend: 'cpu' })).toBe('as fast as the float simulation on tfjs cpu here');
    expect(speedSentence({ speedup: Number.NaN, floatBackend: 'cpu' })).toBe('no timing');
  });
});
