import { it } from 'vitest';
import { loadEmbeddedMnistNode } from './data/node-loaders';
import { PRESETS_BY_ID } from './experiment/presets';
import { initBackend } from './train/backend';
import { train } from './train/trainer';
it('probe', async () => {
  await initBackend('wasm');
  const mnist = await loadEmbeddedMnistNode();
  for (const id of ['bnn', 'xnor-net', 'binary-regularizer', 'twn']) {
    const config = structuredClone(PRESETS_BY_ID.get(id)!.config);
    config.dataset.testLimit = 2000;
    const rows: string[] = [];
    const r = await train({ config, dataset: mnist, snapshotIntervalMs: Infinity, onEvent: (e) => {
      if (e.type === 'snapshot') { const l = e.layers[1]; const h = l.histogram; let lo = 0, hi = h.counts.length - 1; while (h.counts[lo] === 0) lo++; while (h.counts[hi] === 0) hi--;
        rows.push(`ep${e.epoch} flip=${l.flipRatio.toFixed(4)} mse=${l.mse.toExponential(2)} range=[${h.edges[lo].toFixed(3)},${h.edges[hi+1].toFixed(3)}] levels=${l.levels.map((v) => v.toFixed(3)).join('/')}`); }
    } });
    console.log(`PROBE ${id} acc=${r.testAccuracy} ${rows.join(' | ')}`);
  }
}, 3_000_000);
