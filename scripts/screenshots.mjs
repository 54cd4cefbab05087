#!/usr/bin/env node
// Takes the README's screenshots of the lab: a production build served locally,
// driven by Playwright in the system Chromium.
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
await build({ logLevel: 'warn', build: { outDir: 'dist' } });
const server = await preview({ preview: { port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
// WebGPU on (SwiftShader when headless) for the Deploy panel; training's auto backend skips software adapters.
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] });

async function open(fragment) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(new URL(`/${fragment}`, base).href);
  await page.waitForFunction(() => {
    const train = document.querySelector('[data-testid=train]');
    return train && !train.disabled && document.querySelector('[data-testid=backend-badge]')?.getAttribute('data-backend');
  }, null, { timeout: 120_000 });
  return page;
}

// 1. The default lesson, a few seconds into training on the full embedded MNIST.
let page = await open('#v=1');
await page.getByTestId('train').click();
await page.waitForTimeout(12_000);
await page.screenshot({ path: `${OUT}/training.png` });
await page.close();

// 2. A finished DoReFa 2-bit run on a CNN: curves, the histogram, predictions, confusion.
page = await open('#v=1&arch=cnn-small&wq=dorefa&wb=2&aq=dorefa-act&ab=2&est=ste&ntrain=2000&ntest=1000&epochs=2&backend=wasm');
await page.getByTestId('train').click();
await page.waitForSelector('[data-testid=run-status][data-status=finished]', { timeout: 1_200_000 });
await page.waitForTimeout(1000);
await page.screenshot({ path: `${OUT}/finished.png`, fullPage: true });
// The histogram panel's three views of the same layer: latent, quantized, transfer.
for (const view of ['latent', 'quantized', 'transfer']) {
  await page.getByTestId(`histogram-${view}`).check();
  await page.waitForTimeout(300);
  await page.getByTestId('panel-histogram').screenshot({ path: `${OUT}/histogram-${view}.png` });
}
// The latent view at 120 bars, zoomed by dragging across its right half.
await page.getByTestId('histogram-latent').check();
await page.getByTestId('histogram-bins').selectOption('120');
const plot = await page.getByTestId('histogram').locator('svg').boundingBox();
await page.mouse.move(plot.x + plot.width * 0.55, plot.y + plot.height / 2);
await page.mouse.down();
await page.mouse.move(plot.x + plot.width * 0.8, plot.y + plot.height / 2, { steps: 8 });
await page.mouse.up();
await page.waitForTimeout(300);
await page.getByTestId('panel-histogram').screenshot({ path: `${OUT}/histogram-zoom.png` });
await page.close();

// 3. A classroom link: only the histogram lesson of the estimators comparison.
page = await open('#v=1&wq=sign&est=ede&epochs=3&hide=configure,runs,presets,summary,samples,confusion');
await page.getByTestId('train').click();
await page.waitForTimeout(10_000);
await page.screenshot({ path: `${OUT}/classroom.png` });
await page.close();

// 4. The Deploy panel after a binary mlp run: the binary engine against the float simulation.
page = await open('#v=1&ntrain=6000&ntest=2000&epochs=1&backend=wasm&hide=presets,configure,explain,histogram,curves,layer-error,summary,samples,confusion,runs');
await page.getByTestId('train').click();
await page.waitForSelector('[data-testid=run-status][data-status=finished]', { timeout: 600_000 });
await page.getByTestId('deploy-run').click();
await page.waitForSelector('[data-testid=deploy-report]', { timeout: 300_000 });
await page.locator('[data-testid=deploy-layers] summary').click();
await page.getByTestId('panel-deploy').screenshot({ path: `${OUT}/deploy.png` });
await page.close();

await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));
console.log(`screenshots written to ${OUT}/`);
