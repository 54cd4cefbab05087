import type { ModelSummary } from '../model/summary';

export type { DecisionScope, Histogram, LayerSnapshot } from '../model/layer-snapshot';
import type { LayerSnapshot } from '../model/layer-snapshot';

export type TrainPhase = 'train' | 'float' | 'calibrate' | 'finetune';

/** The settings a run takes while it trains; every other setting is fixed at its start. */
export const LIVE_SETTINGS = ['learningRate', 'lambda'] as const;
export type LiveSetting = (typeof LIVE_SETTINGS)[number];

export interface SettingChange {
  setting: LiveSetting;
  previous: number;
  value: number;
  fromStep: number;
}

/** The metrics of one finished epoch. */
export interface EpochRecord {
  phase: TrainPhase;
  epoch: number;
  /** Mean training loss over the epoch. */
  loss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Mean cross-entropy on the test split. */
  testLoss: number;
  /** Learning rate at the end of the epoch. */
  learningRate: number;
  seconds: number;
  /** The training method's numbers at the epoch's end (frozen share, ADMM's primal residual ‖W − G‖). */
  method?: Record<string, number>;
}

/** Everything the training engine reports, as a closed union. */
export type TrainEvent =
  | {
      type: 'start';
      backend: string;
      epochs: number;
      batchesPerEpoch: number;
      trainCount: number;
      testCount: number;
      summary: ModelSummary;
    }
  | { type: 'phase'; phase: TrainPhase; message: string }
  | {
      type: 'batch';
      phase: TrainPhase;
      epoch: number;
      batch: number;
      batchesPerEpoch: number;
      /** Global step across phases. */
      step: number;
      totalSteps: number;
      loss: number;
      accuracy: number;
      learningRate: number;
      examplesPerSecond: number;
    }
  | ({ type: 'epoch' } & EpochRecord)
  | { type: 'snapshot'; phase: TrainPhase; epoch: number; step: number; layers: LayerSnapshot[] }
  /**
   * A named evaluation outside the epochs (`float`, `ptq` in post-training quantization),
   * placed after `step` batches and `epoch` epochs counted across phases.
   */
  | { type: 'evaluation'; label: string; phase: TrainPhase; testAccuracy: number; testLoss: number; step: number; epoch: number }
  /** A live setting changed during the run; it holds from batch `fromStep` on (1-based, as `batch.step`). */
  | ({ type: 'setting' } & SettingChange)
  | {
      type: 'done';
      /** `diverged`: stopped because the loss or the weights blew up; `message` says where and what to change. */
      status: 'finished' | 'cancelled' | 'diverged';
      message?: string;
      testAccuracy: number;
      /** The phase whose network `testAccuracy` measures (`float`: a PTQ run stopped before quantization). */
      resultPhase: TrainPhase;
      /** Confusion matrix, confusion[true][predicted]. */
      confusion: number[][];
      /** Predicted labels of the first test images (for the sample grid). */
      samplePredictions: number[];
      seconds: number;
    };

export type TrainEventOf<T extends TrainEvent['type']> = Extract<TrainEvent, { type: T }>;
