/// <reference lib="webworker" />
/**
 * The lab's worker: holds the dataset, owns the tfjs backend and runs training off
 * the page's main thread. Every message in is validated; every failure goes back as
 * a message, never as an uncaught error.
 */
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { limitedCount } from '../data/batch';
import { loadEmbeddedMnist } from '../data/embedded';
import { loadDatasetFromFiles, loadDatasetFromUrls } from '../data/sources';
import { DATASET_INFO, type Dataset } from '../data/types';
import type { BackendId } from '../experiment/config';
import { restoreConfig } from '../experiment/restore';
import { binaryEngineTarget, createBinaryEngine, type BinaryTarget } from '../kernels/engine';
import { packModel, unpackModel } from '../kernels/format';
import type { DeploySpec } from '../kernels/spec';
import { toDeploySpec } from '../model/deploy';
import { QuantNetwork } from '../model/network';
import { loadWeights, weightsOf, type WeightsFile } from '../model/weights-file';
import type { NetworkFormatId } from '../export/formats';
import { activeBackendName, activeWebGPUDevice, initBackend, withWebGPUBackend, type WasmPaths } from '../train/backend';
import { lostWithin, readCutOff, watchGpuDevice } from '../train/gpu-device';
import { compareDeployment, DeployCancelled } from '../train/deploy-report';
import type { LiveSetting } from '../train/events';
import { runFailureMessage } from '../train/memory-advice';
import { RunControl, train } from '../train/trainer';
import { runMixed } from '../train/mixed';
import { runSensitivity, trainFloat } from '../train/sensitivity';
import { placeLayers } from '../model/architectures';
import { registerThreadedWasmBrowser } from './wasm-threads';
import { ToWorkerSchema, transferablesOf, type DatasetInfo, type DeployEngineChoice, type DeployFloatChoice, type DeploySource, type FromWorker, type ToWorker } from './protocol';

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
/** How long a WebGPU run whose read was cut off waits to learn whether its device was lost. */
const DEVICE_LOST_WAIT_MS = 10_000;

let dataset: Dataset | undefined;
/** Every complete dataset loaded, by id (the latest of each): the page can switch back to one without loading it again. */
const held = new Map<DatasetInfo['id'], Dataset>();
let backendRequested: BackendId | undefined;
let backendReady: Promise<void> = Promise.resolve();
let control: RunControl | undefined;
/** The run `control` drives. */
let controlRunId: string | undefined;
let loading = 0;

/** The network of the last run, as the binary engine describes it (kept until the next run ends). */
let trained: { runId: string; datasetId: DatasetInfo['id']; testCount: number; spec: DeploySpec } | undefined;
/** The variables of the last run's trained network, to write it as a file on request. */
let exportable: { runId: string; weights: WeightsFile } | undefined;
/** The deployment check in progress, if any. */
let deploying: { cancelled: boolean; done: Promise<void> } | undefined;

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
    held: [...held.keys()],
  };
}

/** Makes a complete dataset the active one, keeps it, and tells the page. */
function activate(d: Dataset, fromFiles = false): void {
  dataset = d;
  held.set(d.id, d);
  post({ type: 'dataset', info: info(d, true), ...(fromFiles ? { fromFiles } : {}) });
}

/** The threaded WASM backend once, where the worker may share memory (cross-origin isolated). */
let threadedWasm: Promise<void> | undefined;

function useBackend(requested: BackendId): Promise<void> {
  if (requested === backendRequested) return backendReady;
  backendRequested = requested;
  threadedWasm ??= self.crossOriginIsolated ? registerThreadedWasmBrowser(wasmThreadedSimdUrl) : Promise.resolve();
  backendReady = threadedWasm.then(() => initBackend(requested, WASM_PATHS)).then(
    async (choice) => {
      watchDevice();
      const binary = await binaryEngineTarget().catch((error): BinaryTarget => ({ kind: 'js', reason: errorMessage(error) }));
      post({
        type: 'backend', name: choice.name, requested: choice.requested, fallbackReason: choice.fallbackReason,
        threads: choice.threads, threadsNote: choice.threadsNote, crossOriginIsolated: self.crossOriginIsolated === true, binary,
      });
    },
    (error) => post({ type: 'error', message: `No tfjs backend could start: ${errorMessage(error)}` }),
  );
  return backendReady;
}

/**
 * A lost GPU device cannot be trained on again in this worker (tfjs keeps it): the page
 * is told, and replaces the worker, whose backend then starts on a new device (or falls back).
 */
function watchDevice(): void {
  const device = activeWebGPUDevice();
  if (!device) return;
  // The end-to-end tests destroy the device from outside to check the recovery.
  if (import.meta.env.MODE === 'e2e') (self as unknown as { qlabGpuDevice?: GPUDevice }).qlabGpuDevice = device;
  watchGpuDevice(device, { control: () => control, onLost: (message) => post({ type: 'device-lost', message }) });
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
    activate(result);
  } catch (error) {
    if (ticket === loading) post({ type: 'dataset-error', message: errorMessage(error) });
  }
}

async function loadOther(load: () => Promise<Dataset>): Promise<void> {
  const ticket = ++loading;
  try {
    const result = await load();
    if (ticket !== loading) return;
    activate(result, true);
  } catch (error) {
    // The dataset already loaded stays: a bad file changes nothing.
    if (ticket === loading) post({ type: 'dataset-error', message: errorMessage(error) });
  }
}

async function startRun(runId: string, rawConfig: unknown, paused: boolean): Promise<void> {
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
  controlRunId = runId;
  if (paused) control.pause();
  try {
    // Training and a deployment check share the backend: the check gives way.
    if (deploying) {
      deploying.cancelled = true;
      await deploying.done;
    }
    await useBackend(config.backend);
    const testCount = limitedCount(config.dataset.testLimit, dataset.test.count);
    const outcome = await train({
      config,
      dataset,
      control,
      snapshotIntervalMs: SNAPSHOT_INTERVAL_MS,
      batchEventIntervalMs: BATCH_EVENT_INTERVAL_MS,
      onEvent: (event) => post({ type: 'event', runId, event }),
      onTrained: (network) => {
        // Only the variables and config matter here; the file's run fields are not read back.
        exportable = { runId, weights: weightsOf(network, { testAccuracy: 0, testImages: testCount, testSource: dataset!.source }) };
        post({ type: 'exportable', runId });
        const result = toDeploySpec(network);
        trained = result.ok ? { runId, datasetId: wanted, testCount, spec: result.spec } : undefined;
        post(result.ok ? { type: 'deployable', runId, binaryLayers: result.binaryLayers } : { type: 'deployable', runId, reason: result.reason });
      },
    });
    if (outcome.status === 'diverged') {
      trained = undefined;
      exportable = undefined;
      post({ type: 'exportable', runId, reason: 'the run diverged: its weights are not worth exporting' });
      post({ type: 'deployable', runId, reason: 'the run diverged: its weights are not worth packing' });
    }
  } catch (error) {
    // A run cut off by the loss of its GPU device is reported by 'device-lost', as interrupted.
    const device = activeWebGPUDevice();
    if (device && readCutOff(error) && (await lostWithin(device, DEVICE_LOST_WAIT_MS))) return;
    // An allocation failure names the setting to lower; the worker and page stay usable.
    post({ type: 'run-error', runId, message: runFailureMessage(error, config, activeBackendName()) });
  } finally {
    control = undefined;
    controlRunId = undefined;
  }
}

/**
 * Layer sensitivity and, with budgets, mixed precision: one float training shared by
 * every measurement; progress goes to the page as `sensitivity` updates. Holds the
 * run control, so it and training never run together; `stop` cancels it.
 */
async function startSensitivity(message: Extract<ToWorker, { type: 'sensitivity' }>): Promise<void> {
  const { runId } = message;
  const update = (u: Extract<FromWorker, { type: 'sensitivity' }>['update']) => post({ type: 'sensitivity', runId, update: u });
  if (control) {
    update({ kind: 'error', message: 'A run is already in progress; stop it first.' });
    return;
  }
  const { config, notices } = restoreConfig(message.config);
  if (notices.length) return update({ kind: 'error', message: `The experiment settings are not valid: ${notices.join(' ')}` });
  if (!dataset || dataset.id !== config.dataset.id) return update({ kind: 'error', message: `Load ${config.dataset.id} first: the sensitivity is measured on the configured dataset.` });
  const data = dataset;
  const bits = [...new Set(message.bits)].sort((a, b) => a - b);
  const runControl = new RunControl();
  control = runControl;
  controlRunId = runId;
  try {
    if (deploying) {
      deploying.cancelled = true;
      await deploying.done;
    }
    await useBackend(config.backend);
    const layers = placeLayers(config, data.imageShape).map((p, index) => ({ index, name: p.spec.name }));
    const points = message.budgetsBytes.length ? 1 + bits.length + message.budgetsBytes.length : 0;
    update({ kind: 'start', layers, bits, cells: layers.length * bits.length, points });
    const trained = await trainFloat(config, data, { control: runControl, onFloatEpoch: (epoch, epochs, testAccuracy) => update({ kind: 'float-epoch', epoch, epochs, testAccuracy }) });
    try {
      const table = await runSensitivity({ config, dataset: data, bits, pretrained: trained, control: runControl, onCell: (layer, cell, done, total) => update({ kind: 'cell', layer, cell, done, total }) });
      let infeasible: number[] = [];
      if (points && !runControl.cancelled) {
        let done = 0;
        const result = await runMixed({
          config, dataset: data, table, trained, metric: 'bytes', budgets: message.budgetsBytes, finetuneEpochs: message.finetuneEpochs, control: runControl,
          onPoint: (point) => update({ kind: 'point', point, done: ++done, total: points }),
        });
        infeasible = result.infeasible;
      }
      update({ kind: 'done', status: runControl.cancelled ? 'cancelled' : 'finished', table, infeasible });
    } finally {
      trained.network.dispose();
    }
  } catch (error) {
    update(runControl.cancelled ? { kind: 'done', status: 'cancelled', infeasible: [] } : { kind: 'error', message: errorMessage(error) });
  } finally {
    control = undefined;
    controlRunId = undefined;
  }
}

/** Sets a live setting of the run `runId`; a run that has already ended keeps what it had. */
function setLive(runId: string, setting: LiveSetting, value: number): void {
  if (control && controlRunId === runId) control.set(setting, value);
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

/** The network a deployment check runs, or why it cannot. */
async function deployTarget(source: DeploySource, d: Dataset, testLimit: number): Promise<{ spec: DeploySpec; testCount: number; name: string } | string> {
  if (source.kind === 'run') {
    if (!trained || trained.runId !== source.runId) return 'The worker holds only the network of the last finished run; train this run again to deploy it.';
    if (trained.datasetId !== d.id) return `This network was trained on ${trained.datasetId}, but the loaded dataset is ${d.name}; load ${trained.datasetId} again to deploy it.`;
    return { spec: trained.spec, testCount: trained.testCount, name: 'the trained network' };
  }
  const spec = unpackModel(new Uint8Array(await source.file.arrayBuffer()));
  const [h, w, c] = spec.inputShape;
  const [dh, dw, dc] = d.imageShape;
  if (h !== dh || w !== dw || c !== dc || spec.classes !== d.classNames.length) {
    return `${source.file.name} takes ${h}×${w}×${c} images and ${spec.classes} classes, but ${d.name} has ${dh}×${dw}×${dc} images and ${d.classNames.length} classes.`;
  }
  return { spec, testCount: limitedCount(testLimit, d.test.count), name: source.file.name };
}

async function deploy(source: DeploySource, engineChoice: DeployEngineChoice, batchSize: number, testLimit: number, floatOn: DeployFloatChoice): Promise<void> {
  if (control) {
    post({ type: 'deploy-error', message: 'A run is training; deploy after it ends.' });
    return;
  }
  if (deploying) {
    post({ type: 'deploy-error', message: 'A deployment check is already running.' });
    return;
  }
  if (!dataset) {
    post({ type: 'deploy-error', message: 'No dataset is loaded yet.' });
    return;
  }
  const d = dataset;
  let finish = () => {};
  const state = { cancelled: false, done: new Promise<void>((resolve) => (finish = resolve)) };
  deploying = state;
  try {
    const target = await deployTarget(source, d, testLimit);
    if (typeof target === 'string') {
      post({ type: 'deploy-error', message: target });
      return;
    }
    await backendReady;
    const check = async () => {
      post({ type: 'deploy-progress', message: 'Starting the binary engine', done: 0, total: target.testCount });
      // Created inside the check: on the tfjs WebGPU backend it shares tfjs's device.
      const engine = await createBinaryEngine({ preferWebGPU: engineChoice === 'auto' });
      try {
        return await compareDeployment(target.spec, {
          split: d.test,
          count: target.testCount,
          imageShape: d.imageShape,
          batchSize,
          engine,
          cancelled: () => state.cancelled,
          onProgress: (done, total) => post({ type: 'deploy-progress', message: `Running ${d.name}'s test images through both`, done, total }),
        });
      } finally {
        engine.dispose();
      }
    };
    const report = floatOn === 'webgpu' ? await withWebGPUBackend(check) : await check();
    post({ type: 'deploy-result', source: target.name, report });
  } catch (error) {
    post({ type: 'deploy-error', message: error instanceof DeployCancelled ? 'Stopped.' : errorMessage(error) });
  } finally {
    deploying = undefined;
    finish();
  }
}

function exportModel(runId: string): void {
  if (!trained || trained.runId !== runId) {
    post({ type: 'deploy-error', message: 'The worker holds only the network of the last finished run; train this run again to export it.' });
    return;
  }
  post({ type: 'model-file', runId, bytes: packModel(trained.spec) });
}

/** Writes the last trained network in `format`: rebuilt from its variables, then the format's writer, loaded on first use. */
async function exportNetwork(runId: string, format: NetworkFormatId): Promise<void> {
  if (!exportable || exportable.runId !== runId) {
    post({ type: 'network-export-error', runId, format, message: 'The worker holds only the network of the last finished run; train this run again to export it.' });
    return;
  }
  const { weights } = exportable;
  let network: QuantNetwork | undefined;
  try {
    const { NETWORK_WRITERS } = await import('./network-writers');
    await backendReady;
    const { config } = restoreConfig(weights.config);
    network = new QuantNetwork(config, weights.imageShape, weights.classes);
    loadWeights(network, weights);
    const result = NETWORK_WRITERS[format](network, weights);
    if (!result.ok) post({ type: 'network-export-error', runId, format, message: `Nothing written: ${result.reason}` });
    else post({ type: 'network-file', runId, format, bytes: new Uint8Array(result.bytes), layers: result.layers, notes: result.notes });
  } catch (error) {
    post({ type: 'network-export-error', runId, format, message: `The export failed: ${errorMessage(error)}` });
  } finally {
    network?.dispose();
  }
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
    case 'load-urls':
      void loadOther(() =>
        loadDatasetFromUrls(
          message.urls,
          (loaded, total) => post({ type: 'dataset-progress', loaded, total, message: `Downloading ${message.urls.length === 1 ? message.urls[0] : `${message.urls.length} files`}` }),
          sourceOptions(message.datasetId),
        ),
      );
      return;
    case 'select-dataset': {
      const chosen = held.get(message.id);
      if (!chosen) {
        post({ type: 'dataset-error', message: `${DATASET_INFO[message.id].name} is not loaded in this page; load its files first` });
        return;
      }
      // The choice is the user's latest: a load still under way no longer replaces it.
      loading += 1;
      activate(chosen);
      return;
    }
    case 'train':
      void startRun(message.runId, message.config, message.paused === true);
      return;
    case 'pause':
      control?.pause();
      return;
    case 'step':
      if (control?.paused) control.step();
      else post({ type: 'error', message: control ? 'Step takes one batch of a paused run; pause it first.' : 'No run to step: press Step with no run to start one paused.' });
      return;
    case 'set-learning-rate':
      setLive(message.runId, 'learningRate', message.value);
      return;
    case 'set-lambda':
      setLive(message.runId, 'lambda', message.value);
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
    case 'deploy':
      void deploy(message.source, message.engine, message.batchSize, message.testLimit, message.floatOn);
      return;
    case 'deploy-stop':
      if (deploying) deploying.cancelled = true;
      return;
    case 'export-model':
      exportModel(message.runId);
      return;
    case 'export-network':
      void exportNetwork(message.runId, message.format);
      return;
    case 'sensitivity':
      void startSensitivity(message);
      return;
    case 'watch':
      // Held until the worker ends: the page's request for the same lock is granted only then.
      void navigator.locks?.request(message.lock, () => {
        post({ type: 'watching' });
        return new Promise<never>(() => {});
      });
      return;
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = ToWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: `The worker ignored a malformed message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` });
    return;
  }
  handle(parsed.data);
};

self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  post({ type: 'error', message: errorMessage(event.reason) });
});
