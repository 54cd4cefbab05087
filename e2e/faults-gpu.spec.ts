import { expect, test, type Page } from '@playwright/test';
import type { MemoryReport } from './harness/faults';
import { trainToEnd, waitForBackend } from './helpers';

/** Issue 9, runtime faults on WebGPU (SwiftShader in headless Chromium): memory and a lost device. */

const statuses = (page: Page) => page.getByTestId('run-record-status').allTextContents().then((t) => t.map((s) => s.trim()).sort());

test.describe('runtime faults on WebGPU', () => {
  // Without snapshots (which read back synchronously) the trainer reads only asynchronously: it runs on SwiftShader too.
  test('20 short epochs and a stop mid-epoch: the tensor count is the same after each epoch and back to its baseline after the run and the stop', async ({ page }) => {
    await page.goto('/e2e/harness/faults.html');
    await page.waitForFunction(() => 'faults' in window, undefined, { timeout: 60_000 });
    const report = await page.evaluate(() => (window as unknown as { faults: { memoryRun(): Promise<MemoryReport> } }).faults.memoryRun());
    expect(report.backend).toBe('webgpu');
    expect(report.status).toBe('finished');
    expect(report.afterEachEpoch).toHaveLength(20);
    expect(new Set(report.afterEachEpoch).size).toBe(1);
    expect(report.afterRun).toBe(report.baseline);
    expect(report.stoppedStatus).toBe('cancelled');
    expect(report.stoppedAtBatch).toBe(10);
    expect(report.afterStop).toBe(report.baseline);
  });

  test('the GPU device lost mid-run: the run is interrupted with its finished epochs kept, and the page trains again on a new device @webgpu-training', async ({ page }) => {
    await page.goto('/#v=1&ntrain=320&ntest=64&bs=32&epochs=40&backend=webgpu');
    // The webgpu-training project's flags let tfjs WebGPU read back synchronously on SwiftShader, so the page trains on it.
    expect(await waitForBackend(page), 'the page trains on WebGPU in the webgpu-training project').toBe('webgpu');
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await expect(page.getByTestId('run-record-status')).toHaveText('interrupted', { timeout: 150_000 });
    const [worker] = page.workers();
    await worker.evaluate(() => (self as unknown as { qlabGpuDevice: GPUDevice }).qlabGpuDevice.destroy());
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
    await expect(page.getByTestId('run-error')).toContainText(/The training worker stopped: the GPU device was lost .*interrupted after \d+ finished epochs?, kept in the run list/);
    expect(await statuses(page)).toEqual(['interrupted']);
    // The new worker starts its backend again, on a new device.
    await expect(page.locator('[data-notice-id="worker-crash"]')).toContainText('A new worker has started');
    await expect(page.getByTestId('backend-badge')).toHaveAttribute('data-backend', 'webgpu');
    await page.getByTestId('field-epochs').fill('1');
    await trainToEnd(page);
    expect(await statuses(page)).toEqual(['finished', 'interrupted']);
  });
});
