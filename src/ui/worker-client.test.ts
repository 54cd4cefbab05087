import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetInfo, FromWorker, ToWorker } from '../worker/protocol';
import * as runsDb from './runs-db';
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

describe('when the worker goes', () => {
  /** A worker the test can make fail, with what the page sent it. */
  function failingWorkers() {
    const workers: { sent: ToWorker[]; worker: Worker; terminated: boolean }[] = [];
    const spawn = () => {
      const entry = { sent: [] as ToWorker[], worker: undefined as unknown as Worker, terminated: false };
      entry.worker = { postMessage: (m: ToWorker) => entry.sent.push(m), terminate: () => (entry.terminated = true) } as unknown as Worker;
      workers.push(entry);
      return entry.worker;
    };
    return { workers, spawn };
  }
  const from = (w: Worker, data: FromWorker) => w.onmessage!({ data } as MessageEvent);

  function crashLab() {
    vi.spyOn(runsDb, 'saveRun').mockResolvedValue();
    vi.spyOn(runsDb, 'readRuns').mockResolvedValue({ runs: [], quarantined: 0 });
    const store = createLabStore(initialStateFromFragment(''));
    const { workers, spawn } = failingWorkers();
    const client = createLabClient(store, spawn);
    client.setBackend('cpu');
    client.loadEmbedded();
    store.getState().setDataset({ info: MNIST, loading: false });
    return { store, client, workers };
  }

  afterEach(() => vi.restoreAllMocks());

  it('an uncaught error: the run ends with a message and its epochs kept as interrupted, a new worker gets the backend and dataset, and Train works again', async () => {
    const { store, client, workers } = crashLab();
    client.train();
    const run = store.getState().run!;
    const w = workers[0].worker;
    const epoch = { phase: 'train', epoch: 1, loss: 0.5, trainAccuracy: 0.8, testAccuracy: 0.75, testLoss: 0.6, learningRate: 0.01, seconds: 2 } as const;
    from(w, { type: 'event', runId: run.id, event: { type: 'epoch', ...epoch } });
    w.onerror!({ message: 'Uncaught RangeError: boom', preventDefault: () => {} } as ErrorEvent);
    await vi.waitFor(() => expect(vi.mocked(runsDb.saveRun).mock.calls.length).toBeGreaterThanOrEqual(2));
    const saved = vi.mocked(runsDb.saveRun).mock.calls.map(([r]) => r);
    // Kept after the epoch, and again when the worker went: the finished epoch, marked interrupted.
    for (const record of saved) expect(record).toMatchObject({ id: run.id, status: 'interrupted', epochs: [epoch], final: { testAccuracy: 0.75 } });
    expect(saved[saved.length - 1].message).toMatch(/The training worker stopped: it failed: Uncaught RangeError: boom/);
    const failed = store.getState().run!;
    expect(failed.status).toBe('error');
    expect(failed.error).toMatch(/interrupted after 1 finished epoch, kept in the run list/);
    expect(store.getState().notices.map((n) => n.id)).toContain('worker-crash');
    expect(workers[0].terminated).toBe(true);
    // The new worker is set up as the old one was.
    expect(workers).toHaveLength(2);
    expect(workers[1].sent.filter((m) => m.type !== 'watch')).toEqual([{ type: 'init', backend: 'cpu' }, { type: 'load-embedded' }]);
    // The old worker's late messages are ignored; Train goes to the new one.
    from(w, { type: 'event', runId: run.id, event: { type: 'done', status: 'finished', testAccuracy: 1, resultPhase: 'train', confusion: [], samplePredictions: [], seconds: 1 } });
    expect(store.getState().run!.status).toBe('error');
    store.getState().setDataset({ info: MNIST, loading: false });
    expect(client.train()).toBe(true);
    expect(workers[1].sent.map((m) => m.type)).toContain('train');
    expect(store.getState().run!.status).toBe('running');
    client.dispose();
  });

  it('a worker that fails to load: a run waiting for its dataset, a deployment check and an export all end with the reason', () => {
    const { store, client, workers } = crashLab();
    store.getState().setDataset({ info: undefined, loading: true });
    client.train();
    const waiting = store.getState().run!;
    expect(waiting.status).toBe('running');
    store.getState().setDeploy({ status: 'running' });
    store.getState().setNetworkExport({ busy: 'onnx' });
    workers[0].worker.onerror!({ message: '', preventDefault: () => {} } as ErrorEvent);
    const state = store.getState();
    expect(state.run!.status).toBe('error');
    expect(state.run!.error).toMatch(/it failed to load or threw/);
    expect(state.deploy).toMatchObject({ status: 'error', error: expect.stringMatching(/The training worker stopped/) });
    expect(state.networkExport.busy).toBeUndefined();
    expect(state.networkExport.error).toMatchObject({ format: 'onnx', message: expect.stringMatching(/The training worker stopped/) });
    // The dataset the new worker loads makes the next run start there.
    from(workers[1].worker, { type: 'dataset', info: MNIST });
    expect(client.train()).toBe(true);
    expect(workers[1].sent.map((m) => m.type)).toContain('train');
    expect(workers[0].sent.map((m) => m.type)).not.toContain('train');
    client.dispose();
  });

  it('a terminated worker: its Web Lock is released, and the page treats it as gone', async () => {
    let release: (() => void) | undefined;
    const requests: string[] = [];
    vi.stubGlobal('navigator', {
      locks: {
        request: (name: string, _options: unknown, callback: () => unknown) => {
          requests.push(name);
          return new Promise((resolve) => (release = () => resolve(callback())));
        },
      },
    });
    try {
      const { store, client, workers } = crashLab();
      const watch = workers[0].sent.find((m) => m.type === 'watch');
      expect(watch).toMatchObject({ type: 'watch', lock: expect.stringMatching(/^quantization-lab-worker-/) });
      // The page asks for the lock only once the worker says it holds it.
      expect(requests).toEqual([]);
      from(workers[0].worker, { type: 'watching' });
      expect(requests).toEqual([(watch as { lock: string }).lock]);
      client.train();
      release!();
      await vi.waitFor(() => expect(store.getState().run!.status).toBe('error'));
      expect(store.getState().run!.error).toMatch(/it was terminated/);
      expect(workers).toHaveLength(2);
      client.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a lost GPU device: the run is interrupted and a new worker starts', () => {
    const { store, client, workers } = crashLab();
    client.train();
    from(workers[0].worker, { type: 'device-lost', message: 'destroyed' });
    expect(store.getState().run!.error).toMatch(/the GPU device was lost \(destroyed\)/);
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});
