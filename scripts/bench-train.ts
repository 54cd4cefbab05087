// Training throughput on the tfjs WASM backend in Node, with the time of a training
// step split by kernel. For `mlp`, `cnn-small` and `cnn-cifar`, float and binary, it
// measures one step (batch 64, the trainer's step: forward, loss, gradients, Adam,
// batch-norm statistics, latent clipping) with
//   - the plain-loop kernels on one thread (the baseline),
//   - the fast kernels on one thread,
//   - the fast kernels on every core (the threaded SIMD binary),
// each in its own process (a backend's thread count is fixed when it starts), the
// three alternating round by round, and prints one JSON line per case, then a table.
// It ends with the default CNN lesson trained for an epoch by the real trainer.
//   npm run bench:train [-- --rounds 3 --seconds 4 --only cnn-small --no-lesson]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { registerThreadedWasmNode } from '../src/cli/wasm-threads';
import { makeBatch, seededShuffle } from '../src/data/batch';
import { loadCifarTarball, loadEmbeddedMnistNode } from '../src/data/node-loaders';
import type { Dataset } from '../src/data/types';
import type { ArchitectureId, ExperimentConfig } from '../src/experiment/config';
import { defaultConfig } from '../src/experiment/defaults';
import { PRESETS_BY_ID } from '../src/experiment/presets';
import { QuantNetwork } from '../src/model/network';
import { initBackend } from '../src/train/backend';
import { train } from '../src/train/trainer';
import { installWasmKernels, type WasmKernelSet } from '../src/train/wasm-kernels';

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    threads: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-lesson': { type: 'boolean', default: false },
  },
});

const NETWORKS: ArchitectureId[] = ['mlp', 'cnn-small', 'cnn-cifar'];
const VARIANTS = ['float', 'binary'] as const;
type Variant = (typeof VARIANTS)[number];
const BATCH = 64;
const CIFAR = fileURLToPath(new URL('../../shared/data/cifar10/cifar-10-subset-binary.tar.gz', import.meta.url));

/** Kernel categories of the split, in table order. */
const CATEGORIES = ['conv forward', 'conv filter grad', 'conv input grad', 'pool + grad', 'matmul', 'quantizers + estimators', 'batch norm', 'optimizer', 'other kernels', 'outside kernels'] as const;
type Category = (typeof CATEGORIES)[number];
const BY_KERNEL: Record<string, Category> = {
  Conv2D: 'conv forward', FusedConv2D: 'conv forward',
  Conv2DBackpropFilter: 'conv filter grad', Conv2DBackpropInput: 'conv input grad',
  MaxPool: 'pool + grad', MaxPoolGrad: 'pool + grad',
  BatchMatMul: 'matmul', _FusedMatMul: 'matmul',
  FusedBatchNorm: 'batch norm',
};

function configFor(network: ArchitectureId, variant: Variant): ExperimentConfig {
  const config = defaultConfig();
  config.architecture = network;
  config.batchSize = BATCH;
  if (network === 'cnn-cifar') config.dataset.id = 'cifar10';
  if (variant === 'float') {
    config.quant.weight = { quantizer: 'none', bits: 32, params: {} };
    config.quant.activation = { quantizer: 'none', bits: 32, params: {} };
    config.quant.estimator = { id: 'ste', params: {} };
  }
  return config;
}

// ------------------------------------------------------------------ profiler

/** Kernel time by category, attributed by kernel name or by the code that recorded it. */
class Profiler {
  readonly ms = new Map<Category, number>();
  private context: Category[] = [];
  private depth = 0;
  private restore: (() => void)[] = [];

  within<T>(category: Category, work: () => T): T {
    this.context.push(category);
    try {
      return work();
    } finally {
      this.context.pop();
    }
  }

  private add(category: Category, ms: number) {
    this.ms.set(category, (this.ms.get(category) ?? 0) + ms);
  }

  /** Times every wasm kernel (the outermost call only: fast kernels call others inside). */
  install(): void {
    for (const config of tf.getKernelsForBackend('wasm')) {
      const inner = config.kernelFunc;
      tf.unregisterKernel(config.kernelName, 'wasm');
      tf.registerKernel({
        ...config,
        kernelFunc: ((args: Parameters<tf.KernelFunc>[0]) => {
          if (this.depth > 0) return inner(args);
          this.depth++;
          const start = performance.now();
          try {
            return inner(args);
          } finally {
            this.depth--;
            this.add(BY_KERNEL[config.kernelName] ?? this.context[this.context.length - 1] ?? 'other kernels', performance.now() - start);
          }
        }) as tf.KernelFunc,
      });
      this.restore.push(() => {
        tf.unregisterKernel(config.kernelName, 'wasm');
        tf.registerKernel(config);
      });
    }
    // A gradient runs in the category its forward op was recorded in.
    const engine = tf.engine() as unknown as { addTapeNode: (...args: unknown[]) => void; state: { activeTape: { gradient?: (dys: tf.Tensor[]) => Record<string, () => tf.Tensor> }[] } };
    const addTapeNode = engine.addTapeNode;
    engine.addTapeNode = (...args: unknown[]) => {
      addTapeNode.apply(engine, args);
      const category = this.context[this.context.length - 1];
      const node = engine.state.activeTape[engine.state.activeTape.length - 1];
      const gradient = node?.gradient;
      if (!category || !gradient) return;
      node.gradient = (dys) => {
        const closures = this.within(category, () => gradient(dys));
        return Object.fromEntries(Object.entries(closures).map(([k, f]) => [k, () => this.within(category, f)]));
      };
    };
    this.restore.push(() => (engine.addTapeNode = addTapeNode));
  }

  uninstall(): void {
    for (const undo = this.restore.reverse(); undo.length; ) undo.shift()!();
    this.restore = [];
  }

  /** Routes a network's quantizers and batch norm through their categories. */
  watch(network: QuantNetwork): void {
    for (const layer of network.layers) {
      for (const key of ['weightQuantizer', 'inputQuantizer'] as const) {
        const bound = layer[key];
        if (!bound) continue;
        const def = bound.def;
        bound.def = { ...def, quantize: (x, options) => this.within('quantizers + estimators', () => def.quantize(x, options)) };
      }
    }
    const net = network as unknown as { batchNorm: (...args: unknown[]) => tf.Tensor };
    const batchNorm = net.batchNorm.bind(network);
    net.batchNorm = (...args) => this.within('batch norm', () => batchNorm(...args));
  }
}

// --------------------------------------------------------------------- child

interface Measurement {
  network: ArchitectureId;
  variant: Variant;
  kernels: WasmKernelSet;
  threads: number;
  msPerStep: number;
  split: Partial<Record<Category, number>>;
}

async function loadData(network: ArchitectureId): Promise<Dataset> {
  if (network !== 'cnn-cifar') return loadEmbeddedMnistNode();
  if (existsSync(CIFAR)) return loadCifarTarball(CIFAR);
  // No CIFAR-10 beside the project: random images of its shape (the step's cost does not depend on the pixels).
  const count = 1024;
  const images = new Uint8Array(count * 3072).map((_, i) => (i * 2654435761) >>> 24);
  const labels = new Uint8Array(count).map((_, i) => i % 10);
  const split = { images, labels, count };
  return { id: 'cifar10', name: 'random CIFAR-shaped images', classNames: Array.from({ length: 10 }, (_, i) => String(i)), imageShape: [32, 32, 3], train: split, test: split, source: 'random images' };
}

/** Per-step time of `config` with the active kernels: steps until `seconds` have passed (at least 2), after a warm-up. */
function measureSteps(config: ExperimentConfig, dataset: Dataset, seconds: number): { msPerStep: number; split: Partial<Record<Category, number>> } {
  const profiler = new Profiler();
  const network = new QuantNetwork(config, dataset.imageShape, dataset.classNames.length);
  profiler.watch(network);
  const optimizer: tf.Optimizer = tf.train.adam(config.optimizer.learningRate);
  const vars = network.trainableVariables();
  const order = seededShuffle(Math.min(dataset.train.count, 4096), 1);
  let b = 0;
  const step = () => {
    const indices = order.subarray((b * BATCH) % (order.length - BATCH), ((b * BATCH) % (order.length - BATCH)) + BATCH);
    tf.tidy(() => {
      const { xs, ys } = makeBatch(dataset.train, indices, dataset.imageShape);
      const ctx = { training: true, step: b, progress: 0.5 };
      const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(ys, network.forward(xs, ctx)) as tf.Scalar, vars);
      profiler.within('optimizer', () => optimizer.applyGradients(grads));
      value.dataSync();
    });
    profiler.within('batch norm', () => network.commitBatchNormStats());
    profiler.within('optimizer', () => network.clipLatentWeights());
    b++;
  };
  step();
  profiler.install();
  profiler.ms.clear();
  let steps = 0;
  const start = performance.now();
  while (steps < 2 || performance.now() - start < seconds * 1000) {
    step();
    steps++;
  }
  const total = performance.now() - start;
  profiler.uninstall();
  optimizer.dispose();
  network.dispose();
  const split: Partial<Record<Category, number>> = {};
  let inKernels = 0;
  for (const [category, ms] of profiler.ms) {
    split[category] = ms / steps;
    inKernels += ms;
  }
  split['outside kernels'] = Math.max(0, total - inKernels) / steps;
  return { msPerStep: total / steps, split };
}

async function child(spec: string): Promise<void> {
  tf.env().set('PROD', true);
  const [threadsText, setsText, casesText] = spec.split(':');
  const threads = Number(threadsText);
  if (threads > 1) await registerThreadedWasmNode(threads);
  await initBackend('wasm');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const actual = wasm.getThreadsCount();
  const data = new Map<string, Dataset>();
  for (const item of casesText.split(',')) {
    const [network, variant] = item.split('/') as [ArchitectureId, Variant];
    const dataset = data.get(network === 'cnn-cifar' ? 'cifar' : 'mnist') ?? (await loadData(network));
    data.set(network === 'cnn-cifar' ? 'cifar' : 'mnist', dataset);
    for (const kernels of setsText.split(',') as WasmKernelSet[]) {
      installWasmKernels(kernels);
      const m = measureSteps(configFor(network, variant), dataset, Number(values.seconds));
      const result: Measurement = { network, variant, kernels, threads: actual, ...m };
      process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    }
  }
  process.exit(0);
}

// -------------------------------------------------------------------- parent

function runChild(threads: number, sets: string, cases: string[]): Measurement[] {
  const script = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [...process.execArgv, script, '--child', `${threads}:${sets}:${cases.join(',')}`, '--seconds', values.seconds!], {
    encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error(`benchmark process (${threads} threads) failed with ${out.status}`);
  return out.stdout.split('\n').filter((l) => l.startsWith('RESULT ')).map((l) => JSON.parse(l.slice(7)) as Measurement);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 1) => x.toFixed(digits);

async function lessonEpoch(threads: number): Promise<{ id: string; seconds: number; examplesPerSecond: number; testAccuracy: number; images: number; threads: number }> {
  const preset = PRESETS_BY_ID.get('cnn-small')!;
  const config = structuredClone(preset.config);
  config.epochs = 1;
  const dataset = await loadEmbeddedMnistNode();
  let examplesPerSecond = 0;
  const result = await train({
    config, dataset, snapshotIntervalMs: Infinity, batchEventIntervalMs: 0,
    onEvent: (e) => {
      if (e.type === 'batch') examplesPerSecond = e.examplesPerSecond;
    },
  });
  return { id: preset.id, seconds: result.epochs[0].seconds, examplesPerSecond, testAccuracy: result.testAccuracy, images: config.dataset.trainLimit, threads };
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|lavapipe/i;

/**
 * Asks the system Chromium (with WebGPU enabled) for its WebGPU adapter and WebGL
 * renderer. Node has neither, so the GPU side of training can only be timed in a page.
 */
async function gpuReport(): Promise<string> {
  const { createServer } = await import('node:http');
  const { chromium } = await import('playwright-core');
  const { chromiumPath, CHROMIUM_ARGS, hasChromium } = await import('./browser.mjs');
  if (!hasChromium()) return 'GPU: no Chromium found to ask for a GPU adapter.';
  const server = createServer((_, res) => res.end('<!doctype html><title>gpu</title>'));
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(server.address() as { port: number }).port}/`);
    const found = await page.evaluate(async () => {
      const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info?: { vendor: string; architecture: string; description: string }; isFallbackAdapter?: boolean } | null> } }).gpu;
      const adapter = gpu ? await gpu.requestAdapter() : null;
      const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return {
        webgpu: adapter ? `${adapter.info?.vendor ?? ''} ${adapter.info?.architecture ?? ''} ${adapter.info?.description ?? ''}`.trim() || 'unnamed adapter' : null,
        fallback: adapter?.isFallbackAdapter ?? false,
        webgl: gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null,
      };
    });
    const webgpuReal = found.webgpu !== null && !found.fallback && !SOFTWARE.test(found.webgpu);
    const webglReal = found.webgl !== null && !SOFTWARE.test(found.webgl);
    const lines = [
      `GPU (system Chromium): WebGPU adapter ${found.webgpu ?? 'none'}${found.webgpu ? (webgpuReal ? ' (real)' : ' (software, not real)') : ''}; WebGL renderer ${found.webgl ?? 'none'}${found.webgl ? (webglReal ? ' (real)' : ' (software, not real)') : ''}.`,
    ];
    if (webgpuReal || webglReal) {
      lines.push(`A real GPU: the page trains on it; compare \`npm run bench:ui -- --backend ${webgpuReal ? 'webgpu' : 'webgl'}\` with \`npm run bench:ui -- --backend wasm\` for the GPU-vs-WASM throughput.`);
    } else {
      lines.push('No real GPU here: `auto` trains on WASM, and there is no GPU-vs-WASM figure to give.');
    }
    return lines.join('\n');
  } finally {
    await browser.close();
    server.close();
  }
}

async function parent(): Promise<void> {
  const cores = availableParallelism();
  const networks = values.only ? (values.only.split(',') as ArchitectureId[]) : NETWORKS;
  const cases = networks.flatMap((n) => VARIANTS.map((v) => `${n}/${v}`));
  const rounds = Number(values.rounds);
  const all: Measurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    process.stderr.write(`round ${round}/${rounds}: plain and fast kernels on 1 thread, fast on ${cores}\n`);
    all.push(...runChild(1, 'plain,fast', cases));
    if (cores > 1) all.push(...runChild(cores, 'fast', cases));
  }
  const pick = (c: string, kernels: WasmKernelSet, multi: boolean) =>
    all.filter((m) => `${m.network}/${m.variant}` === c && m.kernels === kernels && (multi ? m.threads > 1 || cores === 1 : m.threads === 1));
  const rows = cases.map((c) => {
    const [network, variant] = c.split('/');
    const base = pick(c, 'plain', false);
    const fast1 = pick(c, 'fast', false);
    const fastN = pick(c, 'fast', true);
    const best = fastN.length ? fastN : fast1;
    const eps = (ms: number[]) => (BATCH * 1000) / median(ms);
    const baselineExamplesPerSecond = eps(base.map((m) => m.msPerStep));
    const examplesPerSecond = eps(best.map((m) => m.msPerStep));
    const single = eps(fast1.map((m) => m.msPerStep));
    // The split of the median round of each configuration.
    const medianOf = (ms: Measurement[]) => ms.find((m) => m.msPerStep === median(ms.map((x) => x.msPerStep)))!;
    return {
      network, variant, threads: best[0].threads, examplesPerSecond: +fmt(examplesPerSecond), baselineExamplesPerSecond: +fmt(baselineExamplesPerSecond),
      speedup: +fmt(examplesPerSecond / baselineExamplesPerSecond, 2), singleThreadExamplesPerSecond: +fmt(single), rounds,
      splitMs: { baseline: medianOf(base).split, fast: medianOf(best).split },
    };
  });
  for (const row of rows) console.log(JSON.stringify(row));

  console.log(`\nThroughput of a training step (batch ${BATCH}), examples/s, median of ${rounds} rounds; baseline = plain-loop kernels on 1 thread\n`);
  console.log(`| network | variant | baseline (plain, 1 thread) | fast, 1 thread | fast, ${rows[0]?.threads ?? cores} threads | speedup |`);
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| \`${r.network}\` | ${r.variant} | ${fmt(r.baselineExamplesPerSecond)} | ${fmt(r.singleThreadExamplesPerSecond)} | ${fmt(r.examplesPerSecond)} | ${fmt(r.speedup, 2)}× |`);
  console.log(`\nTime of one step by kernel, ms (baseline → fast on ${rows[0]?.threads ?? cores} threads)\n`);
  console.log(`| category | ${rows.map((r) => `${r.network} ${r.variant}`).join(' | ')} |`);
  console.log(`|---|${rows.map(() => '---').join('|')}|`);
  for (const category of CATEGORIES) {
    const cells = rows.map((r) => {
      const a = r.splitMs.baseline[category] ?? 0;
      const b = r.splitMs.fast[category] ?? 0;
      return a < 0.05 && b < 0.05 ? '—' : `${fmt(a)} → ${fmt(b)}`;
    });
    console.log(`| ${category} | ${cells.join(' | ')} |`);
  }
  const total = (s: Partial<Record<Category, number>>) => Object.values(s).reduce((a, b) => a + (b ?? 0), 0);
  console.log(`| **step** | ${rows.map((r) => `${fmt(total(r.splitMs.baseline))} → ${fmt(total(r.splitMs.fast))}`).join(' | ')} |`);

  console.log(`\n${await gpuReport()}`);
  if (!values['no-lesson']) {
    tf.env().set('PROD', true);
    if (cores > 1) await registerThreadedWasmNode(cores);
    await initBackend('wasm');
    installWasmKernels('fast');
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const lesson = await lessonEpoch(wasm.getThreadsCount());
    console.log(`\n${JSON.stringify({ lesson: lesson.id, ...lesson })}`);
    console.log(`The "${lesson.id}" lesson, one epoch of ${lesson.images} images with the trainer (test evaluation included): ${fmt(lesson.seconds)} s, ${fmt(lesson.examplesPerSecond)} examples/s while training, ${lesson.threads} threads.`);
  }
  process.exit(0);
}

if (values.child) await child(values.child);
else await parent();
