import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** The default binary mlp (XNOR weights, sign activations) on small data, trained on WASM. */
const SMALL_BINARY_MLP = 'v=1&ntrain=300&ntest=200&epochs=1&backend=wasm';

/** Opens the lab on the small binary mlp (plus `extra` link settings) and trains it to the end. */
async function trainSmallBinaryMlp(page: Page, extra = ''): Promise<void> {
  await page.goto(`/#${SMALL_BINARY_MLP}${extra}`);
  expect(await waitForBackend(page)).toBe('wasm');
  await trainToEnd(page);
}

/** The run's own final test accuracy, as the run controls print it ("test accuracy 43.5%"). */
async function runAccuracy(page: Page): Promise<number> {
  const text = (await page.getByTestId('final-accuracy').textContent()) ?? '';
  return Number(/([\d.]+)%/.exec(text)?.[1]) / 100;
}

/** Runs the test set in the Deploy panel and checks the two sides agree; returns the accuracy. */
async function deployAndCheck(page: Page, engineKind: 'webgpu' | 'js', start: () => Promise<void>, source: RegExp): Promise<number> {
  await start();
  const report = page.getByTestId('deploy-report');
  await expect(report).toContainText(source, { timeout: 120_000 });
  await expect(page.getByTestId('deploy-engine')).toHaveAttribute('data-kind', engineKind);
  await expect(page.getByTestId('deploy-verdict')).toHaveAttribute('data-identical', 'true');
  const float = Number(await page.getByTestId('deploy-float-accuracy').getAttribute('data-value'));
  const binary = Number(await page.getByTestId('deploy-binary-accuracy').getAttribute('data-value'));
  expect(binary).toBe(float);
  await expect(report).toContainText('200 test images');
  await expect(page.getByTestId('deploy-size')).toContainText('smaller');
  await expect(page.getByTestId('deploy-latency')).toContainText('ms');
  return float;
}

test.describe('Deploy panel', () => {
  test('a trained binary mlp: the WebGPU engine scores exactly the float simulation; the exported file runs the same', async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL_BINARY_MLP}`);
    await waitForBackend(page);
    await expect(page.getByTestId('deploy-empty')).toBeVisible();
    await expect(page.getByTestId('deploy-run')).toBeDisabled();
    await trainToEnd(page);

    const accuracy = await deployAndCheck(page, 'webgpu', () => page.getByTestId('deploy-run').click(), /the trained network/);
    // The float simulation is the trained network's own arithmetic: it scores what the run reported.
    expect(Math.abs(accuracy - (await runAccuracy(page)))).toBeLessThan(0.0006);
    await expect(page.getByTestId('deploy-fallback')).toHaveCount(0);
    // Per-layer times: the WebGPU engine times each layer, the packed one among them.
    const packedRow = page.getByTestId('deploy-layers').locator('tr[data-mode="packed"]');
    await expect(packedRow).toHaveCount(1);
    await expect(packedRow.locator('td').nth(3)).toContainText('ms');

    // Export the packed model, load the file back: same predictions, same accuracy.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('deploy-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.qlbn$/);
    const path = testInfo.outputPath('model.qlbn');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('QLBN');
    const fromFile = await deployAndCheck(
      page,
      'webgpu',
      () => page.getByTestId('deploy-file').setInputFiles({ name: 'exported.qlbn', mimeType: 'application/octet-stream', buffer: bytes }),
      /exported\.qlbn/,
    );
    expect(fromFile).toBe(accuracy);

    // A damaged file: one clear error, and the last report stays.
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 10] ^= 0xff;
    await page.getByTestId('deploy-file').setInputFiles({ name: 'damaged.qlbn', mimeType: 'application/octet-stream', buffer: damaged });
    await expect(page.getByTestId('deploy-error')).toContainText('Packed model');
    await expect(page.getByTestId('deploy-report')).toContainText('exported.qlbn');
    await page.getByTestId('deploy-file').setInputFiles({ name: 'notes.qlbn', mimeType: 'application/octet-stream', buffer: Buffer.from('not a model') });
    await expect(page.getByTestId('deploy-error')).toContainText('Packed model');

    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('float simulation on tfjs WebGPU: both sides on one adapter, same scores, and training keeps its backend', async ({ page }) => {
    const errors = watchErrors(page);
    await trainSmallBinaryMlp(page);
    await page.getByTestId('deploy-float-choice').selectOption('webgpu');
    const accuracy = await deployAndCheck(page, 'webgpu', () => page.getByTestId('deploy-run').click(), /the trained network/);
    expect(Math.abs(accuracy - (await runAccuracy(page)))).toBeLessThan(0.0006);
    await expect(page.getByTestId('deploy-report')).toContainText('tfjs webgpu');
    // The next run trains on WASM again, to the same accuracy (same seed, same backend).
    await page.getByTestId('train').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 150_000 });
    await expect(page.getByTestId('run-progress')).toContainText('examples/s');
    expect(Math.abs((await runAccuracy(page)) - accuracy)).toBeLessThan(0.0006);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('@fallback asked to run the float simulation on WebGPU without an adapter, the check says so and nothing breaks', async ({ page }) => {
    const errors = watchErrors(page);
    await trainSmallBinaryMlp(page);
    await page.getByTestId('deploy-float-choice').selectOption('webgpu');
    await page.getByTestId('deploy-run').click();
    await expect(page.getByTestId('deploy-error')).toContainText('WebGPU');
    await page.getByTestId('deploy-float-choice').selectOption('training');
    await deployAndCheck(page, 'js', () => page.getByTestId('deploy-run').click(), /the trained network/);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('@fallback without WebGPU the JavaScript packed path scores the same and says why', async ({ page }) => {
    const errors = watchErrors(page);
    await trainSmallBinaryMlp(page);
    const accuracy = await deployAndCheck(page, 'js', () => page.getByTestId('deploy-run').click(), /the trained network/);
    expect(Math.abs(accuracy - (await runAccuracy(page)))).toBeLessThan(0.0006);
    await expect(page.getByTestId('deploy-fallback')).toContainText('WebGPU');
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('@fallback a network with no packed form says which layer and why, and cannot be deployed', async ({ page }) => {
    const errors = watchErrors(page);
    await trainSmallBinaryMlp(page, '&wq=uniform&wb=4');
    await expect(page.getByTestId('deploy-unavailable')).toContainText(/dense2: .*no packed form/);
    await expect(page.getByTestId('deploy-run')).toBeDisabled();
    await expect(page.getByTestId('deploy-export')).toBeDisabled();
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });
});
