import { existsSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
// The gradients (and the CPU backend) the trainer needs, as the worker gets them.
import '@tensorflow/tfjs';

/** SwiftShader's Vulkan driver, as Debian's Chromium ships it. */
const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/**
 * Starts tfjs's WebGPU backend in Node on Dawn (the `webgpu` package) with SwiftShader,
 * or says why it cannot (no Vulkan loader, no driver, no adapter).
 */
export async function startDawnBackend(): Promise<string | undefined> {
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD)) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  try {
    const { create, globals } = await import('webgpu');
    Object.assign(globalThis, globals);
    const gpu = create([]);
    const adapter = await gpu.requestAdapter();
    if (!adapter) return `Dawn found no WebGPU adapter (VK_ICD_FILENAMES=${process.env.VK_ICD_FILENAMES ?? 'unset'}; Debian's libvulkan1 and chromium provide the loader and SwiftShader)`;
    // Node 20 has no navigator; newer ones have one without gpu.
    if (typeof globalThis.navigator === 'undefined') Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
    Object.defineProperty(globalThis.navigator, 'gpu', { value: gpu, configurable: true });
    // The backend registers itself on import only where navigator.gpu exists.
    await import('@tensorflow/tfjs-backend-webgpu');
    if (!(await tf.setBackend('webgpu'))) return 'the tfjs WebGPU backend did not start on Dawn';
    await tf.ready();
    return undefined;
  } catch (error) {
    return `WebGPU in Node is unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The device of the active tfjs WebGPU backend. */
export const dawnDevice = (): GPUDevice => (tf.backend() as unknown as { device: GPUDevice }).device;

/** tfjs's own WebGPU factory, kept across restarts. */
let tfjsFactory: (() => tf.KernelBackend | Promise<tf.KernelBackend>) | undefined;

/**
 * Replaces the WebGPU backend by one on a new device, as a new worker gets: `limits`
 * asks for the adapter's defaults instead of its maximums (a smaller GPU).
 */
export async function restartWebGPUBackend(limits: 'maximum' | 'default' = 'maximum'): Promise<void> {
  const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
  tfjsFactory ??= tf.findBackendFactory('webgpu');
  const factory = tfjsFactory;
  tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', async () => {
    if (limits === 'maximum') return factory();
    const adapter = await navigator.gpu.requestAdapter();
    return new WebGPUBackend(await adapter!.requestDevice());
  });
  if (!(await tf.setBackend('webgpu'))) throw new Error('the tfjs WebGPU backend did not restart');
  await tf.ready();
}
