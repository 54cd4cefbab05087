#!/usr/bin/env node
// Measures what the page costs training: runs the same experiment with the Watch panel
// shown and hidden (a classroom link's `hide=watch`), alternating, on a production
// build in the system Chromium, and prints the wall time of each run, their ratio, and
// the main thread's long tasks while training.
//   npm run bench:ui [-- --runs 3 --train 6000 --backend wasm]
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, train: { type: 'string', default: '20000' }, backend: { type: 'string', default: 'wasm' } },
});
const runs = Number(values.runs);
const link = (hide) => `/#v=1&ntrain=${values.train}&ntest=500&epochs=1&backend=${values.backend}${hide ? '&hide=watch' : ''}`;

await build({ logLevel: 'warn', build: { outDir: 'dist' } });
const server = await preview({ preview: { port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

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
await new Promise((resolve) => server.httpServer.close(resolve));
