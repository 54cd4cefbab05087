import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** 300 training and 200 test images, one epoch on the CPU backend: a run of a few seconds. */
const SMALL = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu';

test('gradient bits: the Configure control writes gb= to the link, Explain shows DoReFa G, and the run trains', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}`);
  await waitForBackend(page);
  await expect(page.getByTestId('explain-gradients')).toHaveCount(0);
  await page.getByTestId('field-gradientBits').selectOption('6');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('gb=6');
  await expect(page.getByTestId('explain-gradients')).toContainText('6 bits');
  await expect(page.getByTestId('explain-gradients-formula')).toContainText('max|dr|');
  await expect(page.getByTestId('explain-gradients')).toContainText('DoReFa-Net');
  await trainToEnd(page);
  await page.getByTestId('field-gradientBits').selectOption('32');
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('gb=');
  await expectNoErrorBanner(page);
  expect(errors).toEqual([]);
});

test('product quantization from a link: the summary shows 2 bits per weight, Explain names the paper, PTQ trains', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}&wq=pq&wb=8&wp=dim:4&aq=none&ab=32&est=ste&mode=ptq`);
  await waitForBackend(page);
  await expect(page.getByTestId('field-weight.quantizer')).toHaveValue('pq');
  await expect(page.getByTestId('explain-quantizer')).toContainText('Product quantization');
  await expect(page.getByTestId('explain-quantizer')).toContainText('Vector Quantization');
  // dense2 (256×256, the only quantized layer): 8 bits per sub-vector of 4 weights.
  await expect(page.getByTestId('summary-table').locator('td[title="pq"]')).toHaveText('2b');
  await trainToEnd(page);
  await expectNoErrorBanner(page);
  expect(errors).toEqual([]);
});
