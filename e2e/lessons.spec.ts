import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, waitForBackend, watchErrors } from './helpers';

test.describe('lessons do what they say', () => {
  test('EDE: while the run trains, the Explain backward plot follows its progress and narrows', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&wq=sign&est=ede&ntrain=4000&ntest=200&epochs=2&backend=wasm');
    await waitForBackend(page);
    const title = page.getByTestId('explain-backward-title');
    await expect(title).toHaveAttribute('data-progress', '0');
    await expect(title).toContainText('(the estimator’s setting; a run sets it as it trains)');
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    const seen: Array<{ progress: number; mean: number }> = [];
    await expect
      .poll(
        async () => {
          const [progress, mean] = await Promise.all([title.getAttribute('data-progress'), title.getAttribute('data-mean')]);
          if (progress && mean && (await title.textContent())?.includes('at the run’s progress')) seen.push({ progress: Number(progress), mean: Number(mean) });
          return Math.max(0, ...seen.map((s) => s.progress));
        },
        { timeout: 120_000, intervals: [100] },
      )
      .toBeGreaterThanOrEqual(0.7);
    const early = seen.find((s) => s.progress <= 0.3);
    const late = seen[seen.length - 1];
    expect(early, JSON.stringify(seen)).toBeDefined();
    // Mean of ∂q/∂x over [−2, 2]: about 0.99 at t = 0.1, well below 0.5 once t passes 1.
    expect(early!.mean).toBeGreaterThan(0.9);
    expect(late.mean).toBeLessThan(0.5);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout: 120_000 });
    // After the run, the plot is back at the configured progress.
    await expect(title).toHaveAttribute('data-progress', '0');
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('too high a learning rate: the run stops, says where and what to lower, and keeps what it has', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&ntest=200&backend=wasm');
    await waitForBackend(page);
    await page.getByTestId('preset-select').selectOption('too-high-lr');
    await expect(page.getByTestId('preset-lesson')).toContainText('stops with a message');
    await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId('train').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'diverged', { timeout: 120_000 });
    await expect(page.getByTestId('run-diverged')).toContainText(/Training diverged in epoch 1 at step \d+: .* The learning rate 10 is likely too high/);
    // It stopped inside epoch 1: no test accuracy is claimed for it.
    await expect(page.getByTestId('final-accuracy')).toHaveText('no epoch was evaluated');
    await expect(page.getByTestId('runs-table').getByTestId('run-row')).toHaveCount(1);
    await expect(page.getByTestId('runs-table')).toContainText('diverged');
    await expect(page.getByTestId('run-accuracy')).toHaveText('—');
    await expect(page.getByTestId('deploy-unavailable')).toContainText('diverged');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
  });
});
