import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Split } from '../data/types';
import { QuantNetwork } from '../model/network';
import { QUANTIZER_IDS, QUANTIZERS } from '../quant';
import { initBackend } from '../train/backend';
import { argmax, BATCH, CASES, caseConfig, firstImages, labLogits, loadMnist, pixelsOf, trainCase } from './export.test-support';
import { decodeOnnx } from './graph';
import { QONNX_DOMAIN, toQonnx } from './qonnx';

// QONNX exports checked by the ONNX checker and evaluated by a numpy interpreter whose
// Quant and BipolarQuant follow the QONNX spec text (qonnx-reference.test-support.py),
// on the official MNIST test images: the predictions must be the lab's on every image.
// The largest logit difference is printed as a README table row.

const SCRIPT = join(__dirname, 'qonnx-reference.test-support.py');
const NEEDS = 'needs Python 3 with the onnx package (Debian: apt-get install python3-onnx)';

/** The first Python that imports onnx and numpy: $QLAB_PYTHON, python3, then Debian's own. */
function findPython(): string | undefined {
  const candidates = [process.env.QLAB_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
  return candidates.find((p) => spawnSync(p, ['-c', 'import onnx, numpy'], { stdio: 'ignore' }).status === 0);
}
const python = findPython();
if (!python) console.warn(`qonnx.test: skipped: ${NEEDS}`);

/** `cnn-small` trains slowly on WASM in Node; QLAB_QONNX_CNN=1 adds it (96 training images, 500 test images). */
const ARCHITECTURES = process.env.QLAB_QONNX_CNN === '1' ? (['mlp', 'cnn-small'] as const) : (['mlp'] as const);
const TRAIN_IMAGES = { mlp: 300, 'cnn-small': 96 } as const;
const TEST_IMAGES = { mlp: 1000, 'cnn-small': 500 } as const;
/** Untrained networks of every registry form are compared on this many images. */
const FORM_IMAGES = 200;

let mnist: Dataset;
let test: Split;
let testSource: string;
let dir: string;

beforeAll(async () => {
  await initBackend('wasm');
  ({ mnist, test, testSource } = await loadMnist('qonnx.test'));
  dir = mkdtempSync(join(tmpdir(), 'qlab-qonnx-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Reference {
  checker: string;
  onnx: string;
  ops: string[];
  logits: Float32Array;
}

/**
 * Runs models through the checker and the numpy evaluator on a split's images, in batches
 * of `BATCH` as the lab evaluates (batch-range quantizers see the same batches), in one
 * Python process.
 */
function references(models: { name: string; bytes: Uint8Array }[], split: Split): Reference[] {
  const pixels = join(dir, `images-${split.count}.f32`);
  const data = pixelsOf(split, 0, split.count, 784);
  writeFileSync(pixels, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const jobs = models.map(({ name, bytes }, i) => {
    const model = join(dir, `${i}-${name.replace(/\W+/g, '-')}.onnx`);
    writeFileSync(model, bytes);
    return { model, pixels, shape: [split.count, 28, 28, 1], batch: BATCH, logits: `${model}.logits` };
  });
  const list = join(dir, 'jobs.json');
  writeFileSync(list, JSON.stringify(jobs));
  const run = spawnSync(python!, [SCRIPT, list], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`the reference evaluation failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const lines = run.stdout.trim().split('\n');
  return jobs.map((job, i) => {
    const raw = readFileSync(job.logits);
    return { ...(JSON.parse(lines[i]) as Omit<Reference, 'logits'>), logits: new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)) };
  });
}

function compare(lab: Float32Array, ref: Float32Array, split: Split) {
  let differ = 0;
  let correct = 0;
  let largest = 0;
  for (let i = 0; i < split.count; i++) {
    const p = argmax(lab, i, 10);
    if (p !== argmax(ref, i, 10)) differ++;
    if (p === split.labels[i]) correct++;
  }
  for (let i = 0; i < lab.length; i++) largest = Math.max(largest, Math.abs(lab[i] - ref[i]));
  return { differ, accuracy: correct / split.count, largest };
}

describe.skipIf(!python)(`toQonnx: onnx.checker and the spec's Quant / BipolarQuant in numpy (${python ?? NEEDS})`, () => {
  it('every weight and activation form of the registry passes the checker and evaluates to the lab\'s logits (untrained mlp)', () => {
    const split = firstImages(test, FORM_IMAGES);
    const cases: { label: string; weight: string; activation: string; bits: number }[] = [];
    for (const id of QUANTIZER_IDS) {
      const { role, bits } = QUANTIZERS[id];
      for (const k of new Set([bits.min, bits.max])) {
        if (role !== 'activation') cases.push({ label: `${id} ${k}-bit weights`, weight: id, activation: 'none', bits: k });
        if (role !== 'weight') cases.push({ label: `${id} ${k}-bit activations`, weight: 'none', activation: id, bits: k });
      }
    }
    const rows: string[] = [];
    const done: { label: string; bytes: Uint8Array; lab: Float32Array; report: string }[] = [];
    for (const c of cases) {
      const config = caseConfig('mlp', (cfg) => {
        cfg.quant.weight = { quantizer: c.weight as typeof cfg.quant.weight.quantizer, bits: c.weight === 'none' ? 32 : c.bits, params: {} };
        cfg.quant.activation = { quantizer: c.activation as typeof cfg.quant.activation.quantizer, bits: c.activation === 'none' ? 32 : c.bits, params: {} };
      });
      const network = new QuantNetwork(config, [28, 28, 1], 10);
      try {
        const result = toQonnx(network);
        if (result.ok) {
          const report = result.layers.filter((l) => l.weights !== 'float32' || l.inputs !== 'float').map((l) => `${l.layer}: weights ${l.weights}; inputs ${l.inputs}`).join(' ');
          done.push({ label: c.label, bytes: result.bytes, lab: labLogits(network, split), report });
        } else {
          // Only activations may be refused, each with its reason.
          expect(c.activation, `${c.label}: ${result.reason}`).not.toBe('none');
          expect(result.reason, c.label).toMatch(/activations have no faithful QONNX form: .{20,}/);
          rows.push(`${c.label}: refused (${result.reason})`);
        }
      } finally {
        network.dispose();
      }
    }
    const refs = references(done.map((d) => ({ name: d.label, bytes: d.bytes })), split);
    done.forEach((d, i) => {
      expect(refs[i].checker, d.label).toBe('ok');
      const { differ, largest } = compare(d.lab, refs[i].logits, split);
      expect(differ, `${d.label}: predictions that differ`).toBe(0);
      rows.push(`${d.label}: ${d.report}; largest logit difference ${largest.toExponential(2)}`);
    });
    const exported = done.length;
    console.log(rows.join('\n'));
    expect(exported).toBeGreaterThan(cases.length / 2);
  });

  it.each(ARCHITECTURES)('%s: every listed config, trained, passes the checker and gives the lab\'s predictions', async (architecture) => {
    const split = firstImages(test, TEST_IMAGES[architecture]);
    const trained: { label: string; bytes: Uint8Array; lab: Float32Array }[] = [];
    for (const [label, edit] of CASES) {
      const config = caseConfig(architecture, edit, TRAIN_IMAGES[architecture]);
      const { exported, lab } = await trainCase(config, mnist, (network) => ({ exported: toQonnx(network), lab: labLogits(network, split) }));
      if (!exported.ok) throw new Error(`${label}: ${exported.reason}`);
      trained.push({ label, bytes: exported.bytes, lab });
    }
    const refs = references(trained.map((t) => ({ name: `${architecture}-${t.label}`, bytes: t.bytes })), split);
    const rows = trained.map(({ label, bytes, lab }, i) => {
      const ref = refs[i];
      const { differ, accuracy, largest } = compare(lab, ref.logits, split);
      const nodes = (decodeOnnx(bytes) as { graph: { node: { op_type: string; domain?: string }[] } }).graph.node;
      const qonnx = nodes.filter((n) => n.domain === QONNX_DOMAIN).map((n) => n.op_type);
      const counts = [...new Set(qonnx)].map((op) => `${qonnx.filter((o) => o === op).length}× ${op}`).join(', ') || 'none';
      return { label, checker: ref.checker, differ, row: `| \`${architecture}\` | ${label} | ${(100 * accuracy).toFixed(2)}% | ${ref.checker} | ${differ === 0 ? 'yes' : `no: ${differ} differ`} | ${largest.toExponential(2)} | ${counts} | ${(bytes.length / 1024).toFixed(1)} KiB |` };
    });
    console.log(`test images: the first ${split.count} of ${testSource}; ${python}, onnx ${refs[0]?.onnx}\n${rows.map((r) => r.row).join('\n')}`);
    for (const r of rows) {
      expect(r.checker, r.label).toBe('ok');
      expect(r.differ, `${architecture} ${r.label}: predictions that differ`).toBe(0);
    }
  }, 600_000);
});
