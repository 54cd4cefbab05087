import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { isOutOfMemory, runFailureMessage } from './memory-advice';

describe('out-of-memory runs', () => {
  it('recognises allocation failures of each backend and nothing else', () => {
    for (const e of [new RangeError('Array buffer allocation failed'), new Error('WebGPU: out of memory'), new Error('Cannot enlarge memory arrays'), new Error('Requested texture size [40000x40000] greater than WebGL maximum')]) {
      expect(isOutOfMemory(e), String(e)).toBe(true);
    }
    expect(isOutOfMemory(new Error('No dataset is loaded yet.'))).toBe(false);
  });

  it('names the batch size to lower, and the training examples when there are many', () => {
    const config = defaultConfig();
    config.batchSize = 1024;
    config.dataset.trainLimit = 0;
    expect(runFailureMessage(new RangeError('Array buffer allocation failed'), config, 'webgpu')).toBe(
      'The WEBGPU backend ran out of memory (Array buffer allocation failed). Lower the batch size (now 1024; try 512), or the training examples, and train again.',
    );
    config.dataset.trainLimit = 2000;
    expect(runFailureMessage(new Error('out of memory'), config, 'wasm')).toMatch(/Lower the batch size \(now 1024; try 512\), and train again\.$/);
    expect(runFailureMessage(new Error('something else'), config, 'cpu')).toBe('something else');
  });
});
