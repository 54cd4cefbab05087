/// <reference types="@webgpu/types" />
/**
 * WebGPU side of the binary engine: compiles the WGSL kernels (`pack.wgsl`,
 * `gemm.wgsl`, `conv2d.wgsl`, `conv2d_float.wgsl`, `dense_float.wgsl`), uploads
 * layers and prepares dispatches (pipeline, uniform buffer and bind group built once,
 * replayed every forward pass). Works on any `GPUDevice` — the tfjs WebGPU backend's
 * or a private one — and in workers. Each kernel's `struct Params` and uniform bytes
 * come from its layout in `params.ts`.
 */
import packSource from './pack.wgsl?raw';
import gemmSource from './gemm.wgsl?raw';
import convSource from './conv2d.wgsl?raw';
import convFloatSource from './conv2d_float.wgsl?raw';
import convStoreSource from './conv2d_store.wgsl?raw';
import denseFloatSource from './dense_float.wgsl?raw';
import floatEpilogueSource from './float_epilogue.wgsl?raw';
import { packedPitch } from './bits';
import type { FloatLayer, PackedLayer } from './compile';
import { KERNEL_PARAMS } from './params';
import { words32 } from './spec';
import type { UniformLayout, UniformValues } from './uniforms';
import { packUniforms, wgslStruct } from './uniforms';

/** The WGSL kernels, by file name: one per layout in `params.ts`. */
export type KernelName = keyof typeof KERNEL_PARAMS;

/** One file of a shader module's source. */
export interface SourcePart {
  file: string;
  text: string;
}

/**
 * The source files of each kernel's module, in order: its generated `struct Params`,
 * its own file, then the stages it shares (WGSL has no includes).
 */
export const KERNEL_PARTS: Record<KernelName, SourcePart[]> = {
  pack: kernelParts('pack', packSource),
  gemm: kernelParts('gemm', gemmSource),
  conv2d: kernelParts('conv2d', convSource, { file: 'conv2d_store.wgsl', text: convStoreSource }),
  conv2d_float: kernelParts(
    'conv2d_float',
    convFloatSource,
    { file: 'float_epilogue.wgsl', text: floatEpilogueSource },
    { file: 'conv2d_store.wgsl', text: convStoreSource },
  ),
  dense_float: kernelParts('dense_float', denseFloatSource, { file: 'float_epilogue.wgsl', text: floatEpilogueSource }),
};

function kernelParts(name: KernelName, source: string, ...shared: SourcePart[]): SourcePart[] {
  return [{ file: 'params.ts (generated Params)', text: wgslStruct(KERNEL_PARAMS[name]) }, { file: `${name}.wgsl`, text: source }, ...shared];
}

/** Built-in WGSL module sources: the parts of {@link KERNEL_PARTS} joined. */
export const KERNEL_SOURCES = Object.fromEntries(
  Object.entries(KERNEL_PARTS).map(([name, parts]) => [name, parts.map((p) => p.text).join('\n')]),
) as Record<KernelName, string>;

/** File and line within `parts` of line `lineNum` (1-based) of their joined text. */
export function sourceLocation(parts: SourcePart[], lineNum: number): string {
  let first = 1;
  for (const p of parts) {
    const lines = p.text.split('\n').length;
    if (lineNum < first + lines) return `${p.file}:${lineNum - first + 1}`;
    first += lines;
  }
  return `line ${lineNum}`;
}

/** A kernel that failed to compile or to build a pipeline. */
export class KernelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KernelError';
  }
}

/** Workgroup sizes, passed as pipeline `override` constants. */
export interface KernelTuning {
  gemm: { WG_X: number; WG_Y: number; STAGE: number };
  conv: { WG_SIZE: number };
  pack: { WG_SIZE: number };
  convFloat: { WG_SIZE: number };
  denseFloat: { WG_X: number; WG_Y: number };
}

export const DEFAULT_TUNING: KernelTuning = {
  // Unstaged reads measured fastest on SwiftShader (`npm run bench:binary -- --tune`).
  gemm: { WG_X: 4, WG_Y: 4, STAGE: 0 },
  conv: { WG_SIZE: 64 },
  pack: { WG_SIZE: 64 },
  convFloat: { WG_SIZE: 64 },
  denseFloat: { WG_X: 8, WG_Y: 8 },
};

/** Register tile of `gemm.wgsl` (TM × TN) and channels per conv invocation. */
const GEMM_TM = 8;
const GEMM_TN = 4;
const CONV_CHANNELS = 16;
/** Rows per invocation of `dense_float.wgsl`. */
const DENSE_FLOAT_TM = 16;
const MAX_GROUPS = 65535;

/** One recorded kernel launch: a pipeline, its bind group and workgroup counts. */
export interface Dispatch {
  pipeline: GPUComputePipeline;
  bindGroup: GPUBindGroup;
  groups: [number, number, number];
  /** Output buffer to zero before the launch (packed outputs are OR-ed in). */
  clear?: GPUBuffer;
  /** Uniform buffer owned by this dispatch. */
  uniform: GPUBuffer;
}

/** Packed layer resident on the GPU. */
export interface GpuLayer {
  layer: PackedLayer;
  weights: GPUBuffer;
  ep: GPUBuffer;
}

/** Float layer resident on the GPU. */
export interface GpuFloatLayer {
  layer: FloatLayer;
  weights: GPUBuffer;
  table: GPUBuffer;
}

const STORAGE = 0x80; // GPUBufferUsage.STORAGE (constants are not defined in Node)
const COPY_SRC = 0x04;
const COPY_DST = 0x08;
const UNIFORM = 0x40;

/** Splits `count` workgroups over x (≤ 65535) and an overflow axis. */
function fold(count: number): { x: number; rows: number } {
  if (count <= MAX_GROUPS) return { x: Math.max(count, 1), rows: 1 };
  return { x: MAX_GROUPS, rows: Math.ceil(count / MAX_GROUPS) };
}

/** Compiled kernels on one device, with pipeline cache and buffer helpers. */
export class BinaryKernels {
  private readonly pipelines = new Map<string, Promise<GPUComputePipeline>>();

  private constructor(
    readonly device: GPUDevice,
    private readonly modules: Record<KernelName, GPUShaderModule>,
    readonly tuning: KernelTuning,
  ) {}

  /**
   * Compiles the kernels. Rejects with a {@link KernelError} naming the file, line and
   * message when a shader does not compile. `sources` replaces built-in WGSL (tests).
   */
  static async create(device: GPUDevice, options: { sources?: Partial<Record<KernelName, string>>; tuning?: Partial<KernelTuning> } = {}): Promise<BinaryKernels> {
    const modules = {} as Record<KernelName, GPUShaderModule>;
    for (const name of Object.keys(KERNEL_PARTS) as KernelName[]) {
      const replaced = options.sources?.[name];
      const parts = replaced === undefined ? KERNEL_PARTS[name] : [{ file: `${name}.wgsl`, text: replaced }];
      const code = replaced ?? KERNEL_SOURCES[name];
      device.pushErrorScope('validation');
      const module = device.createShaderModule({ code, label: `${name}.wgsl` });
      const info = await module.getCompilationInfo();
      const scopeError = await device.popErrorScope();
      const errors = info.messages.filter((m) => m.type === 'error');
      if (errors.length || scopeError) {
        const detail = errors.length ? errors.map((m) => `${sourceLocation(parts, m.lineNum)}:${m.linePos} ${m.message}`).join('; ') : scopeError!.message;
        throw new KernelError(`${name}.wgsl failed to compile: ${detail}`);
      }
      modules[name] = module;
    }
    const kernels = new BinaryKernels(device, modules, { ...DEFAULT_TUNING, ...options.tuning });
    // Build the pipelines every model needs now, so failures surface at creation.
    await kernels.pipeline('pack', 'main', {});
    await kernels.pipeline('gemm', 'gemm_f32', { TERNARY: 0 });
    return kernels;
  }

  /** A compute pipeline (cached) for one kernel entry point and override set. */
  pipeline(kernel: KernelName, entryPoint: string, constants: Record<string, number>): Promise<GPUComputePipeline> {
    const t = this.tuning;
    const sizes = { gemm: t.gemm, conv2d: t.conv, pack: t.pack, conv2d_float: t.convFloat, dense_float: t.denseFloat }[kernel];
    const all: Record<string, number> = { ...sizes, ...constants };
    const key = `${kernel}:${entryPoint}:${JSON.stringify(all)}`;
    let p = this.pipelines.get(key);
    if (!p) {
      p = this.device
        .createComputePipelineAsync({ layout: 'auto', label: key, compute: { module: this.modules[kernel], entryPoint, constants: all } })
        .catch((e: unknown) => {
          throw new KernelError(`${kernel}.wgsl (${entryPoint}) pipeline failed: ${(e as Error).message}`);
        });
      this.pipelines.set(key, p);
    }
    return p;
  }

  /** A storage buffer (STORAGE | COPY_SRC | COPY_DST), optionally initialised. */
  storage(bytes: number, data?: ArrayBufferView, label?: string): GPUBuffer {
    const size = Math.max(4, Math.ceil(bytes / 4) * 4); // exact: tfjs reads whole buffers
    const buffer = this.device.createBuffer({ size, usage: STORAGE | COPY_SRC | COPY_DST, label });
    if (data) this.device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
    return buffer;
  }

  /** A uniform buffer holding `values` in the layout of `layout`. */
  private uniform<L extends UniformLayout>(layout: L, values: UniformValues<L>): GPUBuffer {
    const data = packUniforms(layout, values);
    const buffer = this.device.createBuffer({ size: data.byteLength, usage: UNIFORM | COPY_DST });
    this.device.queue.writeBuffer(buffer, 0, data);
    return buffer;
  }

  private bind(pipeline: GPUComputePipeline, buffers: GPUBuffer[]): GPUBindGroup {
    return this.device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
  }

  /** Uploads a packed layer: weight planes and the epilogue table (see the WGSL headers). */
  upload(layer: PackedLayer): GpuLayer {
    const weights = this.storage(layer.words.byteLength, layer.words, 'weights');
    const n = layer.kind === 'conv2d' ? layer.coutPad : layer.cout;
    const table = new Float32Array(4 * n);
    for (let c = 0; c < layer.cout; c++) for (let s = 0; s < 4; s++) table[s * n + c] = layer.ep[c * 4 + s];
    return { layer, weights, ep: this.storage(table.byteLength, table, 'epilogue') };
  }

  /** Uploads a float layer: padded quantized weights and its parameter table. */
  uploadFloat(layer: FloatLayer): GpuFloatLayer {
    return { layer, weights: this.storage(layer.weights.byteLength, layer.weights, 'float weights'), table: this.storage(layer.table.byteLength, layer.table, 'float params') };
  }

  /** Pipeline of a float layer (entry and override constants). */
  floatPipeline(L: FloatLayer, bits: boolean): Promise<GPUComputePipeline> {
    const SIGN_INPUT = L.signInput ? 1 : 0;
    return L.kind === 'dense'
      ? this.pipeline('dense_float', bits ? 'dense_bits' : 'dense_f32', { SIGN_INPUT })
      : this.pipeline('conv2d_float', bits ? 'conv_bits' : 'conv_f32', { SIGN_INPUT, POOL: L.pool ? 1 : 0 });
  }

  /**
   * Float layer on N examples of float input `x` (NHWC, or [N, features] for dense).
   * Output: floats [N, PH, PW, cout] / [N, cout], or their packed signs (pitch
   * packedPitch(PH·PW, cout)) when `bits`.
   */
  async floatLayer(g: GpuFloatLayer, x: GPUBuffer, out: GPUBuffer, N: number, bits: boolean): Promise<Dispatch> {
    const L = g.layer;
    const geo = L.geo;
    const pipeline = await this.floatPipeline(L, bits);
    const epilogue = { coutPad: L.coutPad, relu: L.relu ? 1 : 0, hasBias: L.hasBias ? 1 : 0, hasBN: L.hasBN ? 1 : 0, eps: L.eps };
    let uniform: GPUBuffer;
    let groups: [number, number, number];
    if (L.kind === 'dense') {
      const K = geo.inP * geo.inC;
      uniform = this.uniform(KERNEL_PARAMS.dense_float, { M: N, N: L.cout, K, outPitch: packedPitch(1, L.cout), ...epilogue });
      const { WG_X, WG_Y } = this.tuning.denseFloat;
      groups = [Math.ceil(L.coutPad / 4 / WG_X), Math.ceil(Math.ceil(N / DENSE_FLOAT_TM) / WG_Y), 1];
    } else {
      const { h: H, w: W, c: C } = geo.input;
      const { h: PH, w: PW } = geo.output;
      const total = N * PH * PW;
      const wg = this.tuning.convFloat.WG_SIZE;
      const f = fold(Math.ceil(total / wg));
      uniform = this.uniform(KERNEL_PARAMS.conv2d_float, {
        H, W, C, PH, PW, kh: geo.kh, kw: geo.kw, stride: geo.stride, padTop: geo.padTop, padLeft: geo.padLeft,
        cout: L.cout, outPitch: packedPitch(PH * PW, L.cout), coutW: words32(L.cout), total, rowStride: f.x * wg, ...epilogue,
      });
      groups = [f.x, L.coutPad / CONV_CHANNELS, f.rows];
    }
    const bindGroup = this.bindEntry(pipeline, [uniform, x, g.weights, g.table, out], bits);
    return { pipeline, uniform, bindGroup, groups, clear: bits ? out : undefined };
  }

  /** Sign + pack of float activations [N, P, C] into the packed layout (`bits.ts`). */
  async pack(x: GPUBuffer, out: GPUBuffer, N: number, P: number, C: number): Promise<Dispatch> {
    const pipeline = await this.pipeline('pack', 'main', {});
    const cw = words32(C);
    const total = N * P * cw;
    const wg = this.tuning.pack.WG_SIZE;
    const f = fold(Math.ceil(total / wg));
    const uniform = this.uniform(KERNEL_PARAMS.pack, { total, C, cw, P, pitch: packedPitch(P, C), rowStride: f.x * wg });
    return { pipeline, uniform, bindGroup: this.bind(pipeline, [uniform, x, out]), groups: [f.x, f.rows, 1] };
  }

  /**
   * Packed dense layer on M packed rows `a` (pitch = layer.pitchK words). Output: floats
   * [M, cout], or packed signs (pitch packedPitch(1, cout)) when `bits`.
   */
  async gemm(g: GpuLayer, a: GPUBuffer, out: GPUBuffer, M: number, bits: boolean): Promise<Dispatch> {
    const L = g.layer;
    const entry = bits ? 'gemm_bits' : 'gemm_f32';
    const pipeline = await this.pipeline('gemm', entry, { TERNARY: L.ternary ? 1 : 0 });
    const K = L.geo.inP * L.geo.inC;
    const uniform = this.uniform(KERNEL_PARAMS.gemm, {
      M, N: L.cout, K, kv: L.pitchK / 4, maskOffset: L.maskOffset / 4, outPitch: packedPitch(1, L.cout), relu: L.relu ? 1 : 0, epN: L.cout,
    });
    const { WG_X, WG_Y } = this.tuning.gemm;
    const groups: [number, number, number] = [Math.ceil(L.cout / (WG_X * GEMM_TN)), Math.ceil(M / (WG_Y * GEMM_TM)), 1];
    const buffers = [uniform, a, g.weights, g.ep, out];
    const bindGroup = this.bindEntry(pipeline, buffers, bits);
    return { pipeline, uniform, bindGroup, groups, clear: bits ? out : undefined };
  }

  /**
   * Packed conv layer on N packed examples. Output: floats [N, PH, PW, cout] (after the
   * fused pool), or their packed signs (pitch packedPitch(PH·PW, cout)) when `bits`.
   */
  async conv(g: GpuLayer, x: GPUBuffer, out: GPUBuffer, N: number, bits: boolean): Promise<Dispatch> {
    const L = g.layer;
    const geo = L.geo;
    const entry = bits ? 'conv_bits' : 'conv_f32';
    const pipeline = await this.pipeline('conv2d', entry, { TERNARY: L.ternary ? 1 : 0, POOL: L.pool ? 1 : 0 });
    const { h: H, w: W, c: C } = geo.input;
    const { h: PH, w: PW } = geo.output;
    const total = N * PH * PW;
    const wg = this.tuning.conv.WG_SIZE;
    const f = fold(Math.ceil(total / wg));
    const uniform = this.uniform(KERNEL_PARAMS.conv2d, {
      H, W, C, cw: words32(C), PH, PW, kh: geo.kh, kw: geo.kw, stride: geo.stride, padTop: geo.padTop, padLeft: geo.padLeft,
      coutPad: L.coutPad, cout: L.cout, inPitch: packedPitch(H * W, C), outPitch: packedPitch(PH * PW, L.cout), coutW: words32(L.cout),
      maskOffset: L.maskOffset / 4, relu: L.relu ? 1 : 0, total, rowStride: f.x * wg,
    });
    const bindGroup = this.bindEntry(pipeline, [uniform, x, g.weights, g.ep, out], bits);
    return { pipeline, uniform, bindGroup, groups: [f.x, L.coutPad / CONV_CHANNELS, f.rows], clear: bits ? out : undefined };
  }

  /** Binds [uniform, in, weights, ep] at 0–3 and the output at 4 (floats) or 5 (bits). */
  private bindEntry(pipeline: GPUComputePipeline, buffers: GPUBuffer[], bits: boolean): GPUBindGroup {
    const [uniform, input, weights, ep, out] = buffers;
    return this.device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: [
        { binding: 0, resource: { buffer: uniform } },
        { binding: 1, resource: { buffer: input } },
        { binding: 2, resource: { buffer: weights } },
        { binding: 3, resource: { buffer: ep } },
        { binding: bits ? 5 : 4, resource: { buffer: out } },
      ],
    });
  }

  /** Records dispatches into `encoder`, each in its own compute pass after its clear. */
  encode(encoder: GPUCommandEncoder, dispatches: Dispatch[], timestampWrites?: GPUComputePassTimestampWrites): void {
    for (const d of dispatches) if (d.clear) encoder.clearBuffer(d.clear);
    const pass = encoder.beginComputePass(timestampWrites ? { timestampWrites } : undefined);
    for (const d of dispatches) {
      pass.setPipeline(d.pipeline);
      pass.setBindGroup(0, d.bindGroup);
      pass.dispatchWorkgroups(...d.groups);
    }
    pass.end();
  }

  /** Encodes and submits dispatches. */
  submit(dispatches: Dispatch[]): void {
    const encoder = this.device.createCommandEncoder();
    this.encode(encoder, dispatches);
    this.device.queue.submit([encoder.finish()]);
  }

  /** A MAP_READ | COPY_DST buffer for read-backs. */
  staging(bytes: number, label?: string): GPUBuffer {
    return this.device.createBuffer({ size: Math.max(4, Math.ceil(bytes / 4) * 4), usage: 0x01 | COPY_DST, label }); // MAP_READ
  }

  /** Copies a GPU buffer back to the CPU. */
  async read(buffer: GPUBuffer, bytes: number): Promise<ArrayBuffer> {
    const size = Math.ceil(bytes / 4) * 4;
    const staging = this.staging(size);
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(buffer, 0, staging, 0, size);
    this.device.queue.submit([encoder.finish()]);
    await staging.mapAsync(1); // GPUMapMode.READ
    const out = staging.getMappedRange().slice(0, bytes);
    staging.unmap();
    staging.destroy();
    return out;
  }
}
