import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** The default binary mlp (XNOR weights, sign activations) on small data, trained on WASM. */
const SMALL_MLP = 'v=1&ntrain=300&ntest=200&epochs=1&backend=wasm';

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function downloadFrom(page: Page, testId: string, path: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const download = await downloading;
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('Export menu', () => {
  test('a trained mlp downloads as ONNX and runs in onnxruntime-web with the lab\'s predictions; QONNX downloads with its Quant nodes', async ({ page }, testInfo) => {
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL_MLP}`);
    await waitForBackend(page);
    await expect(page.getByTestId('export-network-onnx')).toBeDisabled();
    await trainToEnd(page);

    // The lab's own predictions of the first test images, as the sample grid shows them.
    const samples = page.getByTestId('sample');
    await expect(samples.first()).toBeVisible();
    const lab = await samples.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-predicted'))));
    expect(lab.length).toBe(32);
    // A network that says one class for everything would agree with anything.
    expect(new Set(lab).size).toBeGreaterThan(2);

    const onnx = await downloadFrom(page, 'export-network-onnx', testInfo.outputPath('network.onnx'));
    expect(onnx.name).toMatch(/\.onnx$/);
    expect(onnx.name).not.toMatch(/\.qonnx\.onnx$/);
    await expect(page.getByTestId('export-network-result')).toHaveAttribute('data-format', 'onnx');
    await expect(page.getByTestId('export-network-result')).toContainText('dense2');

    const qonnx = await downloadFrom(page, 'export-network-qonnx', testInfo.outputPath('network.qonnx.onnx'));
    expect(qonnx.name).toMatch(/\.qonnx\.onnx$/);
    expect(qonnx.bytes.includes('qonnx.custom_op.general')).toBe(true);
    expect(qonnx.bytes.includes('BipolarQuant')).toBe(true);
    await expect(page.getByTestId('export-network-result')).toHaveAttribute('data-format', 'qonnx');

    // The experiment as a PyTorch script with the trained variables embedded.
    const pytorch = await downloadFrom(page, 'export-network-pytorch', testInfo.outputPath('network.py'));
    expect(pytorch.name).toMatch(/\.py$/);
    const script = pytorch.bytes.toString('utf8');
    expect(script).toContain('import torch');
    expect(script).toContain('DistributedDataParallel');
    expect(script).toContain("WEIGHTS = __import__('json').loads(");
    await expect(page.getByTestId('export-network-result')).toHaveAttribute('data-format', 'pytorch');

    // The ONNX file in onnxruntime-web, served from this build, on the same test images.
    const harness = await page.context().newPage();
    const harnessErrors = watchErrors(harness);
    await harness.goto('/e2e/harness/ort.html');
    const result = await harness.evaluate(([model, count]) => window.ortHarness.run(model, count), [Array.from(onnx.bytes), lab.length] as [number[], number]);
    expect(result.predictions).toEqual(lab);
    expect(result.logits.every(Number.isFinite)).toBe(true);

    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
    expect(harnessErrors).toEqual([]);
  });

  test('a layer with no faithful form is named with the reason, and nothing is downloaded', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL_MLP}&aq=stochastic-sign&ab=1`);
    expect(await waitForBackend(page)).toBe('wasm');
    await trainToEnd(page);
    let downloads = 0;
    page.on('download', () => downloads++);
    for (const format of ['onnx', 'qonnx']) {
      await page.getByTestId(`export-network-${format}`).click();
      const message = page.getByTestId('export-network-error');
      await expect(message).toHaveAttribute('data-format', format);
      await expect(message).toContainText(/Nothing written: dense2: Stochastic sign activations have no faithful .*random/);
    }
    await expect(page.getByTestId('export-network-result')).toHaveCount(0);
    expect(downloads).toBe(0);
    expect(errors).toEqual([]);
  });
});
