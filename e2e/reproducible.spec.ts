import { expect, test, type Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { trainToEnd, waitForBackend, watchErrors } from './helpers';

/** A stochastic quantizer and data shuffling both draw from the seed in the link. */
const LINK = '/#v=1&wq=stochastic-sign&seed=7&ntrain=300&ntest=200&epochs=2&backend=wasm';

/** Trains the link in a fresh browser context and returns its exported run (the JSON download). */
async function runInFreshContext(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(LINK);
  expect(await waitForBackend(page)).toBe('wasm');
  await trainToEnd(page);
  await expect(page.getByTestId('run-row')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(errors).toEqual([]);
  await context.close();
  return exported.runs[0];
}

test('the same link, seed and backend give the same curves in a fresh browser', async ({ browser }) => {
  const first = await runInFreshContext(browser);
  const second = await runInFreshContext(browser);
  const epochs = (run: { epochs: { seconds: number }[] }) => run.epochs.map(({ seconds, ...rest }) => rest);
  expect(first.epochs).toHaveLength(2);
  expect(epochs(second)).toEqual(epochs(first));
  // Batch losses are sampled in time (at most every 100 ms), so compare the steps both kept.
  type Point = { step: number; loss: number; accuracy: number };
  const firstByStep = new Map<number, Point>(first.losses.map((p: Point) => [p.step, p]));
  const common = second.losses.filter((p: Point) => firstByStep.has(p.step));
  expect(common.length).toBeGreaterThan(2);
  for (const p of common) expect(p).toEqual(firstByStep.get(p.step));
  expect(second.final.confusion).toEqual(first.final.confusion);
});
