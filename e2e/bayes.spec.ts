import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** 300 training and 200 test images, one epoch on the CPU backend. */
const SMALL = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu';

test('Bayesian binary weights: the histogram’s probabilities view shows P(w = +1) over [0, 1]', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}&wq=bayes-binary&est=ste`);
  await waitForBackend(page);
  await trainToEnd(page);
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (bayes-binary)' });
  await page.getByTestId('histogram-probabilities').check();
  const histogram = page.getByTestId('histogram');
  const edges = await histogram.getByTestId('histogram-bar').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-x0')), Number(e.getAttribute('data-x1'))]));
  expect(edges.length).toBeGreaterThan(1);
  expect(Math.min(...edges.map((e) => e[0]))).toBeGreaterThanOrEqual(0);
  expect(Math.max(...edges.map((e) => e[1]))).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('histogram-note')).toContainText('P(w = +1)');
  // The x axis is named for what it holds: the probability, not the latent weights.
  await expect(histogram.locator('svg')).toContainText('P(w = +1)');
  await expect(histogram.locator('svg')).not.toContainText('latent w');
  // A layer without a probability view offers none.
  await page.getByTestId('histogram-layer').selectOption({ index: 0 });
  await expect(page.getByTestId('histogram-probabilities')).toHaveCount(0);
  await expectNoErrorBanner(page);
  expect(errors).toEqual([]);
});

test('LAB weights train from a link and show ±α', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}&wq=lab`);
  await waitForBackend(page);
  await trainToEnd(page);
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (lab)' });
  await expect(page.getByTestId('histogram-error')).toContainText('2 levels');
  await expectNoErrorBanner(page);
  expect(errors).toEqual([]);
});
