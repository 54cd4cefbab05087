#!/usr/bin/env node
// Binary engine benchmark: starts Vite on a free port, opens e2e/harness/bench.html in
// the system Chromium with WebGPU (SwiftShader when headless), and compares the packed
// XNOR-popcount kernels with tfjs float32 on the same adapter. Prints one JSON line
// per case, then a table.
//   npm run bench:binary                 all cases
//   npm run bench:binary -- --quick      GEMM 256/1024 and the popcount probe only
//   npm run bench:binary -- --runs=7     timed runs per case (median; 2 warm-up runs)
//   npm run bench:binary -- --only=net   cases whose "kind:arg" contains the text
//   npm run bench:binary -- --tune       also try GEMM workgroup shapes at 1024³
// Whole-network cases are followed by a per-layer breakdown of one forward pass (each
// engine step submitted alone and awaited, next to each tfjs float32 layer).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);

// No watcher and no HMR: an edit elsewhere in the repo must not reload the page mid-run.
const server = await createServer({ server: { port: 0, strictPort: false, host: 'localhost', hmr: false, watch: null }, logLevel: 'error', clearScreen: false });
await server.listen();
const address = server.httpServer.address();
const url = `http://localhost:${address.port}/e2e/harness/bench.html`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] });
const results = [];
const profiles = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(900_000);
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 120_000 });
  const adapter = await page.evaluate(() => window.bench.adapterInfo());
  console.log(JSON.stringify({ adapter }));
  if (!adapter) throw new Error('No WebGPU adapter: the benchmark needs Chromium with --enable-unsafe-webgpu');

  const peak = await page.evaluate((r) => window.bench.popcountPeak(r), runs);
  console.log(JSON.stringify({ case: 'popcount peak', ...peak }));

  if (args.includes('--tune')) {
    // Workgroup shapes and staging of the GEMM (pipeline override constants) at 1024³.
    for (const [x, y, stage] of [[4, 4, 1], [4, 4, 0], [8, 8, 0], [8, 4, 0], [4, 8, 0], [16, 4, 0], [4, 16, 0]]) {
      const r = await page.evaluate(([x, y, stage, runs]) => window.bench.gemm(1024, runs, { gemm: { WG_X: x, WG_Y: y, STAGE: stage } }), [x, y, stage, runs]);
      console.log(JSON.stringify(r));
    }
  }
  const cases = quick
    ? [['gemm', 256], ['gemm', 1024]]
    : [['gemm', 256], ['gemm', 1024], ['gemm', 2048], ['conv', 'conv2'], ['conv', 'conv3'], ['conv', 'conv4'], ['net', 'mlp'], ['net', 'cnn-small']];
  const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
  for (const [kind, arg] of only ? cases.filter(([k, a]) => `${k}:${a}`.includes(only)) : cases) {
    const r = await page.evaluate(
      ([kind, arg, runs]) =>
        kind === 'gemm' ? window.bench.gemm(arg, runs) : kind === 'conv' ? window.bench.convLayerCase(arg, 64, runs) : window.bench.network(arg, 256, runs),
      [kind, arg, runs],
    );
    if (kind === 'gemm') {
      const wordOps = (arg * arg * arg) / 32 / (r.binaryMs / 1000);
      r.popcountLimitFraction = wordOps / peak.wordOpsPerSec;
    }
    console.log(JSON.stringify(r));
    results.push(r);
    if (kind === 'net') profiles.push(await page.evaluate((arch) => window.bench.profile(arch, 256), arg));
  }
  const convs = results.filter((r) => r.case.startsWith('cnn-cifar'));
  if (convs.length) {
    const f = convs.reduce((s, r) => s + r.floatMs, 0);
    const b = convs.reduce((s, r) => s + r.binaryMs, 0);
    const total = { case: 'cnn-cifar conv layers (sum)', shape: 'batch 64', floatMs: f, binaryMs: b, speedup: f / b, binaryMacsPerSec: NaN, bitExact: convs.every((r) => r.bitExact) };
    console.log(JSON.stringify(total));
    results.push(total);
  }

  const fmt = (v, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '-');
  const rows = [['case', 'shape', 'tfjs f32 ms', 'binary ms', 'speedup', 'binary MAC/s', 'bit-exact']];
  for (const r of results) rows.push([r.case, r.shape, fmt(r.floatMs), fmt(r.binaryMs), `${fmt(r.speedup, 1)}x`, Number.isFinite(r.binaryMacsPerSec) ? r.binaryMacsPerSec.toExponential(2) : '-', r.bitExact ? 'yes' : 'NO']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  console.log(`\nAdapter: ${[adapter.vendor, adapter.architecture, adapter.description].filter(Boolean).join(' / ')}; medians of ${runs} runs after 2 warm-up runs`);
  console.log(`Popcount probe: ${peak.binaryMacsPerSec.toExponential(2)} binary MAC/s (${peak.wordOpsPerSec.toExponential(2)} 32-bit XOR+popcount/s)`);
  for (const [i, row] of rows.entries()) {
    console.log(row.map((c, j) => String(c).padEnd(widths[j])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const r of results) if (r.popcountLimitFraction) console.log(`${r.case}: ${(100 * r.popcountLimitFraction).toFixed(1)}% of the popcount probe`);
  for (const p of profiles) {
    const sum = (steps) => steps.reduce((s, x) => s + x.ms, 0);
    console.log(`\nPer-layer breakdown, ${p.case} at batch ${p.batch} (engine ${p.kind}; each step submitted alone and awaited; plan made once in ${fmt(p.planMs)} ms):`);
    const layers = [...new Set([...p.engine, ...p.tfjs].map((s) => s.layer))];
    const lines = [['layer', 'binary engine step', 'ms', 'tfjs f32 ms']];
    for (const layer of layers) {
      const e = p.engine.filter((s) => s.layer === layer);
      const t = p.tfjs.filter((s) => s.layer === layer);
      lines.push([layer, e.map((s) => s.step).join(' + ') || '-', e.length ? fmt(sum(e)) : '-', t.length ? fmt(sum(t)) : '-']);
    }
    lines.push(['total', '', fmt(sum(p.engine)), fmt(sum(p.tfjs))]);
    const w = lines[0].map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
    for (const l of lines) console.log(l.map((c, j) => String(c).padEnd(w[j])).join('  '));
  }
} finally {
  await browser.close();
  await server.close();
}
