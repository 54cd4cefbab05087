import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'fflate';
import { makeCifarBatch, makeTar } from '../src/data/testFixtures.node';
import { trainToEnd, waitForBackend, watchErrors } from './helpers';

/** A small CIFAR-10 binary tarball: 64 training and 40 test images, every class in both. */
function smallCifarTarball(): Buffer {
  const labels = (n: number) => Array.from({ length: n }, (_, i) => i % 10);
  return Buffer.from(
    gzipSync(
      makeTar([
        { path: 'cifar-10-batches-bin/data_batch_1.bin', data: makeCifarBatch(labels(64)) },
        { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch(labels(40)) },
      ]),
    ),
  );
}

const CIFAR_CLASSES = ['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'];

const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const CIFAR = `${SHARED}cifar10/cifar-10-subset-binary.tar.gz`;
const MNIST_TEST_IMAGES = `${SHARED}mnist/t10k-images-idx3-ubyte.gz`;
const MNIST_TEST_LABELS = `${SHARED}mnist/t10k-labels-idx1-ubyte.gz`;

test.describe('loading datasets from files and URLs', () => {
  test('a wrong file gives one clear error and the embedded MNIST stays loaded', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&backend=wasm');
    await waitForBackend(page);
    await expect(page.getByTestId('dataset-status')).toContainText('60,000 train');
    await page.getByTestId('dataset-files').setInputFiles({
      name: 'train-images-idx3-ubyte.gz',
      mimeType: 'application/gzip',
      buffer: Buffer.from('this is not a gzip file'),
    });
    await expect(page.getByTestId('dataset-error')).toContainText('train-images-idx3-ubyte.gz');
    await expect(page.getByTestId('dataset-error')).toContainText('MNIST stays loaded');
    await expect(page.getByTestId('dataset-status')).toContainText('60,000 train');
    await expect(page.getByTestId('train')).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('a CIFAR-10 tarball loaded while MNIST is selected switches to CIFAR-10 and its network; MNIST stays selectable; the confusion matrix fits', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&epochs=1&bs=32&backend=wasm');
    await waitForBackend(page);
    await expect(page.getByTestId('dataset-status')).toContainText('60,000 train, 10,000 test', { timeout: 60_000 });
    await page.getByTestId('dataset-files').setInputFiles({ name: 'cifar-10-binary.tar.gz', mimeType: 'application/gzip', buffer: smallCifarTarball() });
    await expect(page.getByTestId('dataset-status')).toContainText('CIFAR-10 (64 train, 40 test)');
    const notice = page.locator('[data-notice-id="dataset-switched"]');
    await expect(notice).toContainText('Switched to CIFAR-10');
    await expect(notice).toContainText('the experiment now uses CIFAR-10 instead of MNIST');
    await expect(notice).toContainText('The network is now the CIFAR CNN');
    await expect(notice).toContainText('MNIST stays loaded');
    await expect(page.getByTestId('field-dataset')).toHaveValue('cifar10');
    await expect(page.getByTestId('field-architecture')).toHaveValue('cnn-cifar');
    await expect(page.locator('.dataset-status .control-error')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).hash).toContain('arch=cnn-cifar');
    expect(new URL(page.url()).hash).toContain('data=cifar10');
    await expect(page.getByTestId('field-dataset').locator('option[value="mnist"]')).toHaveText('MNIST (loaded)');

    await trainToEnd(page, 170_000);
    const classes = page.getByTestId('confusion-class');
    await expect(classes).toHaveText(CIFAR_CLASSES);
    // Every column inside the panel, and no class name or count cut off.
    const fit = await page.getByTestId('panel-confusion').evaluate((panel) => {
      const box = panel.querySelector<HTMLElement>('[data-testid="confusion-box"]')!;
      const table = panel.querySelector('table')!;
      const style = getComputedStyle(panel);
      const inner = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const cut = [...table.querySelectorAll<HTMLElement>('td, th, th > span')].filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent);
      return { table: table.getBoundingClientRect().width, inner, boxScroll: box.scrollWidth, box: box.clientWidth, cut };
    });
    expect(fit.table, JSON.stringify(fit)).toBeLessThanOrEqual(fit.inner + 0.5);
    expect(fit.boxScroll, JSON.stringify(fit)).toBeLessThanOrEqual(fit.box);
    expect(fit.cut).toEqual([]);

    // Back to MNIST, kept by the worker: no download, the embedded set is active again; and back to CIFAR-10.
    await page.getByTestId('field-dataset').selectOption('mnist');
    await expect(page.getByTestId('dataset-status')).toContainText('MNIST (60,000 train, 10,000 test)');
    await page.getByTestId('field-dataset').selectOption('cifar10');
    await expect(page.getByTestId('dataset-status')).toContainText('CIFAR-10 (64 train, 40 test)');
    await expect(page.getByTestId('train')).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test.describe('real files from ../shared/data', () => {
    test.skip(!existsSync(CIFAR) || !existsSync(MNIST_TEST_IMAGES), 'skipped: ../shared/data not found');

    test('the CIFAR-10 tarball loads by file picker and a CNN trains on it', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/#v=1&data=cifar10&arch=cnn-cifar&ntrain=64&ntest=64&epochs=1&bs=32&backend=wasm');
      await waitForBackend(page);
      await expect(page.getByTestId('train')).toBeDisabled();
      await page.getByTestId('dataset-files').setInputFiles(CIFAR);
      await expect(page.getByTestId('dataset-status')).toContainText('CIFAR-10', { timeout: 60_000 });
      await expect(page.getByTestId('dataset-status')).toContainText('10,000 train');
      await expect(page.getByTestId('dataset-status')).toContainText('2,000 test');
      await trainToEnd(page, 170_000);
      expect(errors).toEqual([]);
    });

    test('the CIFAR-10 tarball loads from a URL; a URL that fails or is not http(s) changes nothing', async ({ page }) => {
      const errors = watchErrors(page, [/404/]);
      // The page's worker downloads these; Playwright answers from ../shared/data.
      // The answer waits a second, long enough to see the progress bar.
      await page.route('**/remote/cifar-10-binary.tar.gz', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.fulfill({ path: CIFAR, contentType: 'application/gzip' });
      });
      await page.route('**/remote/missing.tar.gz', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto('/#v=1&data=cifar10&arch=cnn-cifar&backend=wasm');
      await waitForBackend(page);
      await page.getByTestId('dataset-url').fill('remote/cifar-10-binary.tar.gz');
      await page.getByTestId('dataset-url-load').click();
      await expect(page.getByTestId('dataset-progress')).toContainText('Downloading');
      await expect(page.getByTestId('dataset-status')).toContainText('CIFAR-10', { timeout: 60_000 });
      await expect(page.getByTestId('dataset-progress')).toHaveCount(0);
      await expect(page.getByTestId('dataset-status')).toContainText('10,000 train');
      await expect(page.getByTestId('dataset-source')).toContainText('remote/cifar-10-binary.tar.gz');

      await page.getByTestId('dataset-url').fill('remote/missing.tar.gz');
      await page.getByTestId('dataset-url-load').click();
      await expect(page.getByTestId('dataset-error')).toContainText('404');
      await expect(page.getByTestId('dataset-error')).toContainText('CIFAR-10 stays loaded');
      await expect(page.getByTestId('dataset-status')).toContainText('10,000 train');

      await page.getByTestId('dataset-url').fill('ftp://example.org/cifar.tar.gz');
      await page.getByTestId('dataset-url-load').click();
      await expect(page.getByTestId('dataset-url-error')).toContainText('not an http(s) URL');
      await expect(page.getByTestId('train')).toBeEnabled();
      expect(errors).toEqual([]);
    });

    test('MNIST test files dropped on the page replace the embedded test split', async ({ page }) => {
      const errors = watchErrors(page);
      await page.route('**/remote/t10k-*', (route) => route.fulfill({ path: route.request().url().includes('labels') ? MNIST_TEST_LABELS : MNIST_TEST_IMAGES }));
      await page.goto('/#v=1&backend=wasm');
      await waitForBackend(page);
      await expect(page.getByTestId('dataset-status')).toContainText('60,000 train, 10,000 test');
      await expect(page.getByTestId('dataset-source')).not.toContainText('t10k-images-idx3-ubyte.gz');
      const dataTransfer = await page.evaluateHandle(async () => {
        const transfer = new DataTransfer();
        for (const name of ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']) {
          const blob = await (await fetch(`remote/${name}`)).blob();
          transfer.items.add(new File([blob], name));
        }
        return transfer;
      });
      await page.getByTestId('dataset-drop').dispatchEvent('drop', { dataTransfer });
      await expect(page.getByTestId('dataset-source')).toContainText('t10k-images-idx3-ubyte.gz');
      await expect(page.getByTestId('dataset-status')).toContainText('60,000 train, 10,000 test');
      await expect(page.getByTestId('dataset-error')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('a lone MNIST test-images file without its labels is refused and changes nothing', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/#v=1&backend=wasm');
      await waitForBackend(page);
      await expect(page.getByTestId('dataset-status')).toContainText('60,000 train');
      await page.getByTestId('dataset-files').setInputFiles(MNIST_TEST_IMAGES);
      await expect(page.getByTestId('dataset-error')).toBeVisible();
      await expect(page.getByTestId('dataset-status')).toContainText('60,000 train, 10,000 test');
      expect(errors).toEqual([]);
    });
  });
});
