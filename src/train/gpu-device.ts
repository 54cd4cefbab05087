import type { RunControl } from './trainer';

export interface GpuDeviceWatch {
  /** The run in progress, if any: it is failed by the device's errors and stopped when the device is lost. */
  control: () => RunControl | undefined;
  /** The device is gone: this worker cannot train on it again (tfjs keeps the device it started with). */
  onLost: (message: string) => void;
}

/**
 * The error a GPU error event fails the run with. tfjs does not check the device's
 * errors: a buffer over the device's limit or an allocation the adapter refuses only
 * shows here, and the run's numbers are not to be trusted after it.
 */
export function gpuErrorOf(error: GPUError): Error {
  const outOfMemory = typeof GPUOutOfMemoryError !== 'undefined' && error instanceof GPUOutOfMemoryError;
  // Dawn's messages add advice and the failed call's stack: the first sentence says what failed.
  const first = error.message.split('\n')[0].trim().replace(/\. .*$/, '');
  return new Error(`the WebGPU device reported ${outOfMemory ? 'out of memory' : 'an error'}: ${first}`);
}

/**
 * Watches the device a run trains on: an error it reports fails the run in progress
 * (with the setting to lower when it is an allocation), and its loss stops the run and
 * is reported once.
 */
export function watchGpuDevice(device: GPUDevice, watch: GpuDeviceWatch): void {
  device.addEventListener('uncapturederror', (event) => {
    watch.control()?.fail(gpuErrorOf((event as GPUUncapturedErrorEvent).error));
  });
  void device.lost.then((info) => {
    watch.control()?.cancel();
    watch.onLost(info.message || info.reason || 'unknown reason');
  });
}

/**
 * Whether `device` is lost within `ms`. A read in flight when the device goes fails
 * ("Buffer was unmapped before mapping was resolved") before `device.lost` resolves:
 * a run that fails on WebGPU asks this before blaming the run.
 */
export async function lostWithin(device: Pick<GPUDevice, 'lost'>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([device.lost.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an error is a GPU read cut off (its buffer destroyed, as a lost device's are). */
export function readCutOff(error: unknown): boolean {
  return /unmapped before mapping was resolved|mapAsync|device (was|is) (lost|destroyed)/i.test(error instanceof Error ? error.message : String(error));
}
