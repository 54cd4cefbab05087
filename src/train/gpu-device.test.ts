import { describe, expect, it } from 'vitest';
import { lostWithin, readCutOff } from './gpu-device';

describe('telling a lost GPU device from a failed run', () => {
  it('knows a device lost within the wait, and one still there after it', async () => {
    const lostSoon = { lost: new Promise<GPUDeviceLostInfo>((resolve) => setTimeout(() => resolve({ reason: 'destroyed', message: '' } as GPUDeviceLostInfo), 20)) };
    expect(await lostWithin(lostSoon, 1000)).toBe(true);
    const kept = { lost: new Promise<GPUDeviceLostInfo>(() => {}) };
    expect(await lostWithin(kept, 30)).toBe(false);
  });

  it('recognises a read cut off by a destroyed buffer, and nothing else', () => {
    expect(readCutOff(new Error("Failed to execute 'mapAsync' on 'GPUBuffer': Buffer was unmapped before mapping was resolved."))).toBe(true);
    expect(readCutOff(new Error('Device is lost'))).toBe(true);
    expect(readCutOff(new Error('the WebGPU device reported an error: Binding size (200) is larger than the maximum'))).toBe(false);
    expect(readCutOff('Training diverged in epoch 2')).toBe(false);
  });
});
