import { z } from 'zod';
import type { BackendId, ExperimentConfig } from '../experiment/config';
import { BACKEND_IDS } from '../experiment/config';
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
  | { type: 'load-url'; url: string; datasetId?: ExperimentConfig['dataset']['id'] }
  | { type: 'train'; runId: string; config: ExperimentConfig }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'test-images'; count: number };

/** Messages from the worker to the page. */
export type FromWorker =
  | { type: 'backend'; name: string; requested: BackendId; fallbackReason?: string }
  | { type: 'dataset-progress'; loaded: number; total?: number; message: string }
  | { type: 'dataset'; info: DatasetInfo }
  | { type: 'dataset-error'; message: string }
  | { type: 'event'; runId: string; event: TrainEvent }
  | { type: 'run-error'; runId: string; message: string }
  | { type: 'test-images'; images: Uint8Array; labels: Uint8Array; imageShape: [number, number, number] }
  | { type: 'error'; message: string };

const datasetIdSchema = z.enum(['mnist', 'fashion-mnist', 'cifar10']);

/** Structural check of page → worker messages; the config itself is validated by `restoreConfig`. */
export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), backend: z.enum(BACKEND_IDS) }),
  z.object({ type: z.literal('load-embedded') }),
  z.object({ type: z.literal('load-files'), files: z.array(z.custom<File>((f) => typeof Blob !== 'undefined' && f instanceof Blob)).min(1), datasetId: datasetIdSchema.optional() }),
  z.object({ type: z.literal('load-url'), url: z.string().min(1).max(2048), datasetId: datasetIdSchema.optional() }),
  z.object({ type: z.literal('train'), runId: z.string().min(1).max(100), config: z.unknown() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('test-images'), count: z.number().int().min(1).max(1000) }),
]);

const fromTypes = ['backend', 'dataset-progress', 'dataset', 'dataset-error', 'event', 'run-error', 'test-images', 'error'] as const;

/** The page's check of worker → page messages: a known type, or it is dropped. */
export function isFromWorker(data: unknown): data is FromWorker {
  return typeof data === 'object' && data !== null && fromTypes.includes((data as { type: never }).type);
}

/** Typed array buffers of an event, to transfer rather than copy. */
export function transferablesOf(message: FromWorker): Transferable[] {
  if (message.type === 'test-images') return [message.images.buffer, message.labels.buffer];
  if (message.type !== 'event' || message.event.type !== 'snapshot') return [];
  return message.event.layers.flatMap((l) => [l.histogram.edges.buffer, l.histogram.counts.buffer, l.quantizedHistogram.edges.buffer, l.quantizedHistogram.counts.buffer]);
}
