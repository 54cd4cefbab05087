import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectLevelsInsideBars, expectThresholdsInsideBars, trainToEnd, waitForBackend, watchErrors } from './helpers';

/** 300 training and 200 test images, one epoch on the CPU backend: a run of a few seconds. */
const SMALL = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu';
/** The panel screenshots land here (Playwright's output folder). */
const SHOTS = 'test-results/charts';

/** Least height of a chart's plotting rectangle, and most size of a legend icon, in CSS pixels. */
const MIN_PLOT_HEIGHT = 120;
const MAX_ICON = 20;

interface ChartBoxes {
  /** The plotting rectangle: the plain SVG charts' `.plot-area`, the chart library's cartesian grid. */
  plot: { width: number; height: number } | null;
  icons: { width: number; height: number }[];
}

/** Measures one chart from the DOM: its plotting rectangle and its legend icons. */
async function chartBoxes(chart: Locator): Promise<ChartBoxes> {
  return chart.evaluate((el) => {
    const size = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { width: r.width, height: r.height };
    };
    const plot = el.querySelector('.plot-area, .recharts-cartesian-grid');
    const icons = [...el.querySelectorAll('.legend i, .recharts-legend-item svg')];
    return { plot: plot ? size(plot) : null, icons: icons.map(size) };
  });
}

async function expectReadable(chart: Locator, name: string): Promise<void> {
  await expect(chart).toBeVisible();
  const { plot, icons } = await chartBoxes(chart);
  expect(plot, `${name}: a plotting rectangle`).not.toBeNull();
  expect(plot!.height, `${name}: plot height`).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
  expect(plot!.width, `${name}: plot width`).toBeGreaterThanOrEqual(MIN_PLOT_HEIGHT);
  for (const icon of icons) {
    expect(icon.width, `${name}: legend icon width`).toBeLessThanOrEqual(MAX_ICON);
    expect(icon.height, `${name}: legend icon height`).toBeLessThanOrEqual(MAX_ICON);
  }
}

async function shoot(page: Page, panel: string, file: string): Promise<void> {
  await page.getByTestId(`panel-${panel}`).screenshot({ path: `${SHOTS}/${file}.png` });
}

test('every chart has a readable plot area and small legend icons; a screenshot of each panel', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}`);
  await waitForBackend(page);
  await trainToEnd(page);

  // Loss and accuracy, quantization error per layer (plain SVG).
  for (const id of ['loss-chart', 'accuracy-chart']) await expectReadable(page.getByTestId(id), id);
  await shoot(page, 'curves', 'curves');
  for (const id of ['mse-chart', 'flip-chart']) await expectReadable(page.getByTestId(id), id);
  await shoot(page, 'layer-error', 'layer-error');

  // Explain: forward and backward (the chart library), drawn once its code has loaded.
  for (const id of ['explain-forward', 'explain-backward']) {
    await expect(page.getByTestId(id).locator('.recharts-cartesian-grid')).toHaveCount(1);
    await expectReadable(page.getByTestId(id), id);
  }
  await shoot(page, 'explain', 'explain');

  // The histogram's three views.
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (xnor)' });
  for (const view of ['latent', 'quantized', 'transfer'] as const) {
    await page.getByTestId(`histogram-${view}`).check();
    const histogram = page.getByTestId('histogram');
    await expect(histogram).toHaveAttribute('data-view', view);
    await expectReadable(histogram, `histogram ${view}`);
    await shoot(page, 'histogram', `histogram-${view}`);
  }

  // Results: test images and the confusion matrix (tables, no plot to measure).
  await expect(page.getByTestId('confusion')).toBeVisible();
  await shoot(page, 'samples', 'samples');
  await shoot(page, 'confusion', 'confusion');

  // Runs: the comparison of ticked runs (the chart library).
  await page.getByTestId('runs-table').getByTestId('run-select').first().check();
  const compare = page.getByTestId('compare-chart');
  await expect(compare.locator('.recharts-cartesian-grid')).toHaveCount(1);
  await expectReadable(compare, 'compare-chart');
  await shoot(page, 'runs', 'runs');

  // Other window widths: one column (640, 1024), three columns with each pair of charts stacked (1300, 1380) or side by side (1600).
  for (const width of [640, 1024, 1300, 1380, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of ['loss-chart', 'accuracy-chart', 'mse-chart', 'flip-chart', 'explain-forward', 'explain-backward', 'histogram', 'compare-chart']) {
      await expectReadable(page.getByTestId(id), `${id} at ${width} px`);
    }
  }

  expect(errors).toEqual([]);
});

/** The shown bars' edges, and the chart's x range. */
async function bars(page: Page): Promise<{ lo: number; hi: number; first: number; last: number; count: number }> {
  const histogram = page.getByTestId('histogram');
  const edges = await histogram.getByTestId('histogram-bar').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-x0')), Number(e.getAttribute('data-x1'))]));
  return {
    lo: Number(await histogram.getAttribute('data-lo')),
    hi: Number(await histogram.getAttribute('data-hi')),
    first: Math.min(...edges.map((e) => e[0])),
    last: Math.max(...edges.map((e) => e[1])),
    count: edges.length,
  };
}

test('the histogram’s bar count and zoom: chosen bars, drag to zoom, +/− and reset', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}`);
  await waitForBackend(page);
  await trainToEnd(page);
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (xnor)' });
  const histogram = page.getByTestId('histogram');

  // Bars: the chosen count, all inside the x range, which has room beyond the weights.
  for (const bins of ['20', '200', '60']) {
    await page.getByTestId('histogram-bins').selectOption(bins);
    await expect(histogram).toHaveAttribute('data-bins', bins);
    const b = await bars(page);
    expect(b.count).toBe(Number(bins));
    expect(b.lo).toBeLessThan(b.first);
    expect(b.hi).toBeGreaterThan(b.last);
  }
  await expectThresholdsInsideBars(page);
  const whole = await bars(page);

  // Drag across the middle third of the plot: the view shows about that range, with weights either side of it.
  const box = (await histogram.locator('svg').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('histogram-window')).toHaveAttribute('data-zoomed', 'true');
  const zoomed = await bars(page);
  expect(zoomed.hi - zoomed.lo).toBeLessThan((whole.hi - whole.lo) * 0.5);
  expect(zoomed.lo).toBeGreaterThan(whole.lo);
  expect(zoomed.hi).toBeLessThan(whole.hi);
  await expect(page.getByTestId('histogram-window')).toContainText('weights left of the view');
  // XNOR's one threshold (at 0) is either a line inside the window or marked at the edge it lies past, never dropped.
  const lines = await histogram.getByTestId('histogram-threshold').count();
  const marked = await histogram.locator('[data-testid=edge-marker][data-kind=threshold]').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
  expect(lines + marked).toBe(1);

  // + halves the window, − doubles it, reset returns to the whole range.
  await page.getByTestId('histogram-zoom-in').click();
  const inner = await bars(page);
  expect(inner.hi - inner.lo).toBeLessThan((zoomed.hi - zoomed.lo) * 0.7);
  await page.getByTestId('histogram-zoom-out').click();
  const outer = await bars(page);
  expect(outer.hi - outer.lo).toBeGreaterThan((inner.hi - inner.lo) * 1.5);
  await page.getByTestId('histogram-zoom-reset').click();
  await expect(page.getByTestId('histogram-window')).toHaveAttribute('data-zoomed', 'false');
  expect(await bars(page)).toEqual(whole);

  // The quantized view: the levels ±α are lines inside the range, none at the edge.
  await page.getByTestId('histogram-quantized').check();
  await expect(histogram).toHaveAttribute('data-levels', '2');
  await expect(histogram.locator('[data-testid=edge-marker][data-kind=level]')).toHaveCount(0);
  await expectLevelsInsideBars(page);
  // Zoomed into the middle, between the two levels: both are marked at the edges with their values.
  await page.getByTestId('histogram-zoom-in').click();
  await page.getByTestId('histogram-zoom-in').click();
  await expect(histogram.getByTestId('histogram-level')).toHaveCount(0);
  await expect(histogram.locator('[data-testid=edge-marker][data-kind=level][data-side=left]')).toHaveAttribute('data-count', '1');
  await expect(histogram.locator('[data-testid=edge-marker][data-kind=level][data-side=right]')).toHaveAttribute('data-count', '1');
  expect(errors).toEqual([]);
});

test('a stochastic quantizer’s level shares follow the chosen bars', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${SMALL}&wq=stochastic-sign`);
  await waitForBackend(page);
  await trainToEnd(page);
  await page.getByTestId('histogram-layer').selectOption({ label: 'dense2 (stochastic-sign)' });
  const histogram = page.getByTestId('histogram');
  await expect(histogram).toHaveAttribute('data-view', 'latent');
  for (const bins of ['20', '150']) {
    await page.getByTestId('histogram-bins').selectOption(bins);
    await expect(histogram).toHaveAttribute('data-bins', bins);
    const curves = histogram.getByTestId('histogram-probability');
    await expect(curves).toHaveCount(2);
    // One point per bar that holds weights, at most one per bar.
    const points = await curves.first().evaluate((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length);
    expect(points).toBeGreaterThan(1);
    expect(points).toBeLessThanOrEqual(Number(bins));
  }
  await expectReadable(histogram, 'stochastic latent');
  await page.getByTestId('histogram-transfer').check();
  await expect(histogram.getByTestId('transfer-mean')).toHaveCount(1);
  expect(errors).toEqual([]);
});
