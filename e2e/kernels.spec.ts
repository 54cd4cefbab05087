import { expect, test, type Page } from '@playwright/test';

/** Opens the kernel harness; fails the test on any page or console error. */
async function open(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto('/e2e/harness/kernels.html');
  await page.waitForFunction(() => window.kernelsReady === true, undefined, { timeout: 60_000 });
  return errors;
}

test.describe('binary kernels', () => {
  test('WGSL pack, GEMM and conv equal the packed reference bit for bit', async ({ page }) => {
    const errors = await open(page);
    expect(await page.evaluate(() => window.kernelTests.adapter())).not.toBeNull();
    const rows = await page.evaluate(() => window.kernelTests.exactness());
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      expect.soft(r, `${r.name} / ${r.layer} / tuning ${r.tuning}`).toMatchObject({ mismatches: 0, packMismatches: 0, bitsMismatches: 0 });
      expect(r.values).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  test('WGSL float conv and dense equal the tfjs float layer on the same device', async ({ page }) => {
    const errors = await open(page);
    const rows = await page.evaluate(() => window.kernelTests.floatExactness());
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows.filter((r) => r.sameOrder && r.kind === 'dense').length).toBeGreaterThan(5);
    for (const r of rows) {
      const where = `${r.name} / ${r.layer} / batch ${r.batch}`;
      expect(r.values).toBeGreaterThan(0);
      // Same operation order as tfjs: identical floats and identical packed signs.
      if (r.sameOrder) expect.soft(r, where).toMatchObject({ mismatches: 0, bitsMismatches: 0 });
      // tfjs' reduction order (tiny products): float32 rounding, signs flip only at ties.
      expect.soft(r.maxAbsDiff, where).toBeLessThanOrEqual(r.tolerance);
      expect.soft(r.unexplainedBits, where).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  test('engine on the tfjs WebGPU device agrees with floatForward', async ({ page }) => {
    const errors = await open(page);
    const out = await page.evaluate(() => window.kernelTests.agreement('webgpu'));
    expect(out.kind, out.fallbackReason).toBe('webgpu');
    for (const r of out.results) {
      if (r.ties) console.log(`${r.name}: ${r.ties} ties near 0, ${r.bitMismatches} flipped bits`);
      // predictTensor: same logits, and not one read-back to the CPU between input tensor and logits tensor.
      expect.soft(r, r.name).toMatchObject({ failures: 0, predictionsEqual: true, finite: true, predictEqualsTrace: true, tensorEqualsTrace: true, tensorReadBacks: 0 });
      // The counter sees read-backs: predict() returns CPU logits through exactly one.
      expect.soft(r.predictReadBacks, r.name).toBe(1);
    }
    expect(out.results.length).toBe(17);
    expect(errors).toEqual([]);
  });

  test('a kernel that fails to compile gives a clear reason and the JS path', async ({ page }) => {
    const errors = await open(page);
    const out = await page.evaluate(() => window.kernelTests.compileFailure());
    expect(out.kind).toBe('js');
    expect(out.fallbackReason).toMatch(/gemm\.wgsl failed to compile/);
    expect(out).toMatchObject({ failures: 0, predictionsEqual: true, logits: 20 });
    // The compile failure is reported through fallbackReason; Chromium also logs the WGSL error.
    expect(errors.filter((e) => !/gemm\.wgsl|WGSL|ShaderModule|error:/i.test(e))).toEqual([]);
  });

  test('engine works inside a module worker', async ({ page }) => {
    const errors = await open(page);
    const out = await page.evaluate(() => window.kernelTests.inWorker());
    expect(out).toMatchObject({ kind: 'webgpu', failures: 0, predictionsEqual: true, hasDocument: false });
    expect(errors).toEqual([]);
  });

  test('@fallback without a WebGPU adapter the JS packed path gives the same answers', async ({ page }) => {
    const errors = await open(page);
    expect(await page.evaluate(() => window.kernelTests.adapter())).toBeNull();
    const out = await page.evaluate(() => window.kernelTests.agreement('cpu'));
    expect(out.kind).toBe('js');
    expect(out.fallbackReason).toMatch(/adapter|navigator\.gpu/);
    for (const r of out.results) expect.soft(r, r.name).toMatchObject({ failures: 0, predictionsEqual: true, finite: true, predictEqualsTrace: true, tensorEqualsTrace: true });
    expect(out.results.length).toBe(17);
    expect(errors).toEqual([]);
  });
});
