/// <reference types="@webgpu/types" />
/**
 * Browser test page for the binary engine (`e2e/kernels.spec.ts`): exposes async
 * checks on `window.kernelTests`; each returns plain JSON for `page.evaluate`.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgpu';
import { packActivations, packedPitch, unpackActivations } from '../../src/kernels/bits';
import type { PackedLayer } from '../../src/kernels/compile';
import { compileSpec } from '../../src/kernels/compile';
import { createBinaryEngine } from '../../src/kernels/engine';
import { architectureCases, edgeCases, floatEdgeCases, randomInput, rng, uniform } from '../../src/kernels/fixtures.test-support';
import { packModel } from '../../src/kernels/format';
import { jsConvDots, jsDenseDots, jsEpilogue } from '../../src/kernels/js';
import { floatLayer } from '../../src/kernels/reference';
import { compareWithReference, FLOAT_REL, TIE_REL } from '../../src/kernels/verify.test-support';
import { BinaryKernels } from '../../src/kernels/webgpu';

async function useBackend(name: 'webgpu' | 'cpu'): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} unavailable`);
  await tf.ready();
}

/** GPUBuffer.mapAsync calls so far: every read-back of GPU data to the CPU goes through one. */
let mapAsyncCalls = 0;
if (typeof GPUBuffer !== 'undefined') {
  const mapAsync = GPUBuffer.prototype.mapAsync;
  GPUBuffer.prototype.mapAsync = function (this: GPUBuffer, ...args: Parameters<GPUBuffer['mapAsync']>) {
    mapAsyncCalls++;
    return mapAsync.apply(this, args);
  };
}

/** Engine vs floatForward on every edge case and architecture. */
async function agreement(backend: 'webgpu' | 'cpu') {
  await useBackend(backend);
  const engine = await createBinaryEngine();
  const results = [];
  for (const c of [...edgeCases(), ...floatEdgeCases(), ...architectureCases()]) {
    // Load half of the cases from the packed file, to cover the loader too.
    await engine.load(results.length % 2 ? packModel(c.spec) : c.spec);
    const x = randomInput(c.spec, c.batch, 5);
    const a = await compareWithReference(c.spec, engine, x, c.batch);
    // predict() (one submission, no trace outputs) on an array and on a tensor gives the trace's logits.
    const mapsBeforePredict = mapAsyncCalls;
    const fromArray = await engine.predict(x, c.batch);
    const predictReadBacks = mapAsyncCalls - mapsBeforePredict;
    const xt = tf.tensor(x, [c.batch, ...c.spec.inputShape]);
    const fromTensor = await engine.predict(xt, c.batch);
    xt.dispose();
    const predictEqualsTrace = fromArray.logits.every((v, j) => v === a.logits[j]) && fromTensor.logits.every((v, j) => v === a.logits[j]);
    // predictTensor(): tensor in, tensor out; on the shared device nothing is mapped for reading on the way.
    const xt2 = tf.tensor(x, [c.batch, ...c.spec.inputShape]);
    const mapsBefore = mapAsyncCalls;
    const logitsTensor = await engine.predictTensor(xt2, c.batch);
    const tensorReadBacks = mapAsyncCalls - mapsBefore;
    xt2.dispose();
    const tensorLogits = await logitsTensor.data();
    const tensorEqualsTrace = logitsTensor.shape.join('x') === `${c.batch}x${c.spec.classes}` && tensorLogits.every((v, j) => v === a.logits[j]);
    logitsTensor.dispose();
    results.push({
      name: c.name, failures: a.failures, ties: a.ties, bitMismatches: a.bitMismatches, predictionsEqual: a.predictionsEqual,
      maxLogitDiff: a.maxLogitDiff, layers: a.layers.length, finite: a.logits.every(Number.isFinite) && a.logits.some((v) => v !== 0),
      predictEqualsTrace, tensorEqualsTrace, tensorReadBacks, predictReadBacks,
    });
  }
  const out = { kind: engine.kind, fallbackReason: engine.fallbackReason, results };
  engine.dispose();
  return out;
}

/** Identity epilogue: the kernel's float output is then D itself (pooled by max). */
function rawDots(L: PackedLayer): PackedLayer {
  const ep = new Float32Array(L.cout * 4);
  for (let c = 0; c < L.cout; c++) ep.set([1, 0, 1, 0], c * 4);
  return { ...L, ep, relu: false, geo: { ...L.geo, emitsBits: false } };
}

/**
 * Kernel-level exactness: for every packed layer of every case, the WGSL integer dot
 * products (identity epilogue, float output, fused max pool), the packed-sign outputs
 * and the pack kernel must equal the JavaScript packed path exactly.
 */
async function exactness() {
  await useBackend('webgpu');
  const device = (tf.backend() as unknown as { device: GPUDevice }).device;
  // Default tuning, and the GEMM with workgroup-memory staging (STAGE) and other sizes.
  const tunings = [await BinaryKernels.create(device), await BinaryKernels.create(device, { tuning: { gemm: { WG_X: 8, WG_Y: 8, STAGE: 1 }, conv: { WG_SIZE: 32 } } })];
  const r = rng(9);
  const rows: { name: string; layer: string; tuning: number; values: number; mismatches: number; packMismatches: number; bitsMismatches: number }[] = [];
  const cases = [...edgeCases(), ...floatEdgeCases(), ...architectureCases()].flatMap((c) => tunings.map((k, tuning) => ({ ...c, k, tuning })));
  for (const { k, tuning, ...c } of cases) {
    const model = compileSpec(c.spec);
    for (const [i, L0] of model.packed.entries()) {
      if (!L0) continue;
      const g = L0.geo;
      const N = c.batch;
      // Random float input of this layer, with exact zeros and negative zeros mixed in.
      const x = uniform(r, N * g.inP * g.inC);
      for (let j = 0; j < x.length; j += 11) x[j] = j % 22 ? 0 : -0;
      const xBuf = k.storage(x.byteLength, x);
      const packedBuf = k.storage(N * packedPitch(g.inP, g.inC) * 4);
      const dp = await k.pack(xBuf, packedBuf, N, g.inP, g.inC);
      k.submit([dp]);
      const gpuPacked = new Uint32Array(await k.read(packedBuf, N * packedPitch(g.inP, g.inC) * 4));
      const jsPacked = packActivations(x, N, g.inP, g.inC);
      let packMismatches = 0;
      jsPacked.forEach((v, j) => (packMismatches += v === gpuPacked[j] ? 0 : 1));

      const L = rawDots(L0);
      const gl = k.upload(L);
      const outCount = N * g.output.h * g.output.w * L.cout;
      const outBuf = k.storage(outCount * 4);
      const d = L.kind === 'dense' ? await k.gemm(gl, packedBuf, outBuf, N, false) : await k.conv(gl, packedBuf, outBuf, N, false);
      k.submit([d]);
      const gpu = new Float32Array(await k.read(outBuf, outCount * 4));
      const dots = L.kind === 'dense' ? jsDenseDots(jsPacked, N, L) : jsConvDots(jsPacked, N, L);
      const ref = jsEpilogue(dots, N, L) as Float32Array;
      let mismatches = 0;
      ref.forEach((v, j) => (mismatches += v === gpu[j] ? 0 : 1));

      // Packed-sign output of the real epilogue (the value feeding the next layer).
      const Lb: PackedLayer = { ...L0, geo: { ...g, emitsBits: true } };
      const glb = k.upload(Lb);
      const P = g.output.h * g.output.w;
      const bitsBuf = k.storage(N * packedPitch(P, L.cout) * 4);
      const db = L.kind === 'dense' ? await k.gemm(glb, packedBuf, bitsBuf, N, true) : await k.conv(glb, packedBuf, bitsBuf, N, true);
      k.submit([db]);
      const gpuBits = new Uint32Array(await k.read(bitsBuf, N * packedPitch(P, L.cout) * 4));
      const jsBits = jsEpilogue(dots, N, Lb) as Uint32Array;
      let bitsMismatches = 0;
      jsBits.forEach((v, j) => (bitsMismatches += v === gpuBits[j] ? 0 : 1));

      rows.push({ name: c.name, layer: c.spec.layers[i].name, tuning, values: ref.length, mismatches, packMismatches, bitsMismatches });
      for (const b of [xBuf, packedBuf, outBuf, bitsBuf, gl.weights, gl.ep, glb.weights, glb.ep, d.uniform, db.uniform, dp.uniform]) b.destroy();
    }
  }
  return rows;
}

/**
 * Float-kernel exactness: every float layer of every case, on random float input
 * (with exact and negative zeros), through `conv2d_float.wgsl` / `dense_float.wgsl`
 * against the same layer as tfjs ops (`floatLayer`, the float simulation and the JS
 * path's float step) on the same WebGPU device: float outputs compared value for
 * value, packed-sign outputs against the JS packing of the tfjs floats.
 */
async function floatExactness() {
  await useBackend('webgpu');
  const device = (tf.backend() as unknown as { device: GPUDevice }).device;
  const k = await BinaryKernels.create(device);
  const r = rng(19);
  const rows = [];
  for (const c of [...edgeCases(), ...floatEdgeCases(), ...architectureCases()]) {
    const model = compileSpec(c.spec);
    for (const [i, F] of model.floats.entries()) {
      if (!F) continue;
      const g = F.geo;
      for (const N of [c.batch, 1, 37]) {
        const x = uniform(r, N * g.input.h * g.input.w * g.input.c, -2, 2);
        for (let j = 0; j < x.length; j += 13) x[j] = j % 26 ? 0 : -0;
        const xt = tf.tensor4d(x, [N, g.input.h, g.input.w, g.input.c]);
        const ref = floatLayer(c.spec.layers[i], xt);
        const refData = (await ref.data()) as Float32Array;
        ref.dispose();
        xt.dispose();
        const gl = k.uploadFloat(F);
        const xBuf = k.storage(x.byteLength, x);
        const P = g.output.h * g.output.w;
        const outBuf = k.storage(N * P * F.cout * 4);
        const df = await k.floatLayer(gl, xBuf, outBuf, N, false);
        const bitsBytes = N * packedPitch(P, F.cout) * 4;
        const bitsBuf = k.storage(bitsBytes);
        const db = await k.floatLayer(gl, xBuf, bitsBuf, N, true);
        k.submit([df, db]);
        const got = new Float32Array(await k.read(outBuf, N * P * F.cout * 4));
        const gotBits = new Uint32Array(await k.read(bitsBuf, bitsBytes));
        let mismatches = 0;
        let maxAbsDiff = 0;
        let maxRef = 0;
        refData.forEach((v, j) => {
          if (v !== got[j]) mismatches++;
          maxAbsDiff = Math.max(maxAbsDiff, Math.abs(v - got[j]));
          maxRef = Math.max(maxRef, Math.abs(v));
        });
        const jsBits = packActivations(refData, N, P, F.cout);
        let bitsMismatches = 0;
        jsBits.forEach((v, j) => (bitsMismatches += v === gotBits[j] ? 0 : 1));
        // Sign bits that differ away from a tie (|ref| > TIE_REL·max|ref|).
        let unexplainedBits = 0;
        const gotSigns = unpackActivations(gotBits, N, P, F.cout);
        refData.forEach((v, j) => {
          if ((v < 0 ? -1 : 1) !== gotSigns[j] && Math.abs(v) > TIE_REL * maxRef) unexplainedBits++;
        });
        // tfjs 4.22 multiplies with a workgroup tree reduction (MatMulReduceProgram) when
        // the product has at most 128 values, and with an fma chain over k otherwise,
        // the order the float kernels use.
        const sameOrder = F.kind === 'conv2d' || N * F.cout > 128;
        rows.push({
          name: c.name, layer: c.spec.layers[i].name, kind: F.kind, batch: N, values: refData.length, sameOrder,
          mismatches, maxAbsDiff, tolerance: FLOAT_REL * (1 + maxRef), bitsMismatches, unexplainedBits,
        });
        for (const b of [gl.weights, gl.table, xBuf, outBuf, bitsBuf, df.uniform, db.uniform]) b.destroy();
      }
    }
  }
  return rows;
}

/** A kernel that does not compile gives a clear reason and the working JS path. */
async function compileFailure() {
  await useBackend('webgpu');
  const engine = await createBinaryEngine({ shaderSources: { gemm: 'fn main( { this is not WGSL' } });
  const c = edgeCases()[1];
  await engine.load(c.spec);
  const a = await compareWithReference(c.spec, engine, randomInput(c.spec, c.batch), c.batch);
  return { kind: engine.kind, fallbackReason: engine.fallbackReason ?? '', failures: a.failures, predictionsEqual: a.predictionsEqual, logits: a.logits.length };
}

/** The engine inside a module worker (no DOM), on its own WebGPU device. */
function inWorker(): Promise<unknown> {
  const worker = new Worker(new URL('./kernels.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
  });
}

async function adapter() {
  const a = await navigator.gpu?.requestAdapter();
  const info = (a as unknown as { info?: GPUAdapterInfo } | null)?.info;
  return a ? { vendor: info?.vendor, architecture: info?.architecture, description: info?.description, features: [...a.features] } : null;
}

const api = { agreement, exactness, floatExactness, compileFailure, inWorker, adapter };
declare global {
  interface Window {
    kernelTests: typeof api;
    kernelsReady: boolean;
  }
}
window.kernelTests = api;
window.kernelsReady = true;
