import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, waitForBackend, watchErrors } from './helpers';

/** A tiny 8-bit affine mlp: one float epoch on 300 images, 3 layers × 2 widths. */
const TINY = 'v=1&ntrain=300&ntest=200&epochs=1&wq=affine&wb=8&aq=affine&ab=8&backend=wasm';

test.describe('Sensitivity panel', () => {
  test('the heat map fills in under a progress bar, then the accuracy-against-size plot shows uniform and searched points', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/#${TINY}`);
    expect(await waitForBackend(page)).toBe('wasm');
    const panel = page.getByTestId('panel-sensitivity');
    await expect(panel).toBeVisible();
    await panel.getByTestId('sensitivity-bits').fill('1,8');
    await panel.getByTestId('sensitivity-budgets').fill('100000');
    await expect(panel.getByTestId('sensitivity-start')).toBeEnabled({ timeout: 60_000 });
    await panel.getByTestId('sensitivity-start').click();
    await expect(panel.getByTestId('sensitivity-progress')).toBeVisible();
    await expect(panel.getByTestId('sensitivity-cell')).toHaveCount(6, { timeout: 60_000 });
    await expect(panel.getByTestId('sensitivity-status')).toHaveAttribute('data-status', 'finished', { timeout: 150_000 });
    await expect(panel.locator('[data-testid="sensitivity-cell"][data-measured="true"]')).toHaveCount(6);
    const progress = panel.getByTestId('sensitivity-progress');
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    // float, uniform 1-bit and 8-bit, one searched allocation.
    await expect(panel.getByTestId('sensitivity-pareto')).toHaveAttribute('data-points', '4');
    await expect(panel.getByTestId('sensitivity-points')).toContainText('searched');
    await expect(panel.getByTestId('sensitivity-points').locator('a').last()).toHaveAttribute('href', /layers=/);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('hide=sensitivity hides the panel', async ({ page }) => {
    await page.goto(`/#${TINY}&hide=sensitivity`);
    await waitForBackend(page);
    await expect(page.getByTestId('panel-explain')).toBeVisible();
    await expect(page.getByTestId('panel-sensitivity')).toHaveCount(0);
  });
});
