import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '/work/wt-fast-training/scripts/browser.mjs';
process.chdir('/work/wt-fast-training');
const dev = process.argv[2] === 'dev';
let server, base;
if (dev) { const { createServer } = await import('vite'); server = await createServer({ server: { port: 0 }, logLevel: 'warn' }); await server.listen(); base = server.resolvedUrls.local[0]; }
else { await build({ logLevel: 'warn', build: { outDir: '/tmp/ft/dist' } }); server = await preview({ preview: { port: 0 }, build: { outDir: '/tmp/ft/dist' }, logLevel: 'warn' }); base = server.resolvedUrls.local[0]; }
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
await page.goto(new URL('/#v=1&backend=wasm', base).href);
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('worker', (w) => { console.log('worker', w.url()); });
try { await page.waitForFunction(() => document.querySelector('[data-testid=backend-badge]')?.getAttribute('data-backend'), null, { timeout: 40000 }); } catch (e) { console.log('timeout', await page.evaluate(() => ({ iso: crossOriginIsolated, text: document.querySelector('[data-testid=backend-badge]')?.textContent }))); }
console.log(await page.evaluate(() => ({ isolated: crossOriginIsolated, badge: document.querySelector('[data-testid=backend-badge]').textContent, title: document.querySelector('[data-testid=backend-badge]').title, threads: document.querySelector('[data-testid=backend-badge]').dataset.threads, iso: document.querySelector('[data-testid=backend-badge]').dataset.isolated })));
await browser.close(); await (server.close?.() ?? server.httpServer.close());
process.exit(0);
