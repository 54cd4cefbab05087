import { z } from 'zod';
import type { BackendId, ExperimentConfig } from '../experiment/config';
import { BACKEND_IDS } from '../experiment/config';
import type { DeployReport } from '../train/deploy-report';
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
}

/** Messages from the page to the worker (a closed union, validated on arrival). */
export type ToWorker =
  | { type: 'init'; backend: BackendId }
  | { type: 'load-embedded' }
  | { type: 'load-files'; files: File[]; datasetId?: ExperimentConfig['dataset']['id'] }
  /** One URL (the CIFAR-10 tarball) or several (IDX files: images and labels of each split). */
  | { type: 'load-urls'; urls: string[]; datasetId?: ExperimentConfig['dataset']['id'] }
  | { type: 'train'; runId: string; config: ExperimentConfig }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'test-images'; count: number }
  | {
      type: 'deploy';
      source: DeploySource;
      engine: DeployEngineChoice;
      batchSize: number;
      /** Test images a packed file runs on (0: all); a run's network uses its run's count. */
      testLimit: number;
      /** Where the float simulation runs: the training backend, or tfjs WebGPU (the engine's adapter). */
      floatOn: DeployFloatChoice;
    }
  | { type: 'deploy-stop' }
  | { type: 'export-model'; runId: string };

/** What the Deploy panel runs: the last trained run's network, or a packed model file. */
export type DeploySource = { kind: 'run'; runId: string } | { kind: 'file'; file: File };
/** `auto`: WebGPU kernels when an adapter is there, else the JavaScript packed path. */
export type DeployEngineChoice = 'auto' | 'js';
export type DeployFloatChoice = 'training' | 'webgpu';
export const DEPLOY_BATCH_SIZES = [1, 32, 256, 1000] as const;

/** Messages from the worker to the page. */
export type FromWorker =
  | { type: 'backend'; name: string; requested: BackendId; fallbackReason?: string; threads?: number; threadsNote?: string; crossOriginIsolated: boolean }
  | { type: 'dataset-progress'; loaded: number; total?: number; message: string }
  | { type: 'dataset'; info: DatasetInfo }
  | { type: 'dataset-error'; message: string }
  | { type: 'event'; runId: string; event: TrainEvent }
  | { type: 'run-error'; runId: string; message: string }
  | { type: 'test-images'; images: Uint8Array; labels: Uint8Array; imageShape: [number, number, number] }
  | { type: 'deployable'; runId: string; binaryLayers?: number; reason?: string }
  | { type: 'deploy-progress'; message: string; done: number; total: number }
  | { type: 'deploy-result'; source: string; report: DeployReport }
  | { type: 'deploy-error'; message: string }
  | { type: 'model-file'; runId: string; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'error'; message: string };

/** At most the four IDX files of a dataset, with room for a duplicate. */
export const MAX_DATASET_URLS = 8;

const datasetIdSchema = z.enum(['mnist', 'fashion-mnist', 'cifar10']);

/** Structural check of page → worker messages; the config itself is validated by `restoreConfig`. */
export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), backend: z.enum(BACKEND_IDS) }),
  z.object({ type: z.literal('load-embedded') }),
  z.object({ type: z.literal('load-files'), files: z.array(z.custom<File>((f) => typeof Blob !== 'undefined' && f instanceof Blob)).min(1), datasetId: datasetIdSchema.optional() }),
  z.object({ type: z.literal('load-urls'), urls: z.array(z.string().min(1).max(2048)).min(1).max(MAX_DATASET_URLS), datasetId: datasetIdSchema.optional() }),
  z.object({ type: z.literal('train'), runId: z.string().min(1).max(100), config: z.unknown() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('test-images'), count: z.number().int().min(1).max(1000) }),
  z.object({
    type: z.literal('deploy'),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('run'), runId: z.string().min(1).max(100) }),
      z.object({ kind: z.literal('file'), file: z.custom<File>((f) => typeof Blob !== 'undefined' && f instanceof Blob) }),
    ]),
    engine: z.enum(['auto', 'js']),
    batchSize: z.number().int().min(1).max(10000),
    testLimit: z.number().int().min(0),
    floatOn: z.enum(['training', 'webgpu']),
  }),
  z.object({ type: z.literal('deploy-stop') }),
  z.object({ type: z.literal('export-model'), runId: z.string().min(1).max(100) }),
]);

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
  if (message.type === 'model-file') return [message.bytes.buffer];
  if (message.type !== 'event' || message.event.type !== 'snapshot') return [];
  return message.event.layers.flatMap((l) => [
    l.histogram.edges.buffer,
    l.histogram.counts.buffer,
    l.quantizedHistogram.edges.buffer,
    l.quantizedHistogram.counts.buffer,
    ...(l.channelLevels ? [l.channelLevels.buffer] : []),
  ]);
}
