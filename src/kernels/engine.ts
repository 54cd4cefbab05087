/// <reference types="@webgpu/types" />
/**
 * The binary engine: runs a {@link DeploySpec} with its binary/ternary layers on packed
 * bits — WGSL kernels on WebGPU, or the same packed algorithm in JavaScript when
 * WebGPU is missing or a kernel fails to build. Float layers (typically the first and
 * last) run as tfjs ops via {@link floatLayer}, exactly as in the float simulation.
 *
 * Device sharing: when tfjs runs on its WebGPU backend the engine uses that backend's
 * `GPUDevice`; float tensors enter the kernels through `tensor.dataToGPU()` and leave
 * as tensors created from the output `GPUBuffer` (`tf.tensor({ buffer })`), so no
 * activation goes through the CPU. Consecutive packed layers pass packed bits
 * (sign + pack fused in the producing layer's epilogue) in one command submission.
 * Otherwise the engine requests its own adapter and crosses to tfjs via the CPU.
 *
 * Agreement with `floatForward`: integer dot products are exact; the float epilogue
 * (alpha·D + bias, pool, folded batch norm) rounds differently from tfjs' sums of
 * ±alpha terms by a few float32 ulps, so logits agree to float32 rounding and sign
 * bits agree except where a pre-sign value lies within rounding of 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import { packActivations, packedPitch, unpackActivations } from './bits';
import type { CompiledModel, PackedLayer } from './compile';
import { compileSpec } from './compile';
import { unpackModel } from './format';
import { jsPackedLayer } from './js';
import { asNHWC, floatLayer } from './reference';
import type { DeploySpec, Shape3 } from './spec';
import type { Dispatch, GpuLayer, KernelName, KernelTuning } from './webgpu';
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
  /** Forward pass returning every layer's output (for verification). */
  trace(x: Float32Array | tf.Tensor, batch: number): Promise<LayerTrace[]>;
  /** Releases GPU buffers. */
  dispose(): void;
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

interface GpuBatchPlan {
  /** Packed input buffer of each packed layer that follows a float layer. */
  packedIn: Map<number, GPUBuffer>;
  /** Output buffer and dispatch of each packed layer. */
  out: Map<number, { buffer: GPUBuffer; dispatch: Dispatch }>;
}

const shapeOf = (N: number, s: Shape3, dense: boolean): number[] => (dense ? [N, s.c] : [N, s.h, s.w, s.c]);

function argmax(logits: Float32Array, batch: number, classes: number): Int32Array {
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
  private plans = new Map<number, GpuBatchPlan>();

  constructor(
    readonly kernels: BinaryKernels | undefined,
    private readonly shared: boolean,
    fallbackReason?: string,
  ) {
    this.kind = kernels ? 'webgpu' : 'js';
    this.fallbackReason = fallbackReason;
  }

  async load(model: DeploySpec | Uint8Array): Promise<void> {
    const spec = model instanceof Uint8Array ? unpackModel(model) : model;
    const compiled = compileSpec(spec);
    this.releaseGpu();
    this.model = compiled;
    if (this.kind !== 'webgpu' || !this.kernels) return;
    try {
      for (const [i, L] of compiled.packed.entries()) {
        if (!L) continue;
        const bits = compiled.geo[i].emitsBits;
        const k = this.kernels;
        const ternary = L.ternary ? 1 : 0;
        if (L.kind === 'dense') await k.pipeline('gemm', bits ? 'gemm_bits' : 'gemm_f32', { TERNARY: ternary });
        else await k.pipeline('conv2d', bits ? 'conv_bits' : 'conv_f32', { TERNARY: ternary, POOL: L.pool ? 1 : 0 });
        this.gpuLayers.set(i, k.upload(L));
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

  async predict(x: Input, batch: number): Promise<PredictResult> {
    const t0 = performance.now();
    const { logits } = await this.run(x, batch, false);
    const classes = this.need().spec.classes;
    return { logits, predictions: argmax(logits, batch, classes), ms: performance.now() - t0 };
  }

  async trace(x: Input, batch: number): Promise<LayerTrace[]> {
    return (await this.run(x, batch, true)).trace;
  }

  private input(x: Input, batch: number): tf.Tensor4D {
    const spec = this.need().spec;
    const t = x instanceof Float32Array ? tf.tensor(x) : x;
    const size = spec.inputShape.reduce((a, b) => a * b, batch);
    if (t.size !== size) throw new Error(`Binary engine: input has ${t.size} values, expected ${batch}×${spec.inputShape.join('×')}`);
    const r = asNHWC(spec, t);
    if (t !== x) t.dispose();
    return r;
  }

  private async run(x: Input, N: number, collect: boolean): Promise<{ logits: Float32Array; trace: LayerTrace[] }> {
    return this.kind === 'webgpu' && this.kernels ? this.runGpu(x, N, collect) : this.runJs(x, N, collect);
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

  private async plan(N: number): Promise<GpuBatchPlan> {
    let p = this.plans.get(N);
    if (p) return p;
    const k = this.kernels!;
    const { geo, packed } = this.need();
    p = { packedIn: new Map(), out: new Map() };
    let prev: GPUBuffer | undefined;
    for (const [i, L] of packed.entries()) {
      if (!L) {
        prev = undefined;
        continue;
      }
      const g = geo[i];
      let input = prev;
      if (!input) {
        input = k.storage(N * packedPitch(g.inP, g.inC) * 4, undefined, `packed input ${i}`);
        p.packedIn.set(i, input);
      }
      const bytes = g.emitsBits ? N * packedPitch(g.output.h * g.output.w, g.output.c) * 4 : N * g.output.h * g.output.w * g.output.c * 4;
      const buffer = k.storage(bytes, undefined, `layer ${i} output`);
      const gl = this.gpuLayers.get(i)!;
      const dispatch = L.kind === 'dense' ? await k.gemm(gl, input, buffer, N, g.emitsBits) : await k.conv(gl, input, buffer, N, g.emitsBits);
      p.out.set(i, { buffer, dispatch });
      prev = g.emitsBits ? buffer : undefined;
    }
    this.plans.set(N, p);
    return p;
  }

  private async runGpu(x: Input, N: number, collect: boolean): Promise<{ logits: Float32Array; trace: LayerTrace[] }> {
    const k = this.kernels!;
    const { spec, geo, packed } = this.need();
    const plan = await this.plan(N);
    const trace: LayerTrace[] = [];
    const bitsToRead: { index: number; L: PackedLayer; buffer: GPUBuffer }[] = [];
    let t: tf.Tensor | null = this.input(x, N);
    let pending: Dispatch[] = [];
    const cleanup: (() => void)[] = [];
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
      if (t) {
        const target = plan.packedIn.get(i)!;
        let source: GPUBuffer;
        const gd = this.shared ? gpuData(t) : undefined;
        if (gd) {
          source = gd.buffer!;
          cleanup.push(() => gd.tensorRef.dispose());
        } else {
          const data = (await t.data()) as Float32Array;
          source = k.storage(data.byteLength, data, 'float input');
          cleanup.push(() => source.destroy());
        }
        const d = await k.pack(source, target, N, g.inP, g.inC);
        cleanup.push(() => d.uniform.destroy());
        pending.push(d);
        t.dispose();
        t = null;
      }
      const { buffer, dispatch } = plan.out.get(i)!;
      pending.push(dispatch);
      if (g.emitsBits) {
        if (collect) {
          trace.push({ name: layer.name, kind: 'bits', values: new Float32Array(0) });
          bitsToRead.push({ index: trace.length - 1, L, buffer });
        }
        continue;
      }
      k.submit(pending);
      pending = [];
      for (const f of cleanup.splice(0)) f();
      const shape = shapeOf(N, g.output, layer.kind === 'dense');
      if (this.shared) t = tf.tensor({ buffer, zeroCopy: false }, shape, 'float32');
      else {
        const size = shape.reduce((a, b) => a * b, 1);
        t = tf.tensor(new Float32Array(await k.read(buffer, size * 4)), shape);
      }
      if (collect) trace.push({ name: layer.name, kind: 'float', values: new Float32Array(await t.data()) });
    }
    if (pending.length) k.submit(pending);
    for (const f of cleanup) f();
    const logits = new Float32Array(await t!.data());
    t!.dispose();
    for (const r of bitsToRead) {
      const g = r.L.geo.output;
      const P = g.h * g.w;
      const words = new Uint32Array(await k.read(r.buffer, N * packedPitch(P, g.c) * 4));
      trace[r.index].values = unpackActivations(words, N, P, g.c);
    }
    return { logits, trace };
  }

  private releaseGpu(): void {
    for (const g of this.gpuLayers.values()) {
      g.weights.destroy();
      g.ep.destroy();
    }
    for (const p of this.plans.values()) {
      for (const b of p.packedIn.values()) b.destroy();
      for (const o of p.out.values()) {
        o.buffer.destroy();
        o.dispatch.uniform.destroy();
      }
    }
    this.gpuLayers.clear();
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

function tfjsAdapterInfo(): BinaryEngine['adapterInfo'] {
  const info = (tf.backend() as unknown as { adapterInfo?: { vendor?: string; architecture?: string } }).adapterInfo;
  return info ? { vendor: info.vendor ?? '', architecture: info.architecture ?? '', device: '', description: '' } : undefined;
}
