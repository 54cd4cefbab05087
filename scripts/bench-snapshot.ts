// Times the threshold computation alone on a 1M-weight layer, and whole snapshots
// (SnapshotTaker.take) of the lab's networks, on the CPU backend:
//   npx tsx scripts/bench-snapshot.ts
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { defaultConfig } from '../src/experiment/defaults';
import { QuantNetwork } from '../src/model/network';
import { SnapshotTaker } from '../src/model/snapshot';
import { channelValues, regions, sampledChannels } from '../src/model/thresholds';
import { QUANTIZERS, quantizeOptions } from '../src/quant';
import type { QuantizerId } from '../src/quant/types';

await tf.setBackend('cpu');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f: () => void, runs = 5): number {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

// 1. A 1M-weight layer [4096, 256]: the threshold computation alone (the quantized tensor given).
const shape: [number, number] = [4096, 256];
const x = tf.randomNormal(shape, 0, 0.05, 'float32', 1);
const latent = x.dataSync() as Float32Array;
for (const [id, bits] of [['dorefa', 2], ['uniform', 8], ['xnor', 1], ['kmeans', 3], ['abc', 1]] as [QuantizerId, number][]) {
  const def = QUANTIZERS[id];
  const opts = quantizeOptions(id, { bits, reduceAxes: def.channelScales ? [0] : undefined });
  const quantized = tf.tidy(() => def.quantize(x, opts).dataSync() as Float32Array);
  const ms = time(() => {
    if (def.channelScales) for (const c of sampledChannels(256, 8)) regions(channelValues(latent, c, 256), channelValues(quantized, c, 256));
    else regions(latent, quantized);
  });
  console.log(`1M weights, ${id} ${bits}-bit (${def.channelScales ? '8 sampled channels' : 'whole tensor'}): thresholds ${ms.toFixed(1)} ms`);
}

// 2. Whole snapshots of the lab's networks.
for (const [arch, wq, wb] of [['mlp', 'xnor', 1], ['mlp', 'dorefa', 2], ['cnn-small', 'dorefa', 2], ['mlp', 'uniform', 8]] as const) {
  const config = defaultConfig();
  config.architecture = arch;
  config.quant.weight = { quantizer: wq, bits: wb, params: {} };
  const network = new QuantNetwork(config, [28, 28, 1], 10);
  const taker = new SnapshotTaker();
  const ms = time(() => taker.take(network, { training: false, step: 0, progress: 0 }));
  console.log(`snapshot of ${arch} with ${wq} ${wb}-bit weights: ${ms.toFixed(1)} ms`);
  network.dispose();
}
