import { expect, type Page } from '@playwright/test';

/**
 * Collects every page error, console error and worker console error of a page, so a
 * test can fail on any of them. `ignore` lists patterns of known-harmless messages.
 */
export function watchErrors(page: Page, ignore: RegExp[] = []): string[] {
  const errors: string[] = [];
  const keep = (text: string) => {
    if (!ignore.some((re) => re.test(text))) errors.push(text);
  };
  page.on('pageerror', (error) => keep(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') keep(`console: ${message.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') keep(`worker console: ${message.text()}`);
    });
  });
  return errors;
}

/** Fails when the page shows an error notice (worker errors, failed runs, storage errors). */
export async function expectNoErrorBanner(page: Page): Promise<void> {
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  await expect(page.getByTestId('run-error')).toHaveCount(0);
}

/** Every configuration control's value, keyed by its `data-field`. */
export async function configFieldValues(page: Page): Promise<Record<string, string>> {
  // The layer table, the training settings and the widths load after the first paint.
  await expect(page.getByTestId('layer-table')).toBeVisible();
  await expect(page.getByTestId('field-lr')).toBeVisible();
  if ((await page.getByTestId('config-architecture').count()) > 0) await expect(page.getByTestId('widths')).toBeVisible();
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
      const field = el.dataset.field!;
      values[field] = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? String(el.checked) : el.value;
    }
    return values;
  });
}

/** Waits until the worker has said which tfjs backend it runs. */
export async function waitForBackend(page: Page): Promise<string> {
  const badge = page.getByTestId('backend-badge');
  await expect(badge).not.toHaveAttribute('data-backend', '', { timeout: 60_000 });
  return (await badge.getAttribute('data-backend')) ?? '';
}

/** Presses Train and waits until the run has finished. */
export async function trainToEnd(page: Page, timeout = 150_000): Promise<void> {
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'finished', { timeout });
}

/**
 * Reads the latent view's threshold lines and histogram bars by their test ids: there is
 * at least one threshold, and each lies strictly inside the span of the bars.
 */
export async function expectThresholdsInsideBars(page: Page): Promise<number[]> {
  const histogram = page.getByTestId('histogram');
  const thresholds = (await histogram.getByTestId('histogram-threshold').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-x')))));
  const bars = await histogram.getByTestId('histogram-bar').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-x0')), Number(e.getAttribute('data-x1'))]));
  expect(thresholds.length).toBeGreaterThan(0);
  expect(bars.length).toBeGreaterThan(0);
  const lo = Math.min(...bars.map((b) => b[0]));
  const hi = Math.max(...bars.map((b) => b[1]));
  for (const t of thresholds) {
    expect(Number.isFinite(t)).toBe(true);
    expect(t, `threshold ${t} inside the bars [${lo}, ${hi}]`).toBeGreaterThan(lo);
    expect(t, `threshold ${t} inside the bars [${lo}, ${hi}]`).toBeLessThan(hi);
  }
  return thresholds;
}

/**
 * Reads the quantized view's level lines and bars: there is at least one level, and each
 * lies within the span of the bars (the levels are values the quantized weights take).
 */
export async function expectLevelsInsideBars(page: Page): Promise<number[]> {
  const histogram = page.getByTestId('histogram');
  await expect(histogram).toHaveAttribute('data-view', 'quantized');
  const levels = await histogram.getByTestId('histogram-level').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-x'))));
  const bars = await histogram.getByTestId('histogram-bar').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-x0')), Number(e.getAttribute('data-x1'))]));
  expect(levels.length).toBeGreaterThan(0);
  const lo = Math.min(...bars.map((b) => b[0]));
  const hi = Math.max(...bars.map((b) => b[1]));
  // Bar edges are float32: a level on the outermost weights may sit on an edge.
  const eps = 1e-6 * Math.max(1, Math.abs(lo), Math.abs(hi));
  for (const l of levels) {
    expect(Number.isFinite(l)).toBe(true);
    expect(l, `level ${l} inside the bars [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo - eps);
    expect(l, `level ${l} inside the bars [${lo}, ${hi}]`).toBeLessThanOrEqual(hi + eps);
  }
  return levels;
}
