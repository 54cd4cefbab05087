import { expect, test } from '@playwright/test';
import { trainToEnd, waitForBackend, watchErrors } from './helpers';

/** A short SLQ run on 3-bit uniform weights: a few seconds on the CPU backend. */
const SLQ = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu&wq=uniform&wb=3&tm=slq&tmp=stages:3';

test('a training method from the link: its control, its Explain entry, and frozen weights in their own colour', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SLQ}`);
  await waitForBackend(page);
  await expect(page.getByTestId('field-trainingMethod')).toHaveValue('slq');
  await expect(page.locator('[data-field="training.params.stages"]')).toHaveValue('3');
  await expect(page.getByTestId('explain-training-formula')).toContainText('freeze lowest loss_c');
  await trainToEnd(page);
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (uniform)' });
  await page.getByTestId('histogram-latent').check();
  // The schedule ended: every weight of the layer is frozen on a level.
  const legend = page.getByTestId('histogram-frozen-legend');
  await expect(legend).toHaveAttribute('data-free', '0');
  expect(Number(await legend.getAttribute('data-frozen'))).toBeGreaterThan(1000);
  expect(await page.getByTestId('histogram-frozen-bar').count()).toBeGreaterThan(0);

  // Choosing ADMM writes it into the link and the Explain panel follows.
  await page.getByTestId('field-trainingMethod').selectOption('admm');
  await expect(page).toHaveURL(/tm=admm/);
  await expect(page.getByTestId('explain-training')).toContainText('Leng');
  expect(errors).toEqual([]);
});

test('BSQ from the link: its Explain entry, and each layer\'s bits per epoch drawn after the run', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#v=1&ntrain=300&ntest=200&epochs=2&backend=cpu&wq=uniform&wb=8&lr=0.1&tm=bsq&tmp=bits:8,lambda:0.5,every:2');
  await waitForBackend(page);
  await expect(page.getByTestId('field-trainingMethod')).toHaveValue('bsq');
  await expect(page.getByTestId('explain-training')).toContainText('Yang');
  await trainToEnd(page);
  const chart = page.getByTestId('layer-metric-chart');
  await expect(chart).toBeVisible();
  await expect(page.getByTestId('layer-metric')).toContainText('Bits per layer');
  expect(errors).toEqual([]);
});
