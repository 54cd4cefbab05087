#!/usr/bin/env node
// Measures the page on a production build in the system Chromium.
// First load, before vs after: the entry chunk and its preloads (bytes, gzip bytes, no
// tfjs), then page loads alternating between a build of `--baseline` (a git ref) and of
// the working tree: time until Train is enabled, JavaScript fetched by then and the
// longest main-thread task before it.
// Training: the same experiment with the Watch panel shown and hidden (a classroom
// link's `hide=watch`), alternating: wall time of each run, their ratio, and the main
// thread's long tasks while training.
//   npm run bench:ui [-- --runs 3 --train 6000 --backend wasm --loads 5 --baseline REF --first-load-only]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
import { firstLoad } from './first-load.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    train: { type: 'string', default: '20000' },
    backend: { type: 'string', default: 'wasm' },
    loads: { type: 'string', default: '5' },
    // The last commit whose page carried tfjs in its first load.
    baseline: { type: 'string', default: '9320689' },
    'first-load-only': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const link = (hide) => `/#v=1&ntrain=${values.train}&ntest=500&epochs=1&backend=${values.backend}${hide ? '&hide=watch' : ''}`;

const root = resolve(import.meta.dirname, '..');
// The embedded MNIST the page loads at start, as `npm start` builds it.
execFileSync('node', [join(root, 'scripts/build-mnist-assets.mjs')], { cwd: root, stdio: 'inherit' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** A production build of `dir` served on a free port. */
async function serve(dir, outDir) {
  await build({ root: dir, logLevel: 'warn', build: { outDir } });
  const server = await preview({ root: dir, build: { outDir }, preview: { port: 0 }, logLevel: 'warn' });
  return { base: server.resolvedUrls.local[0], close: () => new Promise((done) => server.httpServer.close(done)) };
}

/** Opens the page and waits until Train is enabled: milliseconds, JS kilobytes fetched, long tasks. */
async function timedLoad(base) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.loadTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.loadTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(new URL('/#v=1', base).href);
  await page.waitForFunction(() => {
    const train = document.querySelector('[data-testid=train]');
    return train && !train.disabled;
  }, null, { timeout: 120_000, polling: 10 });
  const result = await page.evaluate(() => ({
    ms: Math.round(performance.now()),
    jsBytes: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).reduce((n, r) => n + r.decodedBodySize, 0),
    longest: Math.max(0, ...window.loadTasks),
  }));
  await page.close();
  return result;
}

if (values.baseline !== 'none') {
  const baselineDir = mkdtempSync(join(tmpdir(), 'qlab-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', baselineDir, values.baseline], { cwd: root, stdio: 'ignore' });
  try {
    symlinkSync(join(root, 'node_modules'), join(baselineDir, 'node_modules'));
    mkdirSync(join(baselineDir, 'public'), { recursive: true });
    symlinkSync(join(root, 'public/data'), join(baselineDir, 'public/data'));
    const builds = [
      { name: `before (${values.baseline})`, dir: baselineDir },
      { name: 'after (working tree)', dir: root },
    ];
    for (const b of builds) {
      b.load = await firstLoad(b.dir);
      b.server = await serve(b.dir, join(b.dir, 'dist-bench'));
      b.loads = [];
    }
    for (let i = 0; i < Number(values.loads); i++) for (const b of builds) b.loads.push(await timedLoad(b.server.base));
    const median = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
    console.log('\nfirst load | entry + preloads, bytes | gzip bytes | tfjs modules | median ms to Train enabled | JS kB fetched by then | longest task before Train, ms (each load)');
    for (const b of builds) {
      const row = {
        build: b.name,
        entryBytes: b.load.bytes,
        entryGzipBytes: b.load.gzipBytes,
        tfjsModules: b.load.tfjsModules.length,
        msToTrainEnabled: median(b.loads.map((l) => l.ms)),
        jsKilobytesFetched: Math.round(median(b.loads.map((l) => l.jsBytes)) / 1000),
        longestTaskMs: b.loads.map((l) => l.longest),
      };
      console.log(JSON.stringify(row));
      await b.server.close();
    }
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', baselineDir], { cwd: root, stdio: 'ignore' });
    rmSync(baselineDir, { recursive: true, force: true });
  }
}
if (values['first-load-only']) {
  await browser.close();
  process.exit(0);
}

const server = await serve(root, 'dist');
const base = server.base;

async function timedRun(hide) {
  const page = await browser.newPage();
  await page.goto(new URL(link(hide), base).href);
  await page.getByTestId('train').waitFor();
  await page.waitForFunction(() => {
    const badge = document.querySelector('[data-testid=backend-badge]');
    const train = document.querySelector('[data-testid=train]');
    return badge?.getAttribute('data-backend') && train && !train.disabled;
  }, null, { timeout: 120_000 });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ ms: Math.round(e.duration), at: Math.round(e.startTime - window.startedAt) });
    }).observe({ type: 'longtask' });
    window.startedAt = performance.now();
    // When the page learns that training finished (the status badge changes).
    new MutationObserver(() => {
      if (!window.finishedAt && document.querySelector('[data-testid=run-status][data-status=finished]')) window.finishedAt = performance.now();
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
  });
  await page.getByTestId('train').click();
  await page.waitForSelector('[data-testid=run-status][data-status=finished]', { timeout: 600_000 });
  const result = await page.evaluate(() => ({ ms: window.finishedAt - window.startedAt, longTasks: window.longTasks }));
  await page.close();
  return result;
}

const rows = [];
for (let i = 0; i < runs; i++) {
  for (const hide of [false, true]) {
    const r = await timedRun(hide);
    // Long tasks as "duration@start" in ms from pressing Train; training ends at `seconds`.
    const row = { run: i + 1, watch: hide ? 'hidden' : 'shown', seconds: +(r.ms / 1000).toFixed(2), longTasks: r.longTasks.map((t) => `${t.ms}@${t.at}`) };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shown = median(rows.filter((r) => r.watch === 'shown').map((r) => r.seconds));
const hidden = median(rows.filter((r) => r.watch === 'hidden').map((r) => r.seconds));
const longest = Math.max(0, ...rows.filter((r) => r.watch === 'shown').flatMap((r) => r.longTasks.map((t) => Number(t.split('@')[0]))));
console.log(`\ntrain=${values.train} images, 1 epoch, backend=${values.backend}, ${runs} runs each`);
console.log(`median seconds with the Watch panel: ${shown}, without: ${hidden}, cost of plotting: ${(((shown - hidden) / hidden) * 100).toFixed(1)}%`);
console.log(`longest main-thread task while training with the Watch panel: ${longest} ms`);
await browser.close();
await server.close();
