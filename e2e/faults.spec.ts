import { chromium, expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { trainToEnd, waitForBackend, watchErrors } from './helpers';

/** Issue 9, runtime faults: what the page does when training, the worker or storage fail. */

/** A run long enough to be cut off after its first epoch (about a second per epoch on the CPU backend). */
const LONG = 'v=1&ntrain=600&ntest=100&epochs=30&bs=32&backend=cpu';
const SMALL = 'v=1&ntrain=300&ntest=100&epochs=1&backend=cpu';

/** The stored runs as the run list shows them. */
const storedRuns = (page: Page) =>
  page.getByTestId('run-row').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-run-id'),
      name: row.querySelector('[data-testid="run-name"]')?.textContent,
      status: row.querySelector('[data-testid="run-record-status"]')?.textContent?.trim(),
      accuracy: row.querySelector('[data-testid="run-accuracy"]')?.textContent,
    })),
  );

/** Every record in the lab's IndexedDB store, as stored. */
const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('quantization-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('runs').objectStore('runs').getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
  );

/** Waits until the run in progress has finished at least one epoch and that epoch is in the run list. */
async function firstEpochKept(page: Page): Promise<void> {
  await expect(page.getByTestId('run-row').filter({ has: page.getByTestId('run-record-status').getByText('interrupted') })).toHaveCount(1, { timeout: 120_000 });
}

test.describe('runtime faults', () => {
  test('Adam at learning rate 10: stops naming the epoch and the layer; no NaN in the histogram, the summary or Deploy', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&ntrain=960&ntest=100&epochs=2&bs=32&wq=none&aq=none&bn=0&opt=adam&lr=10&backend=cpu');
    await waitForBackend(page);
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'diverged', { timeout: 120_000 });
    await expect(page.getByTestId('run-diverged')).toContainText(/Training diverged in epoch 1 at step \d+: .*dense\d's (weights|batch-norm scale).* The learning rate 10 is likely too high for Adam/);
    await expect(page.getByTestId('runs-table')).toContainText('diverged');
    await expect(page.getByTestId('deploy-unavailable')).toContainText('diverged');
    await expect(page.getByTestId('deploy-run')).toBeDisabled();
    for (const id of ['histogram', 'summary-table', 'loss-chart']) {
      const html = await page.getByTestId(id).evaluate((el) => el.outerHTML);
      expect(html, id).not.toMatch(/NaN|Infinity/);
    }
    expect(errors).toEqual([]);
  });

  test('a worker terminated mid-run: the run ends with a message, its finished epochs stay as interrupted, and Train works again', async ({ page }) => {
    await page.goto(`/#${LONG}`);
    await waitForBackend(page);
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await firstEpochKept(page);
    const [worker] = page.workers();
    await worker.evaluate(() => (self as unknown as { close(): void }).close());
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
    await expect(page.getByTestId('run-error')).toContainText(/The training worker stopped: it was terminated\. The run was interrupted after \d+ finished epochs?, kept in the run list/);
    const runs = await storedRuns(page);
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('interrupted');
    expect(runs[0].accuracy).toMatch(/%/);
    await page.getByTestId('field-epochs').fill('1');
    // The new worker loads the dataset again; a short run then trains to its end there.
    await expect(page.getByText('Loaded: MNIST (60,000 train, 10,000 test)')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-status', 'running', { timeout: 120_000 });
    await expect(page.getByTestId('run-error')).toHaveCount(0);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished');
    expect((await storedRuns(page)).map((r) => r.status).sort()).toEqual(['finished', 'interrupted']);
  });

  test('a reload mid-run: the finished epochs of the run are in the run list after reopening, marked interrupted', async ({ page }) => {
    await page.goto(`/#${LONG}`);
    await waitForBackend(page);
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await firstEpochKept(page);
    await page.reload();
    await waitForBackend(page);
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    const [run] = await storedRuns(page);
    expect(run.status).toBe('interrupted');
    expect(run.accuracy).toMatch(/%/);
    const [record] = (await storedRecords(page)) as { epochs: unknown[]; status: string }[];
    expect(record.status).toBe('interrupted');
    expect(record.epochs.length).toBeGreaterThanOrEqual(1);
  });

  test('storage: a full quota says "storage full" and keeps older runs; a corrupt record is quarantined; export and import give the same runs', async ({ baseURL }, testInfo) => {
    // Chromium applies a quota override only to storage opened after it (it caches the
    // space left per open database), so each step is a new browser on the same profile.
    const profile = testInfo.outputPath('profile');
    const launch = () => chromium.launchPersistentContext(profile, { baseURL, ...testInfo.project.use.launchOptions });
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`/#${SMALL}`);
    await waitForBackend(page);
    await trainToEnd(page);
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    const before = await storedRecords(page);
    await context.close();

    // Quota exceeded: the origin may store nothing more.
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 });
    await page.goto(`/#${SMALL}`);
    await waitForBackend(page);
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    await trainToEnd(page);
    await expect(page.locator('[data-notice-id="storage-full"]')).toContainText('Storage full');
    await expect(page.locator('[data-notice-id="storage-full"]')).toContainText('The runs already kept are unchanged');
    expect(await storedRecords(page)).toEqual(before);
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`/#${SMALL}`);
    await waitForBackend(page);
    // A corrupt record next to the good one: set aside, the page starts and lists the good one.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('quantization-lab');
          open.onsuccess = () => {
            const tx = open.result.transaction('runs', 'readwrite');
            tx.objectStore('runs').put({ id: 'corrupt', createdAt: 1, config: 'not a config', epochs: 'none' });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitForBackend(page);
    await expect(page.locator('[data-notice-id="runs-quarantined"]')).toContainText('1 stored run could not be read');
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    expect(await storedRecords(page)).toEqual(before);
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });

    // Export all, delete, import: the same records.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { runs: unknown[] };
    expect(exported.runs).toEqual(before);
    await page.getByTestId('run-delete').click();
    await expect(page.getByTestId('runs-empty')).toBeVisible();
    await page.getByTestId('import-json').setInputFiles(file);
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    expect(await storedRecords(page)).toEqual(before);
    await context.close();
  });

  test('two tabs training at once on the same origin: both runs are kept intact', async ({ context }) => {
    const pages = [await context.newPage(), await context.newPage()];
    for (const p of pages) {
      await p.goto(`/#v=1&ntrain=600&ntest=100&epochs=3&backend=cpu`);
      await waitForBackend(p);
      await expect(p.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    }
    await Promise.all(pages.map((p) => p.getByTestId('train').click()));
    await Promise.all(pages.map((p) => expect(p.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 150_000 })));
    const records = (await storedRecords(pages[0])) as { id: string; status: string; epochs: { epoch: number }[] }[];
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(r.status).toBe('finished');
      expect(r.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    }
    await pages[1].reload();
    await expect(pages[1].getByTestId('run-row')).toHaveCount(2);
  });
});
