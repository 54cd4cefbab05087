/// <reference types="@webgpu/types" />
/**
 * The binary engine: runs a {@link DeploySpec} with its binary/ternary layers on packed
 * bits — WGSL kernels on WebGPU, or the same packed algorithm in JavaScript when
 * WebGPU is missing or a kernel fails to build.
 *
 * WebGPU path: every layer runs as a WGSL kernel — packed layers on XNOR-popcount
 * (`gemm.wgsl`, `conv2d.wgsl`), float layers (typically the first and last) on
 * `conv2d_float.wgsl` / `dense_float.wgsl`. A float layer followed by a packed layer
 * emits packed sign bits from its epilogue, so activations cross from float to bits
 * inside a kernel. Per batch size the engine keeps a plan: activation buffers, uniform
 * buffers, bind groups and a read-back buffer, made once and replayed. A forward pass
 * is one upload of the input (a GPU-side copy for a tfjs WebGPU tensor on the shared
 * device), one command submission, and one read-back of the logits.
 *
 * JavaScript path: float layers run as tfjs ops via {@link floatLayer}, exactly as in
 * the float simulation; packed layers run `js.ts` on packed words.
 *
 * Agreement with `floatForward`: integer dot products are exact. The float kernels
 * repeat the operation order of tfjs' WebGPU kernels (fma chain over k, add, max pool,
 * batchNorm's dot form), so on the tfjs device they reproduce its floats. The packed
 * epilogue (alpha·D + bias, pool, folded batch norm) rounds differently from tfjs'
 * sums of ±alpha terms by a few float32 ulps, so logits agree to float32 rounding and
 * sign bits agree except where a pre-sign value lies within rounding of 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import { packActivations, packedPitch, unpackActivations } from './bits';
import type { CompiledModel } from './compile';
import { compileSpec } from './compile';
import { unpackModel } from './format';
import { jsPackedLayer } from './js';
import { asNHWC, floatLayer } from './reference';
import type { DeploySpec, Shape3 } from './spec';
import type { Dispatch, GpuFloatLayer, GpuLayer, KernelName, KernelTuning } from './webgpu';
import { BinaryKernels } from './webgpu';

/** Result of {@link BinaryEngine.predict}. */
export interface PredictResult {
  /** [batch, classes] row-major. */
  logits: Float32Array;
  /** argmax per example (first maximum on ties). */
  predictions: Int32Array;
  /** Wall time of the forward pass including the final read-back. */
  ms: number;
}

/**
 * One layer's output from {@link BinaryEngine.trace}: floats (after the epilogue) for
 * float-emitting layers, ±1 values for layers that emit packed sign bits.
 */
export interface LayerTrace {
  name: string;
  kind: 'float' | 'bits';
  values: Float32Array;
}

/** A loaded binary network. */
export interface BinaryEngine {
  /** Where packed layers run. */
  readonly kind: 'webgpu' | 'js';
  /** Why the engine runs in JavaScript, if it does. */
  readonly fallbackReason?: string;
  /** The adapter's description (WebGPU only). */
  readonly adapterInfo?: { vendor: string; architecture: string; device: string; description: string };
  /** The kernels (WebGPU only), for benchmarks. */
  readonly kernels?: BinaryKernels;
  /** Loads a spec or a packed model file (`packModel`). */
  load(model: DeploySpec | Uint8Array): Promise<void>;
  /** Forward pass on `batch` examples (flat or NHWC). */
  predict(x: Float32Array | tf.Tensor, batch: number): Promise<PredictResult>;
  /**
   * Forward pass returning the logits as a tfjs tensor [batch, classes]. On the tfjs
   * WebGPU backend's device the input and the logits never leave the GPU (the tensor
   * is a GPU-side copy of the engine's output buffer); elsewhere the logits are read
   * back and wrapped. The caller disposes the tensor.
   */
  predictTensor(x: Float32Array | tf.Tensor, batch: number): Promise<tf.Tensor2D>;
  /** Forward pass returning every layer's output (for verification). */
  trace(x: Float32Array | tf.Tensor, batch: number): Promise<LayerTrace[]>;
  /**
   * Forward pass with every step submitted on its own and awaited, returning each
   * step's wall time (upload, each layer's kernels, read-back) — for profiling; the
   * logits are those of {@link predict}.
   */
  profile(x: Float32Array | tf.Tensor, batch: number): Promise<{ steps: ProfileStep[]; logits: Float32Array }>;
  /** Releases GPU buffers. */
  dispose(): void;
}

/** One step of {@link BinaryEngine.profile}. */
export interface ProfileStep {
  /** Layer name, or 'input' / 'output'. */
  layer: string;
  /** What ran: kernel entry points, upload or read-back. */
  step: string;
  ms: number;
}

/** Options of {@link createBinaryEngine}. */
export interface EngineOptions {
  /** Use this device instead of tfjs' or a new one. */
  device?: GPUDevice;
  /** false forces the JavaScript path. Default true. */
  preferWebGPU?: boolean;
  /** Replacement WGSL sources (for testing compile failures). */
  shaderSources?: Partial<Record<KernelName, string>>;
  /** Workgroup sizes (pipeline override constants). */
  tuning?: Partial<KernelTuning>;
}

type Input = Float32Array | tf.Tensor;

/** A layer's kernels in a batch plan. */
interface PlanStep {
  layer: string;
  step: string;
  dispatches: Dispatch[];
}

/** Where a layer's output lives in a batch plan. */
interface PlanOutput {
  buffer: GPUBuffer;
  bits: boolean;
  shape: Shape3;
}

/** Everything one batch size needs on the GPU, made once and replayed. */
interface GpuBatchPlan {
  N: number;
  /** Float network input [N, h, w, c]. */
  input: GPUBuffer;
  inputBytes: number;
  steps: PlanStep[];
  outputs: PlanOutput[];
  logitsBytes: number;
  staging: GPUBuffer;
  /** Buffers owned by the plan (activations, uniforms, staging). */
  owned: GPUBuffer[];
}

/** Batch sizes whose plans are kept (least recently made dropped first). */
const MAX_PLANS = 4;

const shapeOf = (N: number, s: Shape3, dense: boolean): number[] => (dense ? [N, s.c] : [N, s.h, s.w, s.c]);

/** Index of the largest logit of each row (the first on ties). */
export function argmax(logits: Float32Array, batch: number, classes: number): Int32Array {
  const out = new Int32Array(batch);
  for (let n = 0; n < batch; n++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[n * classes + c] > logits[n * classes + best]) best = c;
    out[n] = best;
  }
  return out;
}

class Engine implements BinaryEngine {
  kind: 'webgpu' | 'js';
  fallbackReason?: string;
  adapterInfo?: BinaryEngine['adapterInfo'];
  private model?: CompiledModel;
  private gpuLayers = new Map<number, GpuLayer>();
  private gpuFloats = new Map<number, GpuFloatLayer>();
  private plans = new Map<number, GpuBatchPlan>();
  /** Runs one GPU forward pass at a time (plans' buffers are reused). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly kernels: BinaryKernels | undefined,
    private readonly shared: boolean,
    fallbackReason?: string,
  ) {
    this.kind = kernels ? 'webgpu' : 'js';
    this.fallbackReason = fallbackReason;
  }

  private exclusive<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f, f);
    this.queue = run.catch(() => undefined);
    return run;
  }

  load(model: DeploySpec | Uint8Array): Promise<void> {
    return this.exclusive(() => this.loadNow(model));
  }

  private async loadNow(model: DeploySpec | Uint8Array): Promise<void> {
    const spec = model instanceof Uint8Array ? unpackModel(model) : model;
    const compiled = compileSpec(spec);
    this.releaseGpu();
    this.model = compiled;
    if (this.kind !== 'webgpu' || !this.kernels) return;
    try {
      const k = this.kernels;
      for (const [i, L] of compiled.packed.entries()) {
        if (!L) continue;
        const bits = compiled.geo[i].emitsBits;
        const ternary = L.ternary ? 1 : 0;
        if (L.kind === 'dense') await k.pipeline('gemm', bits ? 'gemm_bits' : 'gemm_f32', { TERNARY: ternary });
        else await k.pipeline('conv2d', bits ? 'conv_bits' : 'conv_f32', { TERNARY: ternary, POOL: L.pool ? 1 : 0 });
        this.gpuLayers.set(i, k.upload(L));
      }
      for (const [i, F] of compiled.floats.entries()) {
        if (!F) continue;
        await k.floatPipeline(F, F.emitsBits);
        this.gpuFloats.set(i, k.uploadFloat(F));
      }
    } catch (e) {
      this.releaseGpu();
      this.kind = 'js';
      this.fallbackReason = `WebGPU kernels unavailable, using the JavaScript packed path: ${(e as Error).message}`;
    }
  }

  private need(): CompiledModel {
    if (!this.model) throw new Error('Binary engine: call load() before predict()');
    return this.model;
  }

  private checkSize(x: Input, batch: number): void {
    const spec = this.need().spec;
    const size = spec.inputShape.reduce((a, b) => a * b, batch);
    const got = x instanceof Float32Array ? x.length : x.size;
    if (got !== size) throw new Error(`Binary engine: input has ${got} values, expected ${batch}×${spec.inputShape.join('×')}`);
  }

  private gpu(): boolean {
    return this.kind === 'webgpu' && !!this.kernels;
  }

  async predict(x: Input, batch: number): Promise<PredictResult> {
    const t0 = performance.now();
    const logits = this.gpu() ? await this.exclusive(() => this.forwardGpu(x, batch)) : (await this.runJs(x, batch, false)).logits;
    const classes = this.need().spec.classes;
    return { logits, predictions: argmax(logits, batch, classes), ms: performance.now() - t0 };
  }

  async predictTensor(x: Input, batch: number): Promise<tf.Tensor2D> {
    const classes = this.need().spec.classes;
    if (this.gpu() && this.shared) return this.exclusive(() => this.forwardGpuTensor(x, batch));
    return tf.tensor2d((await this.predict(x, batch)).logits, [batch, classes]);
  }

  async trace(x: Input, batch: number): Promise<LayerTrace[]> {
    return this.gpu() ? this.exclusive(() => this.traceGpu(x, batch)) : (await this.runJs(x, batch, true)).trace;
  }

  async profile(x: Input, batch: number): Promise<{ steps: ProfileStep[]; logits: Float32Array }> {
    if (this.gpu()) return this.exclusive(() => this.profileGpu(x, batch));
    const t0 = performance.now();
    const { logits } = await this.runJs(x, batch, false);
    return { steps: [{ layer: 'network', step: 'JavaScript packed path', ms: performance.now() - t0 }], logits };
  }

  private input(x: Input, batch: number): tf.Tensor4D {
    const spec = this.need().spec;
    this.checkSize(x, batch);
    const t = x instanceof Float32Array ? tf.tensor(x) : x;
    const r = asNHWC(spec, t);
    if (t !== x) t.dispose();
    return r;
  }

  private async runJs(x: Input, N: number, collect: boolean): Promise<{ logits: Float32Array; trace: LayerTrace[] }> {
    const { spec, geo, packed } = this.need();
    const trace: LayerTrace[] = [];
    let t: tf.Tensor | null = this.input(x, N);
    let bits: Uint32Array | null = null;
    for (const [i, layer] of spec.layers.entries()) {
      const L = packed[i];
      const g = geo[i];
      if (!L) {
        const y: tf.Tensor = floatLayer(layer, t!);
        t!.dispose();
        t = y;
        if (collect) trace.push({ name: layer.name, kind: 'float', values: new Float32Array(await t.data()) });
        continue;
      }
      if (!bits) {
        bits = packActivations(await t!.data(), N, g.inP, g.inC);
        t!.dispose();
        t = null;
      }
      const out = jsPackedLayer(bits, N, L);
      if (g.emitsBits) {
        bits = out as Uint32Array;
        if (collect) trace.push({ name: layer.name, kind: 'bits', values: unpackActivations(bits, N, g.output.h * g.output.w, g.output.c) });
      } else {
        bits = null;
        t = tf.tensor(out as Float32Array, shapeOf(N, g.output, layer.kind === 'dense'));
        if (collect) trace.push({ name: layer.name, kind: 'float', values: out as Float32Array });
      }
    }
    const logits = new Float32Array(await t!.data());
    t!.dispose();
    return { logits, trace };
  }

  /** The batch plan for N examples (made on first use). */
  private async plan(N: number): Promise<GpuBatchPlan> {
    const cached = this.plans.get(N);
    if (cached) return cached;
    const k = this.kernels!;
    const { spec, geo, packed, floats } = this.need();
    const owned: GPUBuffer[] = [];
    const buffer = (bytes: number, label: string) => {
      const b = k.storage(bytes, undefined, label);
      owned.push(b);
      return b;
    };
    const [h0, w0, c0] = spec.inputShape;
    const inputBytes = N * h0 * w0 * c0 * 4;
    const input = buffer(inputBytes, 'network input');
    const steps: PlanStep[] = [];
    const outputs: PlanOutput[] = [];
    let prev: PlanOutput = { buffer: input, bits: false, shape: { h: h0, w: w0, c: c0 } };
    for (const [i, layer] of spec.layers.entries()) {
      const g = geo[i];
      const L = packed[i];
      const F = floats[i];
      const bits = L ? g.emitsBits : F!.emitsBits;
      const P = g.output.h * g.output.w;
      const bytes = bits ? N * packedPitch(P, g.output.c) * 4 : N * P * g.output.c * 4;
      const out: PlanOutput = { buffer: buffer(bytes, `${layer.name} output`), bits, shape: g.output };
      const dispatches: Dispatch[] = [];
      const names: string[] = [];
      if (L) {
        let src = prev.buffer;
        if (!prev.bits) {
          src = buffer(N * packedPitch(g.inP, g.inC) * 4, `${layer.name} packed input`);
          dispatches.push(await k.pack(prev.buffer, src, N, g.inP, g.inC));
          names.push('pack');
        }
        const gl = this.gpuLayers.get(i)!;
        dispatches.push(L.kind === 'dense' ? await k.gemm(gl, src, out.buffer, N, bits) : await k.conv(gl, src, out.buffer, N, bits));
        names.push(`${L.kind === 'dense' ? 'gemm' : 'conv2d'}.wgsl ${L.kind === 'dense' ? 'gemm' : 'conv'}_${bits ? 'bits' : 'f32'}${L.ternary ? ' ternary' : ''}`);
      } else {
        dispatches.push(await k.floatLayer(this.gpuFloats.get(i)!, prev.buffer, out.buffer, N, bits));
        names.push(`${F!.kind === 'dense' ? 'dense_float.wgsl dense' : 'conv2d_float.wgsl conv'}_${bits ? 'bits' : 'f32'}`);
      }
      for (const d of dispatches) owned.push(d.uniform);
      steps.push({ layer: layer.name, step: names.join(' + '), dispatches });
      outputs.push(out);
      prev = out;
    }
    const logitsBytes = N * spec.classes * 4;
    const staging = k.staging(logitsBytes, 'logits read-back');
    owned.push(staging);
    const plan: GpuBatchPlan = { N, input, inputBytes, steps, outputs, logitsBytes, staging, owned };
    if (this.plans.size >= MAX_PLANS) {
      const [oldN, old] = this.plans.entries().next().value as [number, GpuBatchPlan];
      for (const b of old.owned) b.destroy();
      this.plans.delete(oldN);
    }
    this.plans.set(N, plan);
    return plan;
  }

  /**
   * Puts the input into the plan's input buffer: a GPU-side copy recorded in `encoder`
   * for a tfjs WebGPU tensor on the shared device, else a queue write. Returns a
   * cleanup to call after submission.
   */
  private async upload(x: Input, plan: GpuBatchPlan, encoder: GPUCommandEncoder): Promise<() => void> {
    this.checkSize(x, plan.N);
    const queue = this.kernels!.device.queue;
    if (x instanceof Float32Array) {
      queue.writeBuffer(plan.input, 0, x.buffer, x.byteOffset, x.byteLength);
      return () => undefined;
    }
    const gd = this.shared && x.dtype === 'float32' ? gpuData(x) : undefined;
    if (gd?.buffer) {
      encoder.copyBufferToBuffer(gd.buffer, 0, plan.input, 0, plan.inputBytes);
      return () => gd.tensorRef.dispose();
    }
    const data = await x.data();
    const f = data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>);
    queue.writeBuffer(plan.input, 0, f.buffer, f.byteOffset, f.byteLength);
    return () => undefined;
  }

  private async readLogits(plan: GpuBatchPlan): Promise<Float32Array> {
    await plan.staging.mapAsync(1); // GPUMapMode.READ
    const logits = new Float32Array(plan.staging.getMappedRange(0, plan.logitsBytes).slice(0));
    plan.staging.unmap();
    return logits;
  }

  private copyLogits(plan: GpuBatchPlan, encoder: GPUCommandEncoder): void {
    encoder.copyBufferToBuffer(plan.outputs[plan.outputs.length - 1].buffer, 0, plan.staging, 0, plan.logitsBytes);
  }

  /**
   * Uploads the input and submits every layer in one command buffer; `readBack` also
   * copies the logits to the plan's staging buffer. Returns the plan whose last
   * output holds the logits.
   */
  private async submitForward(x: Input, N: number, readBack: boolean): Promise<GpuBatchPlan> {
    const k = this.kernels!;
    const plan = await this.plan(N);
    const encoder = k.device.createCommandEncoder();
    const cleanup = await this.upload(x, plan, encoder);
    k.encode(encoder, plan.steps.flatMap((s) => s.dispatches));
    if (readBack) this.copyLogits(plan, encoder);
    k.device.queue.submit([encoder.finish()]);
    cleanup();
    return plan;
  }

  /** One forward pass: upload, one submission of every layer, read-back of the logits. */
  private async forwardGpu(x: Input, N: number): Promise<Float32Array> {
    return this.readLogits(await this.submitForward(x, N, true));
  }

  /** {@link forwardGpu} without the read-back: tfjs copies the logits buffer on the shared device. */
  private async forwardGpuTensor(x: Input, N: number): Promise<tf.Tensor2D> {
    const plan = await this.submitForward(x, N, false);
    // tfjs submits its copy at once, so the plan's buffer can be reused by the next pass.
    const logits = plan.outputs[plan.outputs.length - 1].buffer;
    return tf.tensor({ buffer: logits }, [N, this.need().spec.classes], 'float32') as tf.Tensor2D;
  }

  private async profileGpu(x: Input, N: number): Promise<{ steps: ProfileStep[]; logits: Float32Array }> {
    const k = this.kernels!;
    const done = () => k.device.queue.onSubmittedWorkDone();
    const steps: ProfileStep[] = [];
    let t0 = performance.now();
    const plan = await this.plan(N);
    steps.push({ layer: 'plan', step: 'buffers, uniforms, bind groups (cached per batch size)', ms: performance.now() - t0 });
    t0 = performance.now();
    let encoder = k.device.createCommandEncoder();
    const cleanup = await this.upload(x, plan, encoder);
    k.device.queue.submit([encoder.finish()]);
    cleanup();
    await done();
    steps.push({ layer: 'input', step: x instanceof Float32Array ? 'writeBuffer' : 'tensor → GPU buffer copy', ms: performance.now() - t0 });
    for (const s of plan.steps) {
      t0 = performance.now();
      k.submit(s.dispatches);
      await done();
      steps.push({ layer: s.layer, step: s.step, ms: performance.now() - t0 });
    }
    t0 = performance.now();
    encoder = k.device.createCommandEncoder();
    this.copyLogits(plan, encoder);
    k.device.queue.submit([encoder.finish()]);
    const logits = await this.readLogits(plan);
    steps.push({ layer: 'output', step: 'logits read-back', ms: performance.now() - t0 });
    return { steps, logits };
  }

  /** A forward pass, then every layer's output read back (float layers that emit bits rerun to floats). */
  private async traceGpu(x: Input, N: number): Promise<LayerTrace[]> {
    const k = this.kernels!;
    const { spec, floats } = this.need();
    const plan = await this.plan(N);
    const extra: { index: number; buffer: GPUBuffer; dispatch: Dispatch }[] = [];
    for (const [i, F] of floats.entries()) {
      if (!F?.emitsBits) continue;
      const g = F.geo.output;
      const buffer = k.storage(N * g.h * g.w * g.c * 4, undefined, `${spec.layers[i].name} trace`);
      const src = i === 0 ? plan.input : plan.outputs[i - 1].buffer;
      extra.push({ index: i, buffer, dispatch: await k.floatLayer(this.gpuFloats.get(i)!, src, buffer, N, false) });
    }
    const encoder = k.device.createCommandEncoder();
    const cleanup = await this.upload(x, plan, encoder);
    k.encode(encoder, [...plan.steps.flatMap((s) => s.dispatches), ...extra.map((e) => e.dispatch)]);
    k.device.queue.submit([encoder.finish()]);
    cleanup();
    const trace: LayerTrace[] = [];
    for (const [i, layer] of spec.layers.entries()) {
      const o = plan.outputs[i];
      const P = o.shape.h * o.shape.w;
      const e = extra.find((r) => r.index === i);
      if (e) {
        trace.push({ name: layer.name, kind: 'float', values: new Float32Array(await k.read(e.buffer, N * P * o.shape.c * 4)) });
      } else if (o.bits) {
        const words = new Uint32Array(await k.read(o.buffer, N * packedPitch(P, o.shape.c) * 4));
        trace.push({ name: layer.name, kind: 'bits', values: unpackActivations(words, N, P, o.shape.c) });
      } else {
        trace.push({ name: layer.name, kind: 'float', values: new Float32Array(await k.read(o.buffer, N * P * o.shape.c * 4)) });
      }
    }
    for (const e of extra) {
      e.buffer.destroy();
      e.dispatch.uniform.destroy();
    }
    return trace;
  }

  private releaseGpu(): void {
    for (const g of this.gpuLayers.values()) {
      g.weights.destroy();
      g.ep.destroy();
    }
    for (const g of this.gpuFloats.values()) {
      g.weights.destroy();
      g.table.destroy();
    }
    for (const p of this.plans.values()) for (const b of p.owned) b.destroy();
    this.gpuLayers.clear();
    this.gpuFloats.clear();
    this.plans.clear();
  }

  dispose(): void {
    this.releaseGpu();
    this.model = undefined;
  }
}

/**
 * The tensor's GPU buffer (a copy made on the GPU by tfjs), or undefined when its
 * values still live on the CPU (a tensor just created from an array).
 */
function gpuData(t: tf.Tensor): tf.GPUData | undefined {
  try {
    return t.dataToGPU();
  } catch {
    return undefined;
  }
}

/** The tfjs WebGPU backend's device, when tfjs currently runs on it. */
function tfjsDevice(): GPUDevice | undefined {
  if (tf.getBackend() !== 'webgpu') return undefined;
  return (tf.backend() as unknown as { device?: GPUDevice }).device;
}

/**
 * Creates an engine: on the tfjs WebGPU backend's device when tfjs runs on WebGPU,
 * else on a device of its own, else (no `navigator.gpu`, no adapter, a kernel that
 * fails to compile, or `preferWebGPU: false`) on the JavaScript packed path with
 * `fallbackReason` set. Never rejects for lack of WebGPU.
 */
export async function createBinaryEngine(options: EngineOptions = {}): Promise<BinaryEngine> {
  if (options.preferWebGPU === false) return new Engine(undefined, false, 'WebGPU disabled by the caller (preferWebGPU: false)');
  let device = options.device;
  const own = tfjsDevice();
  let adapterInfo: BinaryEngine['adapterInfo'];
  if (!device && own) device = own;
  if (!device) {
    const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
    if (!gpu) return new Engine(undefined, false, 'WebGPU is not available (navigator.gpu is missing)');
    let adapter: GPUAdapter | null = null;
    try {
      adapter = await gpu.requestAdapter();
    } catch (e) {
      return new Engine(undefined, false, `WebGPU adapter request failed: ${(e as Error).message}`);
    }
    if (!adapter) return new Engine(undefined, false, 'WebGPU has no adapter (requestAdapter() returned null)');
    const info = (adapter as unknown as { info?: GPUAdapterInfo }).info;
    if (info) adapterInfo = { vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description };
    const features: GPUFeatureName[] = adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
    device = await adapter.requestDevice({ requiredFeatures: features });
  }
  const shared = device === own;
  try {
    const kernels = await BinaryKernels.create(device, { sources: options.shaderSources, tuning: options.tuning });
    const engine = new Engine(kernels, shared);
    engine.adapterInfo = adapterInfo ?? (shared ? tfjsAdapterInfo() : undefined);
    return engine;
  } catch (e) {
    return new Engine(undefined, false, `WebGPU kernels unavailable, using the JavaScript packed path: ${(e as Error).message}`);
  }
}

/** Where the binary engine would run its packed layers, found without compiling any kernel. */
export type BinaryTarget = { kind: 'webgpu'; adapter: string; software: boolean } | { kind: 'js'; reason: string };

const SOFTWARE_ADAPTER = /swiftshader|llvmpipe|lavapipe|softpipe|software/i;

/**
 * Asks for the adapter the engine would use (the tfjs WebGPU backend's, else the
 * browser's), for the page to say where binary layers run before any deployment; the
 * deployment itself may still fall back to JavaScript if a kernel fails to compile.
 */
export async function binaryEngineTarget(): Promise<BinaryTarget> {
  let info: { vendor?: string; architecture?: string; description?: string } | undefined;
  if (tfjsDevice()) info = tfjsAdapterInfo();
  else {
    const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
    if (!gpu) return { kind: 'js', reason: 'WebGPU is not available in this browser' };
    let adapter: GPUAdapter | null;
    try {
      adapter = await gpu.requestAdapter();
    } catch (e) {
      return { kind: 'js', reason: `the WebGPU adapter request failed: ${(e as Error).message}` };
    }
    if (!adapter) return { kind: 'js', reason: 'WebGPU has no adapter' };
    info = (adapter as unknown as { info?: GPUAdapterInfo }).info;
    if ((adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter) info = { ...info, description: `${info?.description ?? ''} fallback adapter`.trim() };
  }
  const text = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');
  const software = SOFTWARE_ADAPTER.test(text) || /fallback adapter/.test(text);
  return { kind: 'webgpu', adapter: /swiftshader/i.test(text) ? 'SwiftShader' : text || 'unnamed adapter', software };
}

function tfjsAdapterInfo(): BinaryEngine['adapterInfo'] {
  const info = (tf.backend() as unknown as { adapterInfo?: { vendor?: string; architecture?: string } }).adapterInfo;
  return info ? { vendor: info.vendor ?? '', architecture: info.architecture ?? '', device: '', description: '' } : undefined;
}
