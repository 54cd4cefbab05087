import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** A small binary MLP run on WASM. */
const SMALL_WASM = 'v=1&ntrain=256&ntest=128&epochs=1&backend=wasm';

test.describe('cross-origin isolation and WASM threads', () => {
  test('the server isolates the page: crossOriginIsolated in page and worker, WASM on every core', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL_WASM}`);
    expect(await waitForBackend(page)).toBe('wasm');
    const badge = page.getByTestId('backend-badge');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await expect(badge).toHaveAttribute('data-isolated', 'true');
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(badge).toHaveAttribute('data-threads', String(Math.min(cores, 8)));
    await expect(badge).toContainText(cores > 1 ? `${Math.min(cores, 8)} threads` : '1 thread');
    await trainToEnd(page);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('without the headers the lab still trains, single-threaded, and says so', async ({ page }) => {
    // The same server, its responses stripped of COOP and COEP.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL_WASM}`);
    expect(await waitForBackend(page)).toBe('wasm');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    const badge = page.getByTestId('backend-badge');
    await expect(badge).toHaveAttribute('data-isolated', 'false');
    await expect(badge).toHaveAttribute('data-threads', '1');
    await expect(badge).toContainText('not cross-origin isolated');
    await expect(badge).toHaveAttribute('title', /not cross-origin isolated/);
    await trainToEnd(page);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });
});
