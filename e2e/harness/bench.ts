/// <reference types="@webgpu/types" />
/**
 * Benchmark page for `scripts/bench-binary.mjs`: binary kernels and engine against
 * tfjs float32 on the same WebGPU adapter and shapes. Times are wall-clock medians
 * after warm-up, each run ending when `device.queue.onSubmittedWorkDone()` resolves
 * (tfjs: after flushing its command encoder; whole networks: after reading the
 * logits back on both sides).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgpu';
import peakSource from './popcount-peak.wgsl?raw';
import { packActivations, packDenseWeights, packedPitch } from '../../src/kernels/bits';
import type { PackedLayer } from '../../src/kernels/compile';
import { compileSpec } from '../../src/kernels/compile';
import { createBinaryEngine } from '../../src/kernels/engine';
import type { Architecture } from '../../src/kernels/fixtures.test-support';
import { architectureSpec, randomInput, rng, uniform } from '../../src/kernels/fixtures.test-support';
import { floatForward, floatLayer, quantizedWeights } from '../../src/kernels/reference';
import type { DeployLayer } from '../../src/kernels/spec';
import { compareWithReference } from '../../src/kernels/verify.test-support';
import type { KernelTuning } from '../../src/kernels/webgpu';
import { BinaryKernels } from '../../src/kernels/webgpu';

interface Backendish {
  device: GPUDevice;
  commandEncoder: GPUCommandEncoder | null;
  endComputePassEncoder(): void;
  submitQueue(): void;
}

export interface CaseResult {
  case: string;
  shape: string;
  floatMs: number;
  binaryMs: number;
  speedup: number;
  binaryMacsPerSec: number;
  bitExact: boolean;
  note?: string;
}

let kernels: BinaryKernels | undefined;

async function setup(tuning?: Partial<KernelTuning>): Promise<{ b: Backendish; k: BinaryKernels }> {
  if (tf.getBackend() !== 'webgpu') {
    if (!(await tf.setBackend('webgpu'))) throw new Error('tfjs WebGPU backend unavailable');
    await tf.ready();
  }
  const b = tf.backend() as unknown as Backendish;
  if (!kernels || tuning) kernels = await BinaryKernels.create(b.device, { tuning });
  return { b, k: kernels };
}

/** Submits whatever tfjs has recorded and waits for the queue. */
async function tfjsDone(b: Backendish): Promise<void> {
  if (b.commandEncoder) {
    b.endComputePassEncoder();
    b.submitQueue();
  }
  await b.device.queue.onSubmittedWorkDone();
}

async function median(run: () => Promise<void>, warmup: number, runs: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

const signs = (v: Float32Array) => v.map((x) => (x < 0 ? -1 : 1));

function identityLayer(L: PackedLayer): PackedLayer {
  const ep = new Float32Array(L.cout * 4);
  for (let c = 0; c < L.cout; c++) ep.set([1, 0, 1, 0], c * 4);
  return { ...L, ep, relu: false, geo: { ...L.geo, emitsBits: false } };
}

/** Binary GEMM M = N = K = n against tf.matMul; bit-exact = identical integers. */
async function gemm(n: number, runs = 5, tuning?: Partial<KernelTuning>): Promise<CaseResult> {
  const { b, k } = await setup(tuning);
  const r = rng(n);
  const A = signs(uniform(r, n * n));
  const B = signs(uniform(r, n * n));
  const ta = tf.tensor2d(A, [n, n]);
  const tb = tf.tensor2d(B, [n, n]);
  const floatMs = await median(async () => {
    const c = tf.matMul(ta, tb);
    await tfjsDone(b);
    c.dispose();
  }, 2, runs);
  const ref = tf.matMul(ta, tb);
  const refData = (await ref.data()) as Float32Array;
  ref.dispose();
  ta.dispose();
  tb.dispose();

  const w = packDenseWeights(B, 1, n, n);
  const geo = { input: { h: 1, w: 1, c: n }, conv: { h: 1, w: 1, c: n }, output: { h: 1, w: 1, c: n }, packed: true, emitsBits: false, inP: 1, inC: n, kh: 1, kw: 1, stride: 1, padTop: 0, padLeft: 0 };
  const L = identityLayer({ kind: 'dense', geo, ternary: false, words: w.words, maskOffset: 0, pitchK: w.pitch, coutPad: n, cout: n, ep: new Float32Array(n * 4), relu: false, pool: false });
  const gl = k.upload(L);
  const aBuf = k.storage(n * packedPitch(1, n) * 4, packActivations(A, n, 1, n));
  const out = k.storage(n * n * 4);
  const d = await k.gemm(gl, aBuf, out, n, false);
  const binaryMs = await median(async () => {
    k.submit([d]);
    await k.device.queue.onSubmittedWorkDone();
  }, 2, runs);
  const got = new Float32Array(await k.read(out, n * n * 4));
  const bitExact = got.every((v, i) => v === refData[i]);
  for (const x of [gl.weights, gl.ep, aBuf, out, d.uniform]) x.destroy();
  return {
    case: `gemm ${n}`, shape: `${n}x${n}x${n}`, floatMs, binaryMs, speedup: floatMs / binaryMs,
    binaryMacsPerSec: (n * n * n) / (binaryMs / 1000), bitExact,
    note: `tuning ${JSON.stringify(k.tuning.gemm)}`,
  };
}

/**
 * One binary conv layer of cnn-cifar at `batch`: the tfjs float32 layer (conv2d +
 * bias + pool + batch norm on ±1 activations, weights alpha·sign(W)) against the
 * packed kernel (packed in, fused epilogue, packed signs out). Bit-exact = the
 * kernel's integer dot products (identity epilogue, fused max pool) equal tfjs
 * conv2d of the ±1 tensors, and its sign bits match the float layer except ties.
 */
async function convLayerCase(name: string, batch = 64, runs = 5): Promise<CaseResult> {
  const { b, k } = await setup();
  const spec = architectureSpec('cnn-cifar', 3);
  const index = spec.layers.findIndex((l) => l.name === name);
  const model = compileSpec(spec);
  const L = model.packed[index]!;
  const g = L.geo;
  const layer = spec.layers[index];
  const x = signs(uniform(rng(index), batch * g.input.h * g.input.w * g.input.c));
  const floatLayerSpec: DeployLayer = { ...layer, inputMode: 'float', weightMode: 'float', weights: quantizedWeights(layer) };
  const tx = tf.tensor4d(x, [batch, g.input.h, g.input.w, g.input.c]);
  const tw = tf.tensor(floatLayerSpec.weights, layer.shape);
  const floatMs = await median(async () => {
    const y = floatLayer(floatLayerSpec, tx, tw);
    await tfjsDone(b);
    y.dispose();
  }, 2, runs);

  const packed = packActivations(x, batch, g.input.h * g.input.w, g.input.c);
  const inBuf = k.storage(packed.byteLength, packed);
  const Lb: PackedLayer = { ...L, geo: { ...g, emitsBits: true } };
  const gl = k.upload(Lb);
  const P = g.output.h * g.output.w;
  const outBits = k.storage(batch * packedPitch(P, L.cout) * 4);
  const d = await k.conv(gl, inBuf, outBits, batch, true);
  const binaryMs = await median(async () => {
    k.submit([d]);
    await k.device.queue.onSubmittedWorkDone();
  }, 2, runs);

  // Integer check against tfjs on ±1 tensors (exact in float32).
  const Li = identityLayer(L);
  const gi = k.upload(Li);
  const count = batch * P * L.cout;
  const outF = k.storage(count * 4);
  const di = await k.conv(gi, inBuf, outF, batch, false);
  k.submit([di]);
  const got = new Float32Array(await k.read(outF, count * 4));
  const ref = tf.tidy(() => {
    const sw = tf.tensor4d(layer.weights.map((v) => (v < 0 ? -1 : 1)), layer.shape as [number, number, number, number]);
    let y: tf.Tensor4D = tf.conv2d(tx, sw, layer.stride ?? 1, layer.padding ?? 'same');
    if (layer.pool) y = tf.maxPool(y, 2, 2, 'valid');
    return y;
  });
  const refData = (await ref.data()) as Float32Array;
  ref.dispose();
  const bitExact = got.every((v, i) => v === refData[i]);
  tx.dispose();
  tw.dispose();
  for (const o of [inBuf, outBits, outF, gl.weights, gl.ep, gi.weights, gi.ep, d.uniform, di.uniform]) o.destroy();
  const macs = batch * g.conv.h * g.conv.w * g.kh * g.kw * g.input.c * L.cout;
  return {
    case: `cnn-cifar ${name}`, shape: `${batch}x${g.input.h}x${g.input.w}x${g.input.c} k${g.kh} -> ${L.cout}${layer.pool ? ' +pool' : ''}`,
    floatMs, binaryMs, speedup: floatMs / binaryMs, binaryMacsPerSec: macs / (binaryMs / 1000), bitExact,
  };
}

function networkMacs(spec: ReturnType<typeof architectureSpec>): number {
  const geo = compileSpec(spec).geo;
  return spec.layers.reduce((s, l, i) => {
    const g = geo[i];
    return s + (l.kind === 'conv2d' ? g.conv.h * g.conv.w * g.kh * g.kw * g.input.c * g.conv.c : l.shape[0] * l.shape[1]);
  }, 0);
}

/** Whole forward pass at `batch`: engine.predict vs floatForward in tfjs float32, both reading logits back. */
async function network(arch: Architecture, batch = 256, runs = 5): Promise<CaseResult> {
  await setup();
  const spec = architectureSpec(arch, 21);
  const xs = randomInput(spec, batch, 4);
  const x = tf.tensor(xs, [batch, ...spec.inputShape] as number[]);
  const floatMs = await median(async () => {
    const y = floatForward(spec, x);
    await y.data();
    y.dispose();
  }, 2, runs);
  const engine = await createBinaryEngine();
  await engine.load(spec);
  const binaryMs = await median(async () => {
    await engine.predict(x, batch);
  }, 2, runs);
  const a = await compareWithReference(spec, engine, xs, batch);
  x.dispose();
  engine.dispose();
  return {
    case: `${arch} forward`, shape: `batch ${batch}`, floatMs, binaryMs, speedup: floatMs / binaryMs,
    binaryMacsPerSec: (networkMacs(spec) * batch) / (binaryMs / 1000),
    bitExact: a.failures === 0 && a.predictionsEqual && a.bitMismatches === 0,
    note: `engine ${engine.kind}; ${a.ties} ties within 1e-4 of 0, ${a.bitMismatches} flipped bits, predictions ${a.predictionsEqual ? 'identical' : 'DIFFER'}`,
  };
}

/** Register-only XOR + popcount throughput of the adapter, in binary MACs/s. */
async function popcountPeak(runs = 5): Promise<{ wordOpsPerSec: number; binaryMacsPerSec: number; ms: number }> {
  const { k } = await setup();
  const device = k.device;
  const module = device.createShaderModule({ code: peakSource });
  const ITER = 1024;
  const WG = 64;
  const invocations = 64 * 128;
  const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main', constants: { ITER, WG_SIZE: WG } } });
  const out = k.storage(invocations * 4);
  const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: [{ binding: 0, resource: { buffer: out } }] });
  const ms = await median(async () => {
    const enc = device.createCommandEncoder();
    const pass = enc.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(invocations / WG);
    pass.end();
    device.queue.submit([enc.finish()]);
    await device.queue.onSubmittedWorkDone();
  }, 1, runs);
  out.destroy();
  const wordOps = invocations * ITER * 32;
  return { ms, wordOpsPerSec: wordOps / (ms / 1000), binaryMacsPerSec: (wordOps * 32) / (ms / 1000) };
}

async function adapterInfo() {
  const a = await navigator.gpu?.requestAdapter();
  if (!a) return null;
  const info = (a as unknown as { info?: GPUAdapterInfo }).info;
  return { vendor: info?.vendor, architecture: info?.architecture, device: info?.device, description: info?.description, features: [...a.features].sort() };
}


/**
 * Per-layer breakdown of one forward pass at `batch`: the engine's steps, each submitted
 * alone and awaited (`engine.profile`; the plan is made by a first, untimed call), and
 * the float32 network's layers in tfjs (`floatLayer`, each flushed and awaited; second
 * of two passes).
 */
async function profile(arch: Architecture, batch = 256) {
  const { b } = await setup();
  const spec = architectureSpec(arch, 21);
  const xs = randomInput(spec, batch, 4);
  const x = tf.tensor(xs, [batch, ...spec.inputShape] as number[]);
  const engine = await createBinaryEngine();
  await engine.load(spec);
  const first = await engine.profile(x, batch);
  const { steps } = await engine.profile(x, batch);
  const planMs = first.steps.find((s) => s.layer === 'plan')?.ms ?? 0;
  engine.dispose();
  const tfjs: { layer: string; step: string; ms: number }[] = [];
  for (let rep = 0; rep < 2; rep++) {
    tfjs.length = 0;
    let h: tf.Tensor = tf.reshape(x, [batch, ...spec.inputShape]);
    for (const l of spec.layers) {
      const t0 = performance.now();
      const y = floatLayer(l, h);
      await tfjsDone(b);
      tfjs.push({ layer: l.name, step: `tfjs ${l.kind} (${l.weightMode} weights, ${l.inputMode} input)`, ms: performance.now() - t0 });
      h.dispose();
      h = y;
    }
    const t0 = performance.now();
    await h.data();
    tfjs.push({ layer: 'output', step: 'logits read-back', ms: performance.now() - t0 });
    h.dispose();
  }
  x.dispose();
  return { case: `${arch} forward`, batch, kind: engine.kind, planMs, engine: steps.filter((s) => s.layer !== 'plan'), tfjs };
}
const api = { profile, gemm, convLayerCase, network, popcountPeak, adapterInfo };
declare global {
  interface Window {
    bench: typeof api;
    benchReady: boolean;
  }
}
window.bench = api;
window.benchReady = true;
