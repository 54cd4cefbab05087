import { describe, expect, it } from 'vitest';
import { ToWorkerSchema } from './protocol';

describe('page → worker messages', () => {
  it('accepts step and live settings within the config\'s bounds', () => {
    expect(ToWorkerSchema.safeParse({ type: 'step' }).success).toBe(true);
    expect(ToWorkerSchema.safeParse({ type: 'set-learning-rate', runId: 'r', value: 0.01 }).success).toBe(true);
    expect(ToWorkerSchema.safeParse({ type: 'set-lambda', runId: 'r', value: 0 }).success).toBe(true);
    expect(ToWorkerSchema.safeParse({ type: 'train', runId: 'r', config: {}, paused: true }).success).toBe(true);
  });

  it('refuses a learning rate or λ the config would refuse', () => {
    for (const value of [0, -1, 11, Number.NaN, Infinity, '0.1']) expect(ToWorkerSchema.safeParse({ type: 'set-learning-rate', runId: 'r', value }).success).toBe(false);
    for (const value of [-0.1, 10.5, Number.NaN]) expect(ToWorkerSchema.safeParse({ type: 'set-lambda', runId: 'r', value }).success).toBe(false);
    expect(ToWorkerSchema.safeParse({ type: 'set-lambda', value: 1 }).success).toBe(false);
  });
});
