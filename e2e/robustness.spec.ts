import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'fflate';
import { makeCifarBatch, makeIdxLabels, makeTar } from '../src/data/testFixtures.node';
import { trainToEnd, waitForBackend, watchErrors } from './helpers';

/** Issue 9: untrusted names and links are shown as text, never as markup, and never touch stored runs. */

const HTML = '<img src=x onerror=alert(1)>';
const SMALL = 'v=1&ntrain=300&ntest=200&epochs=1&backend=cpu';

/** Records every dialog (an `alert` from injected markup would open one) and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Opens a link in a fresh document (going from one hash to another would stay in the page, and the page rewrites a repaired hash). */
async function openLink(page: Page, link: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/${link}`);
}

/** Elements that injected markup would have created. */
const injectedElements = (page: Page) => page.locator('img[src="x"], [onerror]');

/** The stored runs as the page lists them: id, name and accuracy cell. */
const runRows = (page: Page) =>
  page.getByTestId('run-row').evaluateAll((rows) => rows.map((row) => ({ id: row.getAttribute('data-run-id'), name: row.querySelector('[data-testid="run-name"]')?.textContent, accuracy: row.querySelector('[data-testid="run-accuracy"]')?.textContent })));

test.describe('untrusted text and links', () => {
  test('a run renamed to markup shows those characters; malformed links leave the stored runs intact', async ({ page }) => {
    const errors = watchErrors(page);
    const dialogs = watchDialogs(page);
    await page.goto(`/#${SMALL}`);
    await waitForBackend(page);
    await trainToEnd(page);
    await expect(page.getByTestId('run-row')).toHaveCount(1);

    await page.getByTestId('run-rename').click();
    await page.getByTestId('run-rename-input').fill(HTML);
    await page.getByTestId('run-rename-input').press('Enter');
    await expect(page.getByTestId('run-name')).toHaveText(HTML);
    await expect(injectedElements(page)).toHaveCount(0);
    const stored = await runRows(page);
    expect(stored).toHaveLength(1);

    // Links that are refused, reset settings or carry markup: opened by navigation and by a hash change.
    const links = [
      `#v=99&seed=3`,
      `#v=1&lr=NaN&epochs=-4&wb=33&wq=constructor&aq=__proto__`,
      `#v=1&${encodeURIComponent(HTML)}=1&arch=${encodeURIComponent(HTML)}&wq=${encodeURIComponent('javascript:alert(1)')}`,
      `#v=1&seed=${'9'.repeat(5000)}`,
      `#v=1&layers=0:w.dorefa.`,
      `#%zz&&==&v`,
    ];
    for (const link of links) {
      await openLink(page, link);
      await expect(page.getByTestId('run-row')).toHaveCount(1);
      expect(await runRows(page), link).toEqual(stored);
      await page.evaluate((hash) => (window.location.hash = hash), `${link}&seed=11`);
      await expect(page.getByTestId('run-row')).toHaveCount(1);
      expect(await runRows(page), link).toEqual(stored);
    }
    // The markup in the link is quoted in the notice as text.
    const quoted: Array<[string, string]> = [
      [`#v=1&arch=${encodeURIComponent(HTML)}`, `Architecture "${HTML}" is not valid; using mlp.`],
      [`#v=1&evil=${encodeURIComponent('<script>alert(2)</script>')}`, 'Unknown link setting "evil" ignored'],
      [`#${encodeURIComponent(HTML)}=1`, `Unknown link setting "${HTML}" ignored`],
      ['#v=99', 'Unsupported link version "99"'],
    ];
    for (const [link, text] of quoted) {
      await openLink(page, link);
      await expect(page.getByTestId('notice-reset')).toContainText(text);
    }
    await expect(injectedElements(page)).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('run-row')).toHaveCount(1);
    expect(await runRows(page)).toEqual(stored);
    await expect(page.getByTestId('run-name')).toHaveText(HTML);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('repeated keys and unknown hide ids get a notice saying what was used, in plain words', async ({ page }) => {
    const errors = watchErrors(page);
    await openLink(page, '#v=1&wq=uniform&wb=2&wb=4&hide=explain,nonsense,Runs&lr=abc&backend=cpu');
    const notice = page.getByTestId('notice-reset');
    await expect(notice).toContainText('Weight bits (wb) is given 2 times in the link ("2", "4"); using the first, "2".');
    await expect(notice).toContainText('Unknown panel or control "Runs" in the hidden panels (hide); ignored.');
    await expect(notice).toContainText('Unknown panel or control "nonsense" in the hidden panels (hide); ignored.');
    await expect(notice).toContainText('Learning rate "abc" is not valid; using 0.001.');
    await expect(page.getByTestId('field-weight.bits')).toHaveValue('2');
    await expect(page.getByTestId('panel-explain')).toHaveCount(0);
    await expect(page.getByTestId('panel-runs')).toHaveCount(1);
    await openLink(page, '#v=1&wb=33&layers=1:w.uniform.9&backend=cpu');
    await expect(notice).toContainText('Weight bits 33 is not valid for XNOR-Net (BWN), which takes 1 bit; using 1.');
    await expect(notice).toContainText('Layer 1 weight bits 9 is not valid for Uniform symmetric, which takes 2–8 bits; using 4.');
    // No config paths in what the page says.
    expect(await notice.innerText()).not.toMatch(/\b(quant|optimizer|dataset|schedule)\.[a-z]/i);
    expect(errors).toEqual([]);
  });

  test('the backend banner says in one line what runs where; the reasons are behind a toggle', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#v=1');
    const name = await waitForBackend(page);
    const badge = page.getByTestId('backend-badge');
    const names: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };
    await expect(badge).toHaveText(new RegExp(`^Training on ${names[name]}\\b.*; binary layers (on WebGPU \\(.+\\)|in JavaScript)$`));
    // This project's Chromium has a SwiftShader WebGPU adapter.
    await expect(badge).toHaveAttribute('data-binary', 'webgpu');
    await expect(badge).toContainText('binary layers on WebGPU (SwiftShader)');
    const details = page.getByTestId('backend-details');
    await expect(details).toBeHidden();
    await badge.click();
    await expect(details).toBeVisible();
    await expect(details).toContainText(`Training runs on ${names[name]}`);
    await expect(details).toContainText('emulates the GPU on the CPU');
    const height = await badge.evaluate((el) => el.getBoundingClientRect().height);
    const lineHeight = await badge.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
    expect(height, 'one line').toBeLessThan(2 * lineHeight + 8);
    expect(errors).toEqual([]);
  });

  test('a stored run whose JSON carries markup is shown as text, and so are the resets of its config', async ({ page }) => {
    const errors = watchErrors(page);
    const dialogs = watchDialogs(page);
    await page.goto('/#v=1&backend=cpu');
    await expect(page.getByTestId('runs-empty')).toBeVisible();
    // A run record as another version of the lab (or a hand-edited database) might hold it.
    await page.evaluate(async (html) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('quantization-lab');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const config = { version: 1, seed: 1, quant: { weight: { quantizer: html, bits: 1, params: {} }, activation: { quantizer: 'sign', bits: 1, params: {} }, estimator: { id: 'javascript:alert(1)', params: {} } }, mode: 'qat' };
      const record = { id: 'injected', name: html, createdAt: 1, config, status: 'finished', backend: html, epochs: [], losses: [], final: { testAccuracy: 0.5, seconds: 1, evaluations: {}, confusion: [] } };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('runs', 'readwrite');
        tx.objectStore('runs').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, HTML);
    await page.reload();
    const row = page.getByTestId('run-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('run-name')).toHaveText(HTML);
    await expect(row).toContainText(`W ${HTML} 1b`);
    await row.getByTestId('run-open').click();
    const notice = page.locator('[data-notice-id="run-config-reset"]');
    await expect(notice).toContainText(`Some settings of “${HTML}” were reset`);
    await expect(notice).toContainText(`Weight quantizer "${HTML}" is not valid; using XNOR-Net (BWN).`);
    await expect(notice).toContainText('Gradient estimator "javascript:alert(1)" is not valid; using ApproxSign (Bi-Real).');
    await expect(page.getByTestId('field-weight.quantizer')).toHaveValue('xnor');
    await expect(injectedElements(page)).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a dataset file named like markup shows as text; after any bad file the loaded dataset stays active', async ({ page }) => {
    const errors = watchErrors(page);
    const dialogs = watchDialogs(page);
    await page.goto('/#v=1&data=cifar10&arch=cnn-cifar&backend=cpu');
    await waitForBackend(page);
    const tarball = gzipSync(
      makeTar([
        { path: 'cifar-10-batches-bin/data_batch_1.bin', data: makeCifarBatch([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]) },
        { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch([9, 8, 7]) },
      ]),
    );
    // Recognised by content: the name says nothing.
    await page.getByTestId('dataset-files').setInputFiles({ name: HTML, mimeType: 'application/gzip', buffer: Buffer.from(tarball) });
    await expect(page.getByTestId('dataset-status')).toContainText('CIFAR-10');
    await expect(page.getByTestId('dataset-status')).toContainText('12 train');
    await expect(page.getByTestId('dataset-source')).toContainText(HTML);
    await expect(page.getByTestId('train')).toBeEnabled();

    const truncated = tarball.subarray(0, tarball.length - 100);
    // 20 gzip members of 16 MiB of zeros: 320 MiB from 330 kB.
    const member = gzipSync(new Uint8Array(16 << 20), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 20 }, () => Buffer.from(member)));
    const badFiles: Array<{ name: string; buffer: Buffer; says: string; subject?: string }> = [
      { name: `${HTML}.tar.gz`, buffer: Buffer.from('not a tarball at all'), says: 'is neither gzip nor a tar archive' },
      { name: 'cifar-10-binary.tar.gz', buffer: Buffer.from(truncated), says: 'the gzip data is truncated or corrupt' },
      { name: 'data_batch_1.bin', buffer: Buffer.from(makeCifarBatch([1, 12])), says: 'has no CIFAR-10 test batch', subject: 'CIFAR-10 batch files' },
      { name: 't10k-labels-idx1-ubyte', buffer: Buffer.from(makeIdxLabels([1, 2, 10])), says: 'has no matching t10k-images file' },
      { name: 'random.bin', buffer: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) & 255)), says: 'is not a recognised dataset file' },
      { name: 'bomb.tar.gz', buffer: bomb, says: 'decompresses to more than 256 MiB' },
    ];
    for (const bad of badFiles) {
      await page.getByTestId('dataset-files').setInputFiles({ name: bad.name, mimeType: 'application/octet-stream', buffer: bad.buffer });
      await expect(page.getByTestId('dataset-error')).toContainText(bad.says, { timeout: 60_000 });
      await expect(page.getByTestId('dataset-error')).toContainText(bad.subject ?? bad.name);
      await expect(page.getByTestId('dataset-error')).toContainText('CIFAR-10 stays loaded');
      await expect(page.getByTestId('dataset-status')).toContainText('12 train, 3 test');
      await expect(page.getByTestId('dataset-source')).toContainText(HTML);
      await expect(page.getByTestId('train')).toBeEnabled();
    }
    await expect(injectedElements(page)).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
