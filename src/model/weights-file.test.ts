import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { toOnnx } from '../export/onnx';
import { initBackend } from '../train/backend';
import { QuantNetwork } from './network';
import { loadWeights, parseWeightsFile, weightsOf } from './weights-file';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('weights file', () => {
  it('round-trips every variable, learned quantizer parameters included: same logits, same ONNX bytes', () => {
    const config = defaultConfig();
    config.quant.weight = { quantizer: 'dorefa', bits: 4, params: {} };
    config.quant.activation = { quantizer: 'pact', bits: 4, params: {} };
    const a = new QuantNetwork(config, [28, 28, 1], 10);
    // Move every variable away from its initial value, as training would.
    for (const v of a.allVariables()) tf.tidy(() => v.assign(tf.add(v, tf.randomUniform(v.shape, 0.1, 0.5, 'float32', 3))));
    const text = JSON.stringify(weightsOf(a, { testAccuracy: 0.5, testImages: 10, testSource: 'test' }));
    const file = parseWeightsFile(text);
    expect(Object.keys(file.variables)).toContain('dense2/a/alpha');
    const b = new QuantNetwork(config, [28, 28, 1], 10);
    loadWeights(b, file);
    const x = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const ctx = { training: false, step: 0, progress: 1 };
    expect(Array.from(b.forward(x, ctx).dataSync())).toEqual(Array.from(a.forward(x, ctx).dataSync()));
    const [ea, eb] = [toOnnx(a), toOnnx(b)];
    expect(ea.ok && eb.ok && Buffer.from(ea.bytes).equals(Buffer.from(eb.bytes))).toBe(true);
    a.dispose();
    b.dispose();
  });

  it('refuses another format, a missing variable and a wrong shape, naming it', () => {
    expect(() => parseWeightsFile('{"format":"x"}')).toThrow(/not a quantization-lab-weights file: format/);
    const config = defaultConfig();
    const net = new QuantNetwork(config, [28, 28, 1], 10);
    const file = weightsOf(net, { testAccuracy: 0, testImages: 0, testSource: '' });
    const missing = structuredClone(file);
    delete missing.variables['dense2/gamma'];
    expect(() => loadWeights(net, missing)).toThrow('the file has no variable "dense2/gamma"');
    const wrong = structuredClone(file);
    wrong.variables['dense3/bias'] = { shape: [9], values: new Array(9).fill(0) };
    expect(() => loadWeights(net, wrong)).toThrow(/"dense3\/bias" has shape 9/);
    net.dispose();
  });
});
