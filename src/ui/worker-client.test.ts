import { describe, expect, it } from 'vitest';
import type { DatasetInfo, ToWorker } from '../worker/protocol';
import { createLabStore, initialStateFromFragment } from './store';
import { createLabClient } from './worker-client';

/** A worker that records what the page sends it. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker = { postMessage: (m: ToWorker) => sent.push(m), terminate: () => {} } as unknown as Worker;
  return { worker, sent };
}

const MNIST: DatasetInfo = { id: 'mnist', name: 'MNIST', source: 'embedded', imageShape: [28, 28, 1], classNames: [], trainCount: 60000, testCount: 10000, complete: true, held: ['mnist'] };

function lab() {
  const store = createLabStore(initialStateFromFragment(''));
  const { worker, sent } = fakeWorker();
  const client = createLabClient(store, worker);
  store.getState().setDataset({ info: MNIST, loading: false });
  return { store, client, sent };
}

describe('lab client', () => {
  it('Step with no run starts a paused run and takes one batch; Step while paused takes one more', () => {
    const { store, client, sent } = lab();
    client.step();
    const run = store.getState().run!;
    expect(run.status).toBe('paused');
    expect(sent.map((m) => m.type)).toEqual(['train', 'step']);
    expect(sent[0]).toMatchObject({ type: 'train', runId: run.id, paused: true });
    client.step();
    expect(sent.map((m) => m.type)).toEqual(['train', 'step', 'step']);
    // While the run trains, Step does nothing.
    client.resume();
    client.step();
    expect(sent.map((m) => m.type)).toEqual(['train', 'step', 'step', 'resume']);
    client.dispose();
  });

  it('a learning-rate or λ edit during a run goes to the run; other edits do not', () => {
    const { store, client, sent } = lab();
    store.getState().editConfig((c) => ({ ...c, regularizer: { id: 'level-distance', lambda: 0.1, params: {} } }));
    client.train();
    const runId = store.getState().run!.id;
    sent.length = 0;
    store.getState().editConfig((c) => ({ ...c, optimizer: { ...c.optimizer, learningRate: 0.02 } }));
    store.getState().editConfig((c) => ({ ...c, regularizer: { ...c.regularizer, lambda: 0.3 } }));
    store.getState().editConfig((c) => ({ ...c, epochs: c.epochs + 1 }));
    expect(sent).toEqual([
      { type: 'set-learning-rate', runId, value: 0.02 },
      { type: 'set-lambda', runId, value: 0.3 },
    ]);
    expect(store.getState().run?.live).toEqual({ learningRate: 0.02, lambda: 0.3 });
    client.dispose();
  });

  it('edits with no run in progress send nothing', () => {
    const { store, client, sent } = lab();
    store.getState().editConfig((c) => ({ ...c, optimizer: { ...c.optimizer, learningRate: 0.02 } }));
    expect(sent).toEqual([]);
    client.dispose();
  });
});
