import { expect, test, type Page } from '@playwright/test';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** The `lesson` key of the page's address, as the page writes it (a moment after a change). */
const lessonInUrl = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('lesson');

test.describe('a lesson is part of the link', () => {
  test('a teacher’s lesson link opens exactly as shared, marked modified; runs keep their lesson; open config shows it or none', async ({ page }) => {
    const errors = watchErrors(page);
    // The TWN lesson, shared with one epoch instead of the lesson’s three.
    await page.goto('/#v=1&ntrain=300&ntest=200&wq=twn&wb=2&aq=none&ab=32&est=ste&epochs=1&backend=cpu&lesson=twn');
    await waitForBackend(page);
    await expect(page.getByTestId('preset-select')).toHaveValue('twn');
    await expect(page.getByTestId('preset-lesson')).toContainText('Ternary Weight Networks');
    await expect(page.getByTestId('field-epochs')).toHaveValue('1');
    await expect(page.getByTestId('field-ntrain')).toHaveValue('300');
    await expect(page.getByTestId('preset-active')).toHaveAttribute('data-modified', 'true');
    await expect(page.getByTestId('preset-modified')).toHaveText(/differs from the lesson’s in Epochs\./);
    await expect(page.getByTestId('notice-reset')).toHaveCount(0);
    expect(lessonInUrl(page)).toBe('twn');
    await trainToEnd(page);
    await expect(page.getByTestId('run-row')).toHaveCount(1);

    // No lesson: the link loses it; a second run has none.
    await page.getByTestId('preset-select').selectOption('');
    await expect(page.getByTestId('preset-active')).toHaveCount(0);
    await expect.poll(() => lessonInUrl(page)).toBeNull();
    await trainToEnd(page);
    await expect(page.getByTestId('run-row')).toHaveCount(2);

    // Choosing a lesson puts it in the link, unmodified; an edit marks it; "back" undoes the edit.
    await page.getByTestId('preset-select').selectOption('bnn');
    await expect.poll(() => lessonInUrl(page)).toBe('bnn');
    await expect(page.getByTestId('preset-active')).toHaveAttribute('data-modified', 'false');
    await expect(page.getByTestId('field-ntrain')).toHaveValue('300');
    await page.getByTestId('field-seed').fill('8');
    await expect(page.getByTestId('preset-modified')).toContainText('Seed');
    await expect.poll(() => lessonInUrl(page)).toBe('bnn');
    await page.getByTestId('preset-reset').click();
    await expect(page.getByTestId('preset-active')).toHaveAttribute('data-modified', 'false');
    await expect(page.getByTestId('field-seed')).toHaveValue('1');

    // Runs are listed newest first: the second run had no lesson, the first TWN.
    const rows = page.getByTestId('run-row');
    await rows.nth(0).getByTestId('run-open').click();
    await expect(page.getByTestId('preset-active')).toHaveCount(0);
    await expect.poll(() => lessonInUrl(page)).toBeNull();
    await rows.nth(1).getByTestId('run-open').click();
    await expect(page.getByTestId('preset-select')).toHaveValue('twn');
    await expect(page.getByTestId('preset-modified')).toContainText('Epochs');
    await expect(page.getByTestId('field-epochs')).toHaveValue('1');
    await expect.poll(() => lessonInUrl(page)).toBe('twn');
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });

  test('an unknown lesson id gets a notice and no lesson text', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&epochs=2&lesson=no-such-lesson&backend=cpu');
    await expect(page.getByTestId('notice-reset')).toContainText('Unknown lesson "no-such-lesson" in the link; no lesson text is shown.');
    await expect(page.getByTestId('preset-active')).toHaveCount(0);
    await expect(page.getByTestId('field-epochs')).toHaveValue('2');
    await expect.poll(() => lessonInUrl(page)).toBeNull();
    expect(errors).toEqual([]);
  });
});

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
