import type { BackendId, ExperimentConfig } from '../experiment/config';
import { lessonDifferences, PRESETS_BY_ID } from '../experiment/presets';
import { encodeConfig } from '../experiment/url';
import type { NetworkFormatId } from '../export/formats';
import type { TrainEvent } from '../train/events';
import { isFromWorker, type SensitivityUpdate, type DeployEngineChoice, type DeployFloatChoice, type DeploySource, type FromWorker, type ToWorker } from '../worker/protocol';
import { runsFromJson } from './export';
import { download } from './panels/common';
import { Coalescer } from './coalescer';
import { datasetName, switchToLoaded, trainBlocker, type DatasetStatus } from './config-edit';
import { interruptedRecordOfRun, nextRunName, recordOfRun, type RunRecord } from './run-record';
import { liveEdits } from './run-changes';
import { createRun } from './run-state';
import * as runsDb from './runs-db';
import { isRunActive, type LabStore } from './store';

/** How often training events reach the store (and the charts re-render): 4 times a second. */
export const RENDER_INTERVAL_MS = 250;
/** Test images shown in the sample grid after a run. */
export const SAMPLE_COUNT = 32;

export interface LabClient {
  /** Starts a run; `paused`: it waits for `step` or `resume` before its first batch. False when it cannot start. */
  train(options?: { paused?: boolean }): boolean;
  pause(): void;
  /** One batch of the paused run; with no run, starts one paused and takes its first batch. */
  step(): void;
  resume(): void;
  stop(): void;
  setBackend(backend: BackendId): void;
  loadEmbedded(): void;
  loadFiles(files: File[], datasetId?: ExperimentConfig['dataset']['id']): void;
  loadUrls(urls: string[], datasetId?: ExperimentConfig['dataset']['id']): void;
  /** Makes a dataset the worker keeps (`DatasetInfo.held`) the active one again. */
  selectDataset(datasetId: ExperimentConfig['dataset']['id']): void;
  refreshRuns(): Promise<void>;
  deleteRun(id: string): Promise<void>;
  /** Adds the runs of a JSON export (`runsToJson`) to the stored ones; a run with the same id is replaced. */
  importRuns(file: Blob): Promise<void>;
  renameRun(id: string, name: string): Promise<void>;
  /** Runs the test split through the binary engine and the float simulation. */
  deploy(source: DeploySource, engine: DeployEngineChoice, batchSize: number, floatOn: DeployFloatChoice): void;
  stopDeploy(): void;
  /** Downloads the run's network as a packed model file (`.qlbn`). */
  exportModel(runId: string, fileName: string): void;
  /** Downloads the run's trained network in a format of `NETWORK_FORMATS` (written in the worker). */
  exportNetwork(runId: string, format: NetworkFormatId, fileName: string): void;
  /** Measures the configured network's layer sensitivity (and mixed precision with budgets); its run id, or undefined while a run is active. */
  measureSensitivity(request: { bits: number[]; budgetsBytes: number[]; finetuneEpochs: number }): string | undefined;
  /** Sensitivity updates, to whoever shows them (the Sensitivity panel); returns the unsubscribe. */
  onSensitivity(listener: (runId: string, update: SensitivityUpdate) => void): () => void;
  dispose(): void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const newRunId = () => `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The page's end of the worker protocol: sends typed `ToWorker` messages, checks every
 * incoming message with `isFromWorker`, coalesces training events to a few store
 * updates a second, and keeps finished or stopped runs in IndexedDB.
 */
export function createLabClient(store: LabStore, makeWorker: Worker | (() => Worker)): LabClient {
  const spawn = typeof makeWorker === 'function' ? makeWorker : undefined;
  let worker: Worker = typeof makeWorker === 'function' ? makeWorker() : makeWorker;
  const send = (message: ToWorker) => worker.postMessage(message);
  /** The messages that set a new worker up as the last one was: its backend and dataset. */
  let setup: { backend?: ToWorker; load?: ToWorker; select?: ToWorker } = {};
  /** A run waiting for its dataset, with the messages for it sent once it starts. */
  let pendingTrain: { runId: string; config: ExperimentConfig; paused: boolean; then: ToWorker[] } | undefined;
  const startTrain = (runId: string, config: ExperimentConfig, paused: boolean, then: readonly ToWorker[] = []) => {
    send({ type: 'train', runId, config, ...(paused ? { paused } : {}) });
    for (const message of then) send(message);
  };
  /** Sends a message for the active run, or queues it behind the run's start. */
  const sendForRun = (runId: string, message: ToWorker) => {
    if (pendingTrain?.runId === runId) pendingTrain.then.push(message);
    else send(message);
  };
  /** Set while files or URLs the user gave are loading: the experiment then follows the dataset they turn out to hold. */
  let userLoad = false;
  /** File names of requested model exports, by run. */
  const exportNames = new Map<string, string>();
  /** File names of requested network exports, by run and format. */
  const networkNames = new Map<string, string>();
  const sensitivityListeners = new Set<(runId: string, update: SensitivityUpdate) => void>();

  const events = new Coalescer<{ runId: string; event: TrainEvent }>((items) => {
    const byRun = new Map<string, TrainEvent[]>();
    for (const { runId, event } of items) byRun.set(runId, [...(byRun.get(runId) ?? []), event]);
    for (const [runId, list] of byRun) store.getState().applyRunEvents(runId, list);
  }, RENDER_INTERVAL_MS);

  // Download progress reaches the store at most 4 times a second too (only the latest counts).
  const progress = new Coalescer<NonNullable<DatasetStatus['progress']>>((items) => {
    if (store.getState().dataset.loading) store.getState().setDataset({ progress: items[items.length - 1] });
  }, RENDER_INTERVAL_MS);

  const error = (id: string, title: string, message: string) => store.getState().addNotice({ id, kind: 'error', title, lines: [message] });

  async function refreshRuns(): Promise<void> {
    try {
      const { runs, quarantined } = await runsDb.readRuns();
      store.getState().setRuns(runs);
      if (quarantined > 0) {
        store.getState().addNotice({
          id: 'runs-quarantined', kind: 'info', title: `${quarantined} stored run${quarantined === 1 ? '' : 's'} could not be read`,
          lines: ['They were set aside (in the database\'s quarantine store), unchanged; the other runs are listed.'],
        });
      }
    } catch (e) {
      error('runs-db', 'Stored runs are not available', errorText(e));
    }
  }

  /** Saves in the order asked: a run's record written at its end is never overwritten by its last epoch's. */
  let saving: Promise<void> = Promise.resolve();
  function save(record: RunRecord): Promise<void> {
    saving = saving.then(async () => {
      try {
        await runsDb.saveRun(record);
        store.getState().dismissNotice('storage-full');
        await refreshRuns();
      } catch (e) {
        if (runsDb.isQuotaError(e)) {
          store.getState().addNotice({
            id: 'storage-full', kind: 'error', title: 'Storage full',
            lines: [`“${record.name}” could not be kept: this browser's storage for the lab is full. The runs already kept are unchanged; delete or export some to make room.`],
          });
        } else error('runs-db', 'The run could not be stored', errorText(e));
      }
    });
    return saving;
  }

  async function keepRun(runId: string): Promise<void> {
    const run = store.getState().run;
    if (!run || run.id !== runId) return;
    const record = recordOfRun(run);
    if (record) await save(record);
  }

  /** Keeps the run's finished epochs as an interrupted run, replaced by its own record when it ends. */
  async function keepEpochs(runId: string, message?: string): Promise<void> {
    const run = store.getState().run;
    if (run && run.id === runId) await save(interruptedRecordOfRun(run, message));
  }

  function onEvent(runId: string, event: TrainEvent): void {
    events.push({ runId, event });
    if (event.type === 'start' || event.type === 'done' || event.type === 'epoch') events.flushNow();
    if (event.type === 'epoch') void keepEpochs(runId);
    if (event.type === 'done') {
      send({ type: 'test-images', count: Math.max(1, Math.min(SAMPLE_COUNT, event.samplePredictions.length || SAMPLE_COUNT)) });
      void keepRun(runId);
    }
  }

  function handle(message: FromWorker): void {
    const state = store.getState();
    switch (message.type) {
      case 'backend':
        state.setBackend({
          name: message.name, requested: message.requested, fallbackReason: message.fallbackReason,
          threads: message.threads, threadsNote: message.threadsNote, crossOriginIsolated: message.crossOriginIsolated, binary: message.binary,
        });
        if (message.fallbackReason) state.addNotice({ id: 'backend-fallback', kind: 'fallback', title: `Running on ${message.name.toUpperCase()}`, lines: [message.fallbackReason] });
        else state.dismissNotice('backend-fallback');
        return;
      case 'dataset-progress':
        progress.push({ loaded: message.loaded, total: message.total, message: message.message });
        return;
      case 'dataset':
        state.setDataset({ info: message.info, loading: !message.info.complete, error: undefined, progress: message.info.complete ? undefined : state.dataset.progress });
        state.dismissNotice('dataset-error');
        // Only the answer to the user's files: the embedded MNIST finishing meanwhile does not count.
        if (userLoad && message.fromFiles) {
          userLoad = false;
          // A run in progress keeps its own copy of the config; the next one uses the loaded dataset.
          const switched = switchToLoaded(state.config, message.info.id, message.info.held);
          if (switched) {
            state.setConfig(switched.config);
            state.addNotice({ id: 'dataset-switched', kind: 'info', title: `Switched to ${message.info.name}`, lines: switched.lines });
          }
        }
        if (pendingTrain) {
          const pending = pendingTrain;
          pendingTrain = undefined;
          if (message.info.id === pending.config.dataset.id) startTrain(pending.runId, pending.config, pending.paused, pending.then);
          else state.failRun(pending.runId, `The loaded dataset is ${message.info.name}, not ${datasetName(pending.config.dataset.id)}.`);
        }
        return;
      case 'dataset-error':
        userLoad = false;
        state.setDataset({ loading: false, progress: undefined, error: message.message });
        if (pendingTrain) {
          state.failRun(pendingTrain.runId, `The dataset did not load: ${message.message}`);
          pendingTrain = undefined;
        }
        return;
      case 'event':
        onEvent(message.runId, message.event);
        return;
      case 'run-error':
        events.flushNow();
        state.failRun(message.runId, message.message);
        return;
      case 'test-images':
        state.setTestImages({ images: message.images, labels: message.labels, imageShape: message.imageShape });
        return;
      case 'deployable':
        state.setDeploy({ model: { runId: message.runId, binaryLayers: message.binaryLayers, reason: message.reason } });
        return;
      case 'deploy-progress':
        if (state.deploy.status === 'running') state.setDeploy({ progress: { message: message.message, done: message.done, total: message.total } });
        return;
      case 'deploy-result':
        state.setDeploy({ status: 'done', progress: undefined, error: undefined, result: { source: message.source, report: message.report } });
        return;
      case 'deploy-error':
        state.setDeploy({ status: 'error', progress: undefined, error: message.message });
        return;
      case 'model-file': {
        const name = exportNames.get(message.runId) ?? `${message.runId}.qlbn`;
        exportNames.delete(message.runId);
        download(message.bytes, name, 'application/octet-stream');
        return;
      }
      case 'exportable':
        state.setNetworkExport({ model: { runId: message.runId, reason: message.reason } });
        return;
      case 'network-file': {
        const key = `${message.runId}/${message.format}`;
        const fileName = networkNames.get(key) ?? `${message.runId}.${message.format}`;
        networkNames.delete(key);
        download(message.bytes, fileName, 'application/octet-stream');
        state.setNetworkExport({ busy: undefined, error: undefined, result: { format: message.format, fileName, bytes: message.bytes.length, layers: message.layers, notes: message.notes } });
        return;
      }
      case 'network-export-error':
        networkNames.delete(`${message.runId}/${message.format}`);
        state.setNetworkExport({ busy: undefined, result: undefined, error: { format: message.format, message: message.message } });
        return;
      case 'sensitivity':
        for (const listener of sensitivityListeners) listener(message.runId, message.update);
        return;
      case 'watching':
        watchRelease(worker);
        return;
      case 'device-lost':
        lost(worker, `the GPU device was lost (${message.message})`);
        return;
      case 'error':
        error('worker-error', 'The training worker reported an error', message.message);
        return;
    }
  }

  /** Aborts the wait for the current worker's lock (the worker is being replaced or disposed). */
  let unwatch: AbortController | undefined;
  /** Waits for the lock the worker holds: granted only once the worker has gone. */
  function watchRelease(watched: Worker): void {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || watched !== worker || !unwatch) return;
    const { signal } = unwatch;
    locks.request(watchLock, { signal }, () => lost(watched, 'it was terminated')).catch(() => {});
  }
  let watchLock = '';

  function attach(w: Worker): void {
    w.onmessage = (event: MessageEvent<unknown>) => {
      if (w !== worker) return;
      if (isFromWorker(event.data)) handle(event.data);
      else error('worker-protocol', 'An unexpected message from the worker was ignored', JSON.stringify(event.data)?.slice(0, 200) ?? String(event.data));
    };
    // An uncaught error, or a script that failed to load: the worker's state is unknown, so it is replaced.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      lost(w, event.message ? `it failed: ${event.message}` : 'it failed to load or threw');
    };
    w.onmessageerror = () => error('worker-protocol', 'A message from the worker could not be read', 'structured clone failed');
    unwatch = new AbortController();
    watchLock = `quantization-lab-worker-${newRunId()}`;
    if (typeof navigator !== 'undefined' && navigator.locks) w.postMessage({ type: 'watch', lock: watchLock } satisfies ToWorker);
  }

  /**
   * The worker has gone (terminated, crashed, failed to load, lost its GPU): everything
   * waiting on it ends with a message, the run keeps its finished epochs as interrupted,
   * and a new worker takes over with the same backend and dataset, so Train works again.
   */
  function lost(w: Worker, why: string): void {
    if (w !== worker) return;
    unwatch?.abort();
    unwatch = undefined;
    events.flushNow();
    const state = store.getState();
    const reason = `The training worker stopped: ${why}.`;
    const run = state.run;
    if (run && (isRunActive(run) || pendingTrain?.runId === run.id)) {
      pendingTrain = undefined;
      void keepEpochs(run.id, reason);
      state.failRun(run.id, `${reason} The run was interrupted after ${run.epochs.length} finished epoch${run.epochs.length === 1 ? '' : 's'}, kept in the run list. Train starts a new run.`);
    }
    pendingTrain = undefined;
    if (state.deploy.status === 'running') state.setDeploy({ status: 'error', progress: undefined, error: reason });
    const busy = state.networkExport.busy;
    if (busy) state.setNetworkExport({ busy: undefined, result: undefined, error: { format: busy, message: reason } });
    exportNames.clear();
    networkNames.clear();
    if (state.dataset.loading) state.setDataset({ loading: false, progress: undefined, error: userLoad ? reason : undefined });
    userLoad = false;
    try {
      w.terminate();
    } catch {
      // Already gone.
    }
    if (!spawn) {
      error('worker-crash', 'The training worker stopped', `${reason} Reload the page to train again.`);
      return;
    }
    worker = spawn();
    attach(worker);
    state.addNotice({ id: 'worker-crash', kind: 'error', title: 'The training worker stopped', lines: [reason, 'A new worker has started; the dataset is loading again.'] });
    for (const message of [setup.backend, setup.load, setup.select]) if (message) send(message);
    // The new worker holds no dataset yet: Train waits for the one it loads.
    state.setDataset({ info: undefined, loading: setup.load !== undefined, error: undefined, progress: setup.load ? { loaded: 0, message: 'Loading the dataset again in the new worker…' } : undefined });
  }

  attach(worker);

  // Live settings edited while a run trains reach it from its next batch; other edits wait for the next run.
  const unsubscribe = store.subscribe((state, previous) => {
    const run = state.run;
    if (state.config === previous.config || !run || !isRunActive(run)) return;
    const edits = liveEdits(run, state.config);
    if (edits.learningRate !== undefined) sendForRun(run.id, { type: 'set-learning-rate', runId: run.id, value: edits.learningRate });
    if (edits.lambda !== undefined) sendForRun(run.id, { type: 'set-lambda', runId: run.id, value: edits.lambda });
    if (Object.keys(edits).length) state.setLive(run.id, edits);
  });

  function train(options: { paused?: boolean } = {}): boolean {
    const state = store.getState();
    const blocker = trainBlocker(state.config, state.dataset, isRunActive(state.run));
    if (blocker) {
      error('train-blocked', 'Training cannot start', blocker);
      return false;
    }
    const config = structuredClone(state.config);
    const runId = newRunId();
    // The run keeps the lesson shown; the lesson names it only while the config is still the lesson's own.
    const lesson = state.view.lesson === undefined ? undefined : PRESETS_BY_ID.get(state.view.lesson);
    const lessonTitle = lesson && lessonDifferences(lesson, config).length === 0 ? lesson.title : undefined;
    const name = nextRunName(config, lessonTitle, [...state.runs.map((r) => r.name), ...(state.run ? [state.run.name] : [])]);
    const paused = options.paused === true;
    state.startRun({ ...createRun(runId, name, config, performance.now(), paused), lesson: lesson?.id });
    if (state.dataset.info?.id === config.dataset.id) startTrain(runId, config, paused);
    else pendingTrain = { runId, config, paused, then: [] };
    return true;
  }

  return {
    train,
    step() {
      const run = store.getState().run;
      if (isRunActive(run) && run?.status !== 'paused') return;
      if (!isRunActive(run) && !train({ paused: true })) return;
      const started = store.getState().run;
      if (started) sendForRun(started.id, { type: 'step' });
    },
    pause() {
      send({ type: 'pause' });
      store.getState().setPaused(true, performance.now());
    },
    resume() {
      send({ type: 'resume' });
      store.getState().setPaused(false, performance.now());
    },
    stop() {
      const run = store.getState().run;
      if (pendingTrain && run?.id === pendingTrain.runId) {
        pendingTrain = undefined;
        store.getState().failRun(run.id, 'Stopped before the dataset arrived.');
        return;
      }
      send({ type: 'stop' });
    },
    setBackend(backend) {
      // A run keeps its backend; the next run starts on the one chosen.
      if (isRunActive(store.getState().run)) return;
      setup.backend = { type: 'init', backend };
      send(setup.backend);
    },
    loadEmbedded() {
      userLoad = false;
      store.getState().setDataset({ loading: true, error: undefined, progress: { loaded: 0, message: 'Loading the embedded MNIST…' } });
      setup = { backend: setup.backend, load: { type: 'load-embedded' } };
      send(setup.load!);
    },
    loadFiles(files, datasetId) {
      userLoad = true;
      store.getState().setDataset({ loading: true, error: undefined, progress: { loaded: 0, message: `Reading ${files.map((f) => f.name).join(', ')}…` } });
      const load: ToWorker = { type: 'load-files', files, datasetId };
      // The embedded MNIST stays loaded next to the user's files, as in this worker.
      setup = { backend: setup.backend, load: setup.load?.type === 'load-embedded' ? setup.load : load, select: setup.load?.type === 'load-embedded' ? load : undefined };
      send(load);
    },
    loadUrls(urls, datasetId) {
      userLoad = true;
      store.getState().setDataset({ loading: true, error: undefined, progress: { loaded: 0, message: `Downloading ${urls.join(', ')}…` } });
      const load: ToWorker = { type: 'load-urls', urls, datasetId };
      setup = { backend: setup.backend, load: setup.load?.type === 'load-embedded' ? setup.load : load, select: setup.load?.type === 'load-embedded' ? load : undefined };
      send(load);
    },
    selectDataset(datasetId) {
      userLoad = false;
      store.getState().setDataset({ error: undefined });
      send({ type: 'select-dataset', id: datasetId });
    },
    refreshRuns,
    async deleteRun(id) {
      await runsDb.deleteRun(id);
      await refreshRuns();
    },
    async importRuns(file) {
      let parsed: { runs: RunRecord[]; skipped: number };
      try {
        parsed = runsFromJson(await file.text());
      } catch (e) {
        error('runs-import', 'Nothing imported', `The file is ${errorText(e)}.`);
        return;
      }
      try {
        await runsDb.saveRuns(parsed.runs);
      } catch (e) {
        if (runsDb.isQuotaError(e)) store.getState().addNotice({ id: 'storage-full', kind: 'error', title: 'Storage full', lines: ['The imported runs could not be kept: this browser\'s storage for the lab is full. The runs already kept are unchanged.'] });
        else error('runs-import', 'Nothing imported', errorText(e));
        return;
      }
      await refreshRuns();
      store.getState().addNotice({
        id: 'runs-import', kind: 'info', title: `Imported ${parsed.runs.length} run${parsed.runs.length === 1 ? '' : 's'}`,
        lines: parsed.skipped ? [`${parsed.skipped} entr${parsed.skipped === 1 ? 'y was' : 'ies were'} not run records and were skipped.`] : [],
      });
    },
    async renameRun(id, name) {
      await runsDb.renameRun(id, name);
      await refreshRuns();
    },
    deploy(source, engine, batchSize, floatOn) {
      const state = store.getState();
      if (isRunActive(state.run) || state.deploy.status === 'running') return;
      state.setDeploy({ status: 'running', error: undefined, progress: { message: 'Packing the network', done: 0, total: 1 } });
      send({ type: 'deploy', source, engine, batchSize, testLimit: state.config.dataset.testLimit, floatOn });
    },
    stopDeploy() {
      send({ type: 'deploy-stop' });
    },
    exportModel(runId, fileName) {
      exportNames.set(runId, fileName);
      send({ type: 'export-model', runId });
    },
    exportNetwork(runId, format, fileName) {
      const state = store.getState();
      if (state.networkExport.busy) return;
      networkNames.set(`${runId}/${format}`, fileName);
      state.setNetworkExport({ busy: format, error: undefined, result: undefined });
      send({ type: 'export-network', runId, format });
    },
    measureSensitivity(request) {
      const state = store.getState();
      if (isRunActive(state.run)) return undefined;
      const runId = newRunId();
      send({ type: 'sensitivity', runId, config: state.config, ...request });
      return runId;
    },
    onSensitivity(listener) {
      sensitivityListeners.add(listener);
      return () => sensitivityListeners.delete(listener);
    },
    dispose() {
      unsubscribe();
      events.flushNow();
      unwatch?.abort();
      unwatch = undefined;
      worker.terminate();
    },
  };
}
