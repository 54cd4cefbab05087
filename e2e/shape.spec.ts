import { expect, test } from '@playwright/test';
import { expectNoErrorBanner, trainToEnd, waitForBackend, watchErrors } from './helpers';

const SMALL = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu';
const hash = (page: import('@playwright/test').Page) => new URL(page.url()).hash;

test.describe('network widths', () => {
  test('+ / − and a typed width change the network and its link; one tiny epoch trains on that shape', async ({ page, browser, baseURL }) => {
    const errors = watchErrors(page);
    await page.goto(`/#${SMALL}`);
    await waitForBackend(page);

    // The MLP's two hidden layers of 256: halve the first, drop the second, then type 40.
    await page.getByTestId('width-units-0-narrower').click();
    await expect.poll(() => hash(page)).toContain('units=128,256');
    await page.getByTestId('width-layers-remove').click();
    await expect.poll(() => hash(page)).toContain('units=128');
    await page.getByTestId('field-units.0').fill('40');
    await expect.poll(() => hash(page)).toContain('units=40');
    await expect(page.getByTestId('width-units-1')).toHaveCount(0);
    await expect(page.getByTestId('widths-notation')).toHaveText('fc40-fc10');
    await expect(page.getByTestId('layer-table').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('summary-table')).toContainText('784×40');
    await expect(page.getByTestId('summary-table')).toContainText('40×10');
    // Four hidden layers at most: + is disabled there, with the reason.
    for (let i = 0; i < 3; i++) await page.getByTestId('width-layers-add').click();
    await expect(page.getByTestId('width-layers-add')).toBeDisabled();
    await expect(page.getByTestId('width-layers-add')).toHaveAttribute('title', 'At most 4 hidden layers.');
    for (let i = 0; i < 3; i++) await page.getByTestId('width-layers-remove').click();
    await expect.poll(() => hash(page)).toMatch(/units=40(&|$)/);

    await trainToEnd(page);
    await expectNoErrorBanner(page);
    await expect(page.getByTestId('histogram-layer').locator('option')).toHaveText([/^dense1/, /^dense2/]);

    // The link opens the same shape in a fresh browser.
    const link = await page.getByTestId('share-link').inputValue();
    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('field-units.0')).toHaveValue('40');
    await expect(other.getByTestId('width-units-1')).toHaveCount(0);
    await fresh.close();
    expect(errors).toEqual([]);
  });

  test('the CNNs’ filters; the default widths leave the link as it was; a bad width gets a notice', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&arch=cnn-small&units=4096');
    await expect(page.getByTestId('notice-reset')).toContainText('units=4096 is not valid');
    await expect(page.getByTestId('field-units.0')).toHaveValue('128');
    await page.getByTestId('width-filters-0-narrower').click();
    await expect.poll(() => hash(page)).toContain('filters=16,64');
    await expect(page.getByTestId('widths-notation')).toHaveText('conv16-pool-conv64-pool-fc128-fc10');
    await page.getByTestId('width-filters-0-wider').click();
    await expect.poll(() => hash(page)).not.toContain('filters=');
    expect(hash(page)).not.toContain('units=');
    await page.getByTestId('field-architecture').selectOption('mlp');
    await expect(page.getByTestId('width-filters-0')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('an edit over the page’s budget is refused with the reason, and the config stays', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&arch=cnn-cifar&data=cifar10&filters=64,64,128,128');
    await expect(page.getByTestId('width-filters-1-wider')).toBeDisabled();
    await expect(page.getByTestId('width-filters-1-wider')).toHaveAttribute('title', /multiply-accumulates per image, more than the 150\.0 M/);
    await page.getByTestId('field-filters.1').fill('128');
    await expect(page.getByTestId('widths').getByRole('alert')).toContainText('multiply-accumulates per image');
    expect(new URL(page.url()).hash).toContain('filters=64,64,128,128');
    await page.getByTestId('width-filters-0-narrower').click();
    await expect.poll(() => new URL(page.url()).hash).toContain('filters=32,64,128,128');
    await expect(page.getByTestId('widths').getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('widths off the 32-bit word (784-40-18-10): the WebGPU binary engine scores exactly the float simulation', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1&ntrain=300&ntest=200&epochs=1&backend=wasm&units=40,18');
    await waitForBackend(page);
    await trainToEnd(page);
    await page.getByTestId('deploy-run').click();
    await expect(page.getByTestId('deploy-report')).toContainText('200 test images', { timeout: 120_000 });
    await expect(page.getByTestId('deploy-engine')).toHaveAttribute('data-kind', 'webgpu');
    await expect(page.getByTestId('deploy-verdict')).toHaveAttribute('data-identical', 'true');
    await expect(page.getByTestId('deploy-layers').locator('tr[data-mode="packed"]')).toHaveCount(1);
    await expectNoErrorBanner(page);
    expect(errors).toEqual([]);
  });
});
