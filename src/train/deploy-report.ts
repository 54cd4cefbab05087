/**
 * Deployment check: runs a test split through the binary engine (packed bits) and
 * through the float simulation of the same network, batch by batch, and reports
 * accuracy, disagreements, size and latency of both side by side.
 */
import * as tf from '@tensorflow/tfjs-core';
import { makeBatch } from '../data/batch';
import type { Split } from '../data/types';
import { argmax, type BinaryEngine } from '../kernels/engine';
import { modelBytes, packModel } from '../kernels/format';
import { asNHWC, floatForward, floatLayer } from '../kernels/reference';
import type { DeployLayer, DeploySpec } from '../kernels/spec';

/** One layer's time in a single forward pass of one batch, on both sides. */
export interface LayerTiming {
  name: string;
  /** How the engine runs the layer: packed bits (binary/ternary weights with sign input) or float. */
  mode: 'packed' | 'float';
  floatMs: number;
  /** The engine's time for the layer; absent where the engine cannot time layers alone (the JavaScript path). */
  engineMs?: number;
  /** What the engine ran (kernel entry points). */
  engineStep?: string;
}

/** Accuracy and speed of one way of running the network. */
export interface DeploySide {
  correct: number;
  accuracy: number;
  /** Median wall time per batch (input to predictions on the CPU), warm-up batch excluded. */
  msPerBatch: number;
}

export interface DeployReport {
  testCount: number;
  batchSize: number;
  batches: number;
  /** Layers with packed weights and packed input. */
  binaryLayers: number;
  layers: number;
  engine: { kind: 'webgpu' | 'js'; adapter?: string; fallbackReason?: string };
  /** The tfjs backend that ran the float simulation. */
  floatBackend: string;
  float: DeploySide;
  binary: DeploySide;
  /** Test images whose predicted class differs between the two. */
  mismatches: number;
  /** Largest |logit difference| seen (float32 rounding of the scale epilogue). */
  maxLogitDifference: number;
  /** float ms per batch / binary ms per batch. */
  speedup: number;
  /** Bytes of the packed file and of the same parameters in float32. */
  size: ReturnType<typeof modelBytes>;
  /** Per-layer times of one batch (second of two passes; each layer awaited alone). */
  layerTimings: LayerTiming[];
}

export interface DeployCompareOptions {
  split: Split;
  /** Test images to run, from the start of the split. */
  count: number;
  imageShape: [number, number, number];
  batchSize: number;
  engine: BinaryEngine;
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches; true ends the comparison with {@link DeployCancelled}. */
  cancelled?: () => boolean;
}

/** Thrown when {@link compareDeployment} is cancelled. */
export class DeployCancelled extends Error {
  constructor() {
    super('Deployment check stopped');
    this.name = 'DeployCancelled';
  }
}

const median = (values: number[]) => {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const now = () => performance.now();

/** The engine runs a layer on packed bits when both its weights and its input are binary or ternary. */
const runsPacked = (layer: DeployLayer) => layer.weightMode !== 'float' && layer.inputMode === 'binary';

/**
 * Packs `spec` into the model file format, loads those bytes into `engine`, and runs
 * the first `count` images of `split` through the engine and through `floatForward`
 * on the active tfjs backend. Both sides are timed from the input batch to
 * predictions on the CPU; the first batch (pipeline and plan creation) is not timed
 * unless it is the only one.
 */
export async function compareDeployment(spec: DeploySpec, options: DeployCompareOptions): Promise<DeployReport> {
  const { split, imageShape, engine } = options;
  const count = Math.min(options.count, split.count);
  if (count < 1) throw new Error('The test split is empty: nothing to deploy on.');
  const batchSize = Math.max(1, Math.min(options.batchSize, count));
  const file = packModel(spec);
  await engine.load(file);

  const batches = Math.ceil(count / batchSize);
  const floatMs: number[] = [];
  const binaryMs: number[] = [];
  let floatCorrect = 0;
  let binaryCorrect = 0;
  let mismatches = 0;
  let maxLogitDifference = 0;
  for (let b = 0; b < batches; b++) {
    if (options.cancelled?.()) throw new DeployCancelled();
    const start = b * batchSize;
    const n = Math.min(batchSize, count - start);
    const indices = Array.from({ length: n }, (_, i) => start + i);
    const { xs, ys } = makeBatch(split, indices, imageShape);
    ys.dispose();
    try {
      let t0 = now();
      const logitsT = floatForward(spec, xs);
      const floatLogits = (await logitsT.data()) as Float32Array;
      logitsT.dispose();
      const floatTime = now() - t0;
      t0 = now();
      const binary = await engine.predict(xs, n);
      const binaryTime = now() - t0;
      if (b > 0 || batches === 1) {
        floatMs.push(floatTime);
        binaryMs.push(binaryTime);
      }
      const floatPredictions = argmax(floatLogits, n, spec.classes);
      for (let i = 0; i < floatLogits.length; i++) maxLogitDifference = Math.max(maxLogitDifference, Math.abs(floatLogits[i] - binary.logits[i]));
      for (let i = 0; i < n; i++) {
        const label = split.labels[start + i];
        if (floatPredictions[i] === label) floatCorrect++;
        if (binary.predictions[i] === label) binaryCorrect++;
        if (binary.predictions[i] !== floatPredictions[i]) mismatches++;
      }
    } finally {
      xs.dispose();
    }
    options.onProgress?.(start + n, count);
    // Let the worker see messages (a stop) between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const layerTimings = await timeLayers(spec, engine, split, Math.min(batchSize, count), imageShape);
  const floatSide: DeploySide = { correct: floatCorrect, accuracy: floatCorrect / count, msPerBatch: median(floatMs) };
  const binarySide: DeploySide = { correct: binaryCorrect, accuracy: binaryCorrect / count, msPerBatch: median(binaryMs) };
  const adapter = engine.adapterInfo ? [engine.adapterInfo.vendor, engine.adapterInfo.architecture, engine.adapterInfo.description].filter(Boolean).join(' ') : undefined;
  return {
    testCount: count,
    batchSize,
    batches,
    binaryLayers: spec.layers.filter(runsPacked).length,
    layers: spec.layers.length,
    engine: { kind: engine.kind, adapter: adapter || undefined, fallbackReason: engine.fallbackReason },
    floatBackend: tf.getBackend(),
    float: floatSide,
    binary: binarySide,
    mismatches,
    maxLogitDifference,
    speedup: floatSide.msPerBatch / binarySide.msPerBatch,
    size: modelBytes(spec, file),
    layerTimings,
  };
}

/**
 * Times each layer of one forward pass on both sides: the float simulation layer by
 * layer (each read back before the next starts) and the engine's `profile` (each step
 * submitted alone and awaited). The second of two passes counts.
 */
async function timeLayers(spec: DeploySpec, engine: BinaryEngine, split: Split, n: number, imageShape: [number, number, number]): Promise<LayerTiming[]> {
  const { xs, ys } = makeBatch(split, Array.from({ length: n }, (_, i) => i), imageShape);
  ys.dispose();
  try {
    const floatMs: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      floatMs.length = 0;
      let h: tf.Tensor = asNHWC(spec, xs);
      for (const layer of spec.layers) {
        const t0 = now();
        const y = floatLayer(layer, h);
        await y.data();
        floatMs.push(now() - t0);
        h.dispose();
        h = y;
      }
      h.dispose();
    }
    await engine.profile(xs, n);
    const { steps } = await engine.profile(xs, n);
    return spec.layers.map((layer, i) => {
      const step = steps.find((s) => s.layer === layer.name);
      return {
        name: layer.name,
        mode: runsPacked(layer) ? 'packed' : 'float',
        floatMs: floatMs[i],
        engineMs: step?.ms,
        engineStep: step?.step,
      };
    });
  } finally {
    xs.dispose();
  }
}
