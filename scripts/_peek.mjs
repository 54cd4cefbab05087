import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
const server = await preview({ preview: { port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
async function shot(fragment, setup, name) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(new URL(`/${fragment}`, base).href);
  await page.waitForFunction(() => { const t = document.querySelector('[data-testid=train]'); return t && !t.disabled; }, null, { timeout: 120000 });
  await page.getByTestId('train').click();
  await page.waitForSelector('[data-testid=run-status][data-status=finished]', { timeout: 300000 });
  await setup(page);
  await page.waitForTimeout(300);
  await page.getByTestId('panel-histogram').screenshot({ path: `/tmp/peek/${name}.png` });
  await page.close();
}
await shot('#v=1&wq=stochastic-sign&ntrain=2000&ntest=200&epochs=1&backend=wasm', async () => {}, 'stochastic');
await shot('#v=1&wq=stochastic-sign&ntrain=2000&ntest=200&epochs=1&backend=wasm', async (p) => p.getByTestId('histogram-transfer').check(), 'stochastic-transfer');
await shot('#v=1&wq=dorefa&wb=2&ntrain=2000&ntest=200&epochs=1&backend=wasm', async (p) => p.getByTestId('histogram-channel').selectOption('all'), 'dorefa-all');
await shot('#v=1&wq=dorefa&wb=2&ntrain=2000&ntest=200&epochs=1&backend=wasm', async (p) => { await p.getByTestId('histogram-channel').selectOption('all'); await p.getByTestId('histogram-transfer').check(); }, 'dorefa-all-transfer');
await shot('#v=1&wq=uniform&wb=4&ntrain=2000&ntest=200&epochs=1&backend=wasm', async (p) => {}, 'uniform4');
await browser.close();
await new Promise((r) => server.httpServer.close(r));
