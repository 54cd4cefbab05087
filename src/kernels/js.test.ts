import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createBinaryEngine } from './engine';
import { architectureCases, edgeCases, randomInput } from './fixtures.test-support';
import { compareWithReference } from './verify.test-support';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('JavaScript packed path vs floatForward', () => {
  for (const c of [...edgeCases(), ...architectureCases()]) {
    it(c.name, async () => {
      const engine = await createBinaryEngine({ preferWebGPU: false });
      expect(engine.kind).toBe('js');
      await engine.load(c.spec);
      const x = randomInput(c.spec, c.batch, 3);
      const a = await compareWithReference(c.spec, engine, x, c.batch);
      if (a.ties) console.log(`${c.name}: ${a.ties} reference values within tie distance of 0, ${a.bitMismatches} flipped bits`);
      expect(a.failures, JSON.stringify(a.layers)).toBe(0);
      expect(a.predictionsEqual).toBe(true);
      // Every layer was compared (bits and floats), so the check is not vacuous.
      expect(a.layers.length).toBe(c.spec.layers.length);
      const p = await engine.predict(x, c.batch);
      expect(Array.from(p.logits)).toEqual(Array.from(a.logits));
      expect(p.predictions.length).toBe(c.batch);
    });
  }
});
