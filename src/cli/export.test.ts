import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { decodeOnnx } from '../export/graph';
import { QuantNetwork } from '../model/network';
import { weightsOf } from '../model/weights-file';
import { initBackend } from '../train/backend';
import { UsageError } from './args';
import { exportCommand } from './commands/export';

// `qlab export --weights FILE` in-process, on the weights of an untrained network.

let dir: string;
let weights: string;
let configFile: string;

beforeAll(async () => {
  await initBackend('wasm');
  dir = mkdtempSync(join(tmpdir(), 'qlab-export-'));
  const config = defaultConfig();
  config.backend = 'wasm';
  config.quant.weight = { quantizer: 'uniform', bits: 4, params: {} };
  config.quant.activation = { quantizer: 'pact', bits: 4, params: {} };
  config.quant.estimator.id = 'ste';
  const network = new QuantNetwork(config, [28, 28, 1], 10);
  weights = join(dir, 'w.json');
  configFile = join(dir, 'c.json');
  writeFileSync(weights, JSON.stringify(weightsOf(network, { testAccuracy: 0.5, testImages: 10, testSource: 'test' })));
  writeFileSync(configFile, JSON.stringify(config));
  network.dispose();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the command and returns its JSON summary line. */
async function run(format: string, out: string): Promise<Record<string, unknown>> {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    await exportCommand.run(['--format', format, '--config', configFile, '--weights', weights, '--out', out, '--json']);
  } finally {
    write.mockRestore();
  }
  return JSON.parse(lines.join('').trim().split('\n').pop()!) as Record<string, unknown>;
}

describe('qlab export', () => {
  it('--format qonnx writes Quant nodes at the layers\' widths; --format onnx standard operators', async () => {
    const out = join(dir, 'net.qonnx.onnx');
    const summary = await run('qonnx', out);
    expect(summary).toMatchObject({ type: 'export', ok: true, format: 'qonnx', opset: 13 });
    const model = decodeOnnx(readFileSync(out)) as { graph: { node: { op_type: string; domain?: string; input: string[] }[] } };
    const quant = model.graph.node.filter((n) => n.op_type === 'Quant');
    expect(quant.length).toBe(2);
    expect(quant.every((n) => n.domain === 'qonnx.custom_op.general' && n.input.length === 4)).toBe(true);
    expect((summary.layers as { weights: string }[])[1].weights).toMatch(/Quant 4-bit signed, narrow/);

    const plain = join(dir, 'net.onnx');
    expect(await run('onnx', plain)).toMatchObject({ ok: true, format: 'onnx', opset: 21 });
    const ops = (decodeOnnx(readFileSync(plain)) as { graph: { node: { op_type: string }[] } }).graph.node.map((n) => n.op_type);
    expect(ops).toContain('DequantizeLinear');
    expect(ops).not.toContain('Quant');
  });

  it('an unknown format is a usage error, and nothing is written', async () => {
    const out = join(dir, 'none.bin');
    await expect(run('tflite', out)).rejects.toThrow(UsageError);
    await expect(run('tflite', out)).rejects.toThrow(/--format must be one of/);
    expect(existsSync(out)).toBe(false);
  });
});
