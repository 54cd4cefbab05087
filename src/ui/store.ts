import type { NetworkFormatId } from '../export/formats';
import type { NetworkLayerReport } from '../worker/protocol';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendId, ExperimentConfig } from '../experiment/config';
import { decodeConfig } from '../experiment/url';
import type { BinaryTarget } from '../kernels/engine';
import type { DeployReport } from '../train/deploy-report';
import type { TrainEvent } from '../train/events';
import type { DatasetStatus, Role } from './config-edit';
import { partitionHidden } from './hideable';
import type { RunRecord } from './run-record';
import { applyEvents, type LiveRun } from './run-state';

export interface Notice {
  id: string;
  kind: 'reset' | 'fallback' | 'error' | 'info';
  title: string;
  lines: string[];
}

/** Page settings: `hide` travels in the link, the rest stays on this page. */
export interface ViewSettings {
  hide: string[];
  /** Index of the layer whose weights the histogram shows; null: the first quantized layer. */
  layer: number | null;
  histogram: 'latent' | 'quantized' | 'transfer' | 'probabilities';
  /** With per-channel scales: the output channel shown in the latent and transfer views, 'all', or null for the first sampled one. */
  channel: number | 'all' | null;
  /** Index into the run's snapshots, or null to follow the latest. */
  frame: number | null;
  /** Bars of the histogram view; null: about four weights a bar. */
  bins: number | null;
  /** The x range the histogram view is zoomed to, in its own x domain; null: all of it. */
  zoom: [number, number] | null;
  explainRole: Role;
  /** The lesson whose text is shown (it travels in the link as `lesson=`); undefined: none. */
  lesson?: string;
}

export interface BackendStatus {
  name?: string;
  requested?: BackendId;
  fallbackReason?: string;
  /** WASM's thread count, and why it is not every core. */
  threads?: number;
  threadsNote?: string;
  /** Whether the worker is cross-origin isolated (shared memory, WASM threads). */
  crossOriginIsolated?: boolean;
  /** Where the binary engine would run packed layers (Deploy). */
  binary?: BinaryTarget;
}

export interface TestImages {
  images: Uint8Array;
  labels: Uint8Array;
  imageShape: [number, number, number];
}

/** The Deploy panel's state (part of the run slice: never in the link). */
export interface DeployState {
  /** The run whose trained network the worker holds, with its binary layer count or why it cannot be packed. */
  model?: { runId: string; binaryLayers?: number; reason?: string };
  status: 'idle' | 'running' | 'done' | 'error';
  progress?: { message: string; done: number; total: number };
  result?: { source: string; report: DeployReport };
  error?: string;
}

/** Writing the trained network as a file (ONNX, QONNX, …) for other tools. */
export interface NetworkExportState {
  /** The run whose trained network the worker can write, or why it cannot. */
  model?: { runId: string; reason?: string };
  /** The format being written. */
  busy?: NetworkFormatId;
  /** The last file written: what each layer became, and notes. */
  result?: { format: NetworkFormatId; fileName: string; bytes: number; layers: NetworkLayerReport[]; notes: string[] };
  error?: { format: NetworkFormatId; message: string };
}

export interface LabState {
  config: ExperimentConfig;
  view: ViewSettings;
  backend: BackendStatus;
  dataset: DatasetStatus;
  run?: LiveRun;
  runs: RunRecord[];
  selectedRunIds: string[];
  notices: Notice[];
  testImages?: TestImages;
  deploy: DeployState;
  networkExport: NetworkExportState;

  setConfig(config: ExperimentConfig): void;
  editConfig(edit: (config: ExperimentConfig) => ExperimentConfig): void;
  setView(patch: Partial<ViewSettings>): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  setBackend(status: BackendStatus): void;
  setDataset(patch: Partial<DatasetStatus>): void;
  startRun(run: LiveRun): void;
  applyRunEvents(runId: string, events: readonly TrainEvent[]): void;
  failRun(runId: string, message: string): void;
  setPaused(paused: boolean, now: number): void;
  /** Notes the live settings sent to the run `runId`. */
  setLive(runId: string, live: Partial<LiveRun['live']>): void;
  setRuns(runs: RunRecord[]): void;
  toggleRunSelected(id: string): void;
  setTestImages(images: TestImages | undefined): void;
  setDeploy(patch: Partial<DeployState>): void;
  setNetworkExport(patch: Partial<NetworkExportState>): void;
}

export type LabStore = StoreApi<LabState>;

export interface InitialState {
  config: ExperimentConfig;
  view: Pick<ViewSettings, 'hide' | 'lesson'>;
  notices: Notice[];
}

/** The config, hidden panels and notices a link fragment opens with; never throws. */
export function initialStateFromFragment(fragment: string): InitialState {
  const decoded = decodeConfig(fragment);
  const { known, unknown } = partitionHidden(decoded.view.hide);
  const lines = [...decoded.notices];
  for (const id of unknown) lines.push(`Unknown panel or control "${id}" in the hidden panels (hide); ignored.`);
  const title = decoded.error ? 'This link could not be opened' : 'Some settings in this link were reset';
  const notices: Notice[] = lines.length ? [{ id: 'link-reset', kind: 'reset', title, lines }] : [];
  return { config: decoded.config, view: { hide: known, lesson: decoded.view.lesson }, notices };
}

export function createLabStore(initial: InitialState): LabStore {
  return createStore<LabState>()((set, get) => ({
    config: initial.config,
    view: { hide: initial.view.hide, lesson: initial.view.lesson, layer: null, histogram: 'latent', channel: null, frame: null, bins: null, zoom: null, explainRole: 'weight' },
    backend: {},
    dataset: { loading: false },
    runs: [],
    selectedRunIds: [],
    notices: initial.notices,
    deploy: { status: 'idle' },
    networkExport: {},

    setConfig: (config) => set({ config }),
    editConfig: (edit) => set({ config: edit(get().config) }),
    setView: (patch) => set({ view: { ...get().view, ...patch } }),
    addNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    setBackend: (backend) => set({ backend }),
    setDataset: (patch) => set({ dataset: { ...get().dataset, ...patch } }),
    // A new run stops any deployment check in the worker; its report belonged to the previous network.
    startRun: (run) =>
      set({ run, testImages: undefined, view: { ...get().view, frame: null, zoom: null }, deploy: { model: get().deploy.model, status: 'idle' }, networkExport: { model: get().networkExport.model } }),
    applyRunEvents: (runId, events) => {
      const run = get().run;
      if (run?.id === runId) set({ run: applyEvents(run, events) });
    },
    failRun: (runId, message) => {
      const run = get().run;
      if (run?.id === runId) set({ run: { ...run, status: 'error', error: message } });
    },
    setPaused: (paused, now) => {
      const run = get().run;
      if (!run || (run.status !== 'running' && run.status !== 'paused')) return;
      if (paused && run.status === 'running') set({ run: { ...run, status: 'paused', pausedAt: now } });
      else if (!paused && run.status === 'paused') set({ run: { ...run, status: 'running', pausedAt: undefined, pausedMs: run.pausedMs + (now - (run.pausedAt ?? now)) } });
    },
    setLive: (runId, live) => {
      const run = get().run;
      if (run?.id === runId) set({ run: { ...run, live: { ...run.live, ...live } } });
    },
    setRuns: (runs) => {
      const ids = new Set(runs.map((r) => r.id));
      set({ runs, selectedRunIds: get().selectedRunIds.filter((id) => ids.has(id)) });
    },
    toggleRunSelected: (id) => {
      const selected = get().selectedRunIds;
      set({ selectedRunIds: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] });
    },
    setTestImages: (testImages) => set({ testImages }),
    setDeploy: (patch) => set({ deploy: { ...get().deploy, ...patch } }),
    setNetworkExport: (patch) => set({ networkExport: { ...get().networkExport, ...patch } }),
  }));
}

/** True while a run is training or paused. */
export const isRunActive = (run: LiveRun | undefined) => run?.status === 'running' || run?.status === 'paused';
