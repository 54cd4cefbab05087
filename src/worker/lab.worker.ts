/// <reference lib="webworker" />
/**
 * The lab's worker: holds the dataset, owns the tfjs backend and runs training off
 * the page's main thread. Every message in is validated; every failure goes back as
 * a message, never as an uncaught error.
 */
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { loadEmbeddedMnist } from '../data/embedded';
import { loadDatasetFromFiles, loadDatasetFromUrls } from '../data/sources';
import type { Dataset } from '../data/types';
import type { BackendId } from '../experiment/config';
import { restoreConfig } from '../experiment/restore';
import { initBackend, type WasmPaths } from '../train/backend';
import { RunControl, train } from '../train/trainer';
import { ToWorkerSchema, transferablesOf, type DatasetInfo, type FromWorker, type ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const WASM_PATHS: WasmPaths = {
  'tfjs-backend-wasm.wasm': wasmUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
};

/** Least time between two snapshots sent to the page: plotting must cost training little. */
const SNAPSHOT_INTERVAL_MS = 400;
/** Least time between two batch events. */
const BATCH_EVENT_INTERVAL_MS = 100;

let dataset: Dataset | undefined;
let backendRequested: BackendId | undefined;
let backendReady: Promise<void> = Promise.resolve();
let control: RunControl | undefined;
let loading = 0;

function post(message: FromWorker): void {
  self.postMessage(message, transferablesOf(message));
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function info(d: Dataset, complete: boolean): DatasetInfo {
  return {
    id: d.id,
    name: d.name,
    source: d.source,
    imageShape: d.imageShape,
    classNames: d.classNames,
    trainCount: d.train.count,
    testCount: d.test.count,
    complete,
  };
}

function useBackend(requested: BackendId): Promise<void> {
  if (requested === backendRequested) return backendReady;
  backendRequested = requested;
  backendReady = initBackend(requested, WASM_PATHS).then(
    (choice) => post({ type: 'backend', name: choice.name, requested: choice.requested, fallbackReason: choice.fallbackReason }),
    (error) => post({ type: 'error', message: `No tfjs backend could start: ${errorMessage(error)}` }),
  );
  return backendReady;
}

async function loadEmbedded(): Promise<void> {
  const ticket = ++loading;
  try {
    const result = await loadEmbeddedMnist(new URL('data/mnist/', self.location.origin + import.meta.env.BASE_URL).href, {
      onProgress: (loaded: number, total?: number) => post({ type: 'dataset-progress', loaded, total, message: 'Loading the embedded MNIST' }),
      onPrefix: (partial: Dataset) => {
        if (ticket !== loading) return;
        dataset = partial;
        post({ type: 'dataset', info: info(partial, false) });
      },
    });
    if (ticket !== loading) return;
    dataset = result;
    post({ type: 'dataset', info: info(result, true) });
  } catch (error) {
    if (ticket === loading) post({ type: 'dataset-error', message: errorMessage(error) });
  }
}

async function loadOther(load: () => Promise<Dataset>): Promise<void> {
  const ticket = ++loading;
  try {
    const result = await load();
    if (ticket !== loading) return;
    dataset = result;
    post({ type: 'dataset', info: info(result, true) });
  } catch (error) {
    // The dataset already loaded stays: a bad file changes nothing.
    if (ticket === loading) post({ type: 'dataset-error', message: errorMessage(error) });
  }
}

async function startRun(runId: string, rawConfig: unknown): Promise<void> {
  if (control) {
    post({ type: 'run-error', runId, message: 'A run is already in progress; stop it first.' });
    return;
  }
  const { config, notices } = restoreConfig(rawConfig);
  if (notices.length) {
    post({ type: 'run-error', runId, message: `The experiment settings are not valid: ${notices.join(' ')}` });
    return;
  }
  if (!dataset) {
    post({ type: 'run-error', runId, message: 'No dataset is loaded yet.' });
    return;
  }
  const wanted = config.dataset.id;
  const have = dataset.id;
  if (wanted !== have) {
    post({ type: 'run-error', runId, message: `The experiment is set up for ${wanted}, but the loaded dataset is ${dataset.name}; load ${wanted} first.` });
    return;
  }
  control = new RunControl();
  try {
    await useBackend(config.backend);
    await train({
      config,
      dataset,
      control,
      snapshotIntervalMs: SNAPSHOT_INTERVAL_MS,
      batchEventIntervalMs: BATCH_EVENT_INTERVAL_MS,
      onEvent: (event) => post({ type: 'event', runId, event }),
    });
  } catch (error) {
    post({ type: 'run-error', runId, message: errorMessage(error) });
  } finally {
    control = undefined;
  }
}

function sendTestImages(count: number): void {
  if (!dataset) {
    post({ type: 'error', message: 'No dataset is loaded yet.' });
    return;
  }
  const n = Math.min(count, dataset.test.count);
  const [h, w, c] = dataset.imageShape;
  post({
    type: 'test-images',
    images: dataset.test.images.slice(0, n * h * w * c),
    labels: dataset.test.labels.slice(0, n),
    imageShape: dataset.imageShape,
  });
}

/** IDX files may hold MNIST or Fashion-MNIST; a lone split keeps the other one of the loaded set. */
function sourceOptions(datasetId: DatasetInfo['id'] | undefined) {
  const idxDatasetId = datasetId === 'fashion-mnist' ? 'fashion-mnist' : 'mnist';
  return { idxDatasetId, fallback: dataset && dataset.id === idxDatasetId ? dataset : undefined } as const;
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'init':
      void useBackend(message.backend);
      return;
    case 'load-embedded':
      void loadEmbedded();
      return;
    case 'load-files':
      void loadOther(() => loadDatasetFromFiles(message.files, sourceOptions(message.datasetId)));
      return;
    case 'load-url':
      void loadOther(() =>
        loadDatasetFromUrls(
          [message.url],
          (loaded, total) => post({ type: 'dataset-progress', loaded, total, message: `Downloading ${message.url}` }),
          sourceOptions(message.datasetId),
        ),
      );
      return;
    case 'train':
      void startRun(message.runId, message.config);
      return;
    case 'pause':
      control?.pause();
      return;
    case 'resume':
      control?.resume();
      return;
    case 'stop':
      control?.cancel();
      return;
    case 'test-images':
      sendTestImages(message.count);
      return;
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = ToWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: `The worker ignored a malformed message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` });
    return;
  }
  handle(parsed.data as ToWorker);
};

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  post({ type: 'error', message: errorMessage(event.reason) });
});
