import * as z from 'zod/mini';
import { DATASET_IDS } from '../data/types';
import { NETWORK_FORMAT_IDS, type NetworkFormatId } from '../export/formats';
import type { OnnxLayerReport } from '../export/graph';
import type { BackendId, ExperimentConfig } from '../experiment/config';
import { BACKEND_IDS, ExperimentConfigSchema } from '../experiment/config';
import type { BinaryTarget } from '../kernels/engine';
import type { DeployReport } from '../train/deploy-report';
import type { MixedPoint } from '../train/mixed';
import type { SensitivityCell, SensitivityTable } from '../train/sensitivity';
import type { TrainEvent } from '../train/events';

/** What the page knows about the dataset the worker holds. */
export interface DatasetInfo {
  id: ExperimentConfig['dataset']['id'];
  name: string;
  source: string;
  imageShape: [number, number, number];
  classNames: string[];
  trainCount: number;
  testCount: number;
  /** False while the embedded training set is still streaming in. */
  complete: boolean;
  /** Every dataset the worker keeps whole, this one included once complete: each can be made active again without loading. */
  held: ExperimentConfig['dataset']['id'][];
}

/** Messages from the worker to the page. */
export type FromWorker =
  | { type: 'backend'; name: string; requested: BackendId; fallbackReason?: string; threads?: number; threadsNote?: string; crossOriginIsolated: boolean; binary?: BinaryTarget }
  | { type: 'dataset-progress'; loaded: number; total?: number; message: string }
  /** `fromFiles`: the dataset came from files or URLs the user gave (not the embedded MNIST, not a switch back). */
  | { type: 'dataset'; info: DatasetInfo; fromFiles?: boolean }
  | { type: 'dataset-error'; message: string }
  | { type: 'event'; runId: string; event: TrainEvent }
  | { type: 'run-error'; runId: string; message: string }
  | { type: 'test-images'; images: Uint8Array; labels: Uint8Array; imageShape: [number, number, number] }
  | { type: 'deployable'; runId: string; binaryLayers?: number; reason?: string }
  | { type: 'deploy-progress'; message: string; done: number; total: number }
  | { type: 'deploy-result'; source: string; report: DeployReport }
  | { type: 'deploy-error'; message: string }
  | { type: 'model-file'; runId: string; bytes: Uint8Array<ArrayBuffer> }
  /** The last trained network can be written as a file (`reason` when it cannot, e.g. it diverged). */
  | { type: 'exportable'; runId: string; reason?: string }
  | { type: 'network-file'; runId: string; format: NetworkFormatId; bytes: Uint8Array<ArrayBuffer>; layers: NetworkLayerReport[]; notes: string[] }
  | { type: 'network-export-error'; runId: string; format: NetworkFormatId; message: string }
  | { type: 'sensitivity'; runId: string; update: SensitivityUpdate }
  /** The worker holds the lock `watch` named: the page can now wait for it to be released. */
  | { type: 'watching' }
  /** The GPU device the backend ran on was lost: the worker cannot train on it any more. */
  | { type: 'device-lost'; message: string }
  | { type: 'error'; message: string };

/** Progress of a layer-sensitivity measurement (and its mixed-precision search) in the worker. */
export type SensitivityUpdate =
  | { kind: 'start'; layers: { index: number; name: string }[]; bits: number[]; cells: number; points: number }
  | { kind: 'float-epoch'; epoch: number; epochs: number; testAccuracy: number }
  | { kind: 'cell'; layer: number; cell: SensitivityCell; done: number; total: number }
  | { kind: 'point'; point: MixedPoint; done: number; total: number }
  | { kind: 'done'; status: 'finished' | 'cancelled'; table?: SensitivityTable; infeasible: number[] }
  | { kind: 'error'; message: string };

/** What one layer became in an exported file. */
export type NetworkLayerReport = OnnxLayerReport;

/** At most the four IDX files of a dataset, with room for a duplicate. */
export const MAX_DATASET_URLS = 8;

const datasetIdSchema = z.enum(DATASET_IDS);
const fileSchema = z.custom<File>((f) => typeof Blob !== 'undefined' && f instanceof Blob);
const runIdSchema = z.string().check(z.minLength(1), z.maxLength(100));
/** The config itself is checked by `restoreConfig` in the worker, which resets what is wrong. */
const configSchema = z.custom<ExperimentConfig>((c) => typeof c === 'object' && c !== null);

const deploySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('run'), runId: runIdSchema }),
  z.object({ kind: z.literal('file'), file: fileSchema }),
]);
/** `auto`: WebGPU kernels when an adapter is there, else the JavaScript packed path. */
const deployEngineSchema = z.enum(['auto', 'js']);
/** Where the float simulation runs: the training backend, or tfjs WebGPU (the engine's adapter). */
const deployFloatSchema = z.enum(['training', 'webgpu']);

/** Page → worker messages: a closed union, checked on arrival. */
export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), backend: z.enum(BACKEND_IDS) }),
  z.object({ type: z.literal('load-embedded') }),
  z.object({ type: z.literal('load-files'), files: z.array(fileSchema).check(z.minLength(1)), datasetId: z.optional(datasetIdSchema) }),
  /** One URL (the CIFAR-10 tarball) or several (IDX files: images and labels of each split). */
  z.object({
    type: z.literal('load-urls'),
    urls: z.array(z.string().check(z.minLength(1), z.maxLength(2048))).check(z.minLength(1), z.maxLength(MAX_DATASET_URLS)),
    datasetId: z.optional(datasetIdSchema),
  }),
  /** Makes a dataset the worker keeps the active one again. */
  z.object({ type: z.literal('select-dataset'), id: datasetIdSchema }),
  /** `paused`: the run starts paused, to go through it with `step`. */
  z.object({ type: z.literal('train'), runId: runIdSchema, config: configSchema, paused: z.optional(z.boolean()) }),
  z.object({ type: z.literal('pause') }),
  /** One batch of the paused run. */
  z.object({ type: z.literal('step') }),
  /** Live settings of the run in progress, applied from its next batch; bounded as in the config. */
  z.object({ type: z.literal('set-learning-rate'), runId: runIdSchema, value: ExperimentConfigSchema.shape.optimizer.shape.learningRate }),
  z.object({ type: z.literal('set-lambda'), runId: runIdSchema, value: ExperimentConfigSchema.shape.regularizer.shape.lambda }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('test-images'), count: z.int().check(z.minimum(1), z.maximum(1000)) }),
  z.object({
    type: z.literal('deploy'),
    source: deploySourceSchema,
    engine: deployEngineSchema,
    batchSize: z.int().check(z.minimum(1), z.maximum(10000)),
    /** Test images a packed file runs on (0: all); a run's network uses its run's count. */
    testLimit: z.int().check(z.minimum(0)),
    floatOn: deployFloatSchema,
  }),
  z.object({ type: z.literal('deploy-stop') }),
  z.object({ type: z.literal('export-model'), runId: runIdSchema }),
  z.object({ type: z.literal('export-network'), runId: runIdSchema, format: z.enum(NETWORK_FORMAT_IDS) }),
  /**
   * Layer sensitivity of the config at `bits` (PTQ of one float training), then, with
   * byte budgets, the mixed-precision allocations and uniform widths fine-tuned for
   * `finetuneEpochs`. `stop` ends it.
   */
  z.object({
    type: z.literal('sensitivity'),
    runId: runIdSchema,
    config: configSchema,
    bits: z.array(z.int().check(z.minimum(1), z.maximum(8))).check(z.minLength(1), z.maxLength(8)),
    budgetsBytes: z.array(z.number().check(z.positive())).check(z.maxLength(8)),
    finetuneEpochs: z.int().check(z.minimum(0), z.maximum(5)),
  }),
  /** Hold this Web Lock for the worker's lifetime: its release tells the page the worker has gone (terminated, crashed). */
  z.object({ type: z.literal('watch'), lock: z.string().check(z.minLength(1), z.maxLength(100)) }),
]);

export type ToWorker = z.infer<typeof ToWorkerSchema>;
export type DeploySource = z.infer<typeof deploySourceSchema>;
export type DeployEngineChoice = z.infer<typeof deployEngineSchema>;
export type DeployFloatChoice = z.infer<typeof deployFloatSchema>;
export const DEPLOY_BATCH_SIZES = [1, 32, 256, 1000] as const;

/** Every worker → page message type; `satisfies` makes a new type impossible to forget here. */
const FROM_TYPES = {
  backend: true,
  'dataset-progress': true,
  dataset: true,
  'dataset-error': true,
  event: true,
  'run-error': true,
  'test-images': true,
  deployable: true,
  'deploy-progress': true,
  'deploy-result': true,
  'deploy-error': true,
  'model-file': true,
  exportable: true,
  'network-file': true,
  'network-export-error': true,
  sensitivity: true,
  watching: true,
  'device-lost': true,
  error: true,
} as const satisfies Record<FromWorker['type'], true>;

/** The page's check of worker → page messages: a known type, or it is dropped. */
export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(FROM_TYPES, type);
}

/** Typed array buffers of an event, to transfer rather than copy. */
export function transferablesOf(message: FromWorker): Transferable[] {
  if (message.type === 'test-images') return [message.images.buffer, message.labels.buffer];
  if (message.type === 'model-file' || message.type === 'network-file') return [message.bytes.buffer];
  if (message.type !== 'event' || message.event.type !== 'snapshot') return [];
  const buffers = message.event.layers.flatMap((l) => [
    l.histogram.edges.buffer,
    l.histogram.counts.buffer,
    l.quantizedHistogram.edges.buffer,
    l.quantizedHistogram.counts.buffer,
    ...(l.channelLevels ? [l.channelLevels.buffer] : []),
    ...(l.levelShares ? [l.levelShares.levels.buffer, l.levelShares.counts.buffer] : []),
    ...(l.levelCounts ? [l.levelCounts.values.buffer, l.levelCounts.counts.buffer] : []),
    ...(l.decision?.scopes ?? []).flatMap((s) => [s.histogram.edges.buffer, s.histogram.counts.buffer, s.thresholds.buffer, s.below.buffer, s.above.buffer, s.levels.buffer, s.counts.buffer]),
  ]);
  // A histogram may be shared (a float layer's, a whole-tensor scope's): each buffer once.
  return [...new Set(buffers)] as Transferable[];
}
