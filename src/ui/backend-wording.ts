import type { BackendStatus } from './store';

/** A tfjs backend's name as the page writes it. */
const BACKEND_NAMES: Record<string, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };
const backendName = (name: string) => BACKEND_NAMES[name] ?? name.toUpperCase();

/**
 * The header's one line on what runs where ("Training on WASM (2 threads); binary
 * layers on WebGPU (SwiftShader)") and the reasons behind it, one sentence each.
 */
export function backendSummary(status: BackendStatus): { line: string; details: string[] } {
  if (!status.name) return { line: 'Starting the training backend…', details: [] };
  const training: string[] = [];
  if (status.threads) training.push(`${status.threads} thread${status.threads > 1 ? 's' : ''}`);
  if (status.name === 'wasm' && status.crossOriginIsolated === false) training.push('not cross-origin isolated');
  if (status.fallbackReason) training.push('fallback');
  const binary = status.binary;
  const binaryPart = !binary ? '' : binary.kind === 'webgpu' ? `; binary layers on WebGPU (${binary.adapter})` : '; binary layers in JavaScript';
  const line = `Training on ${backendName(status.name)}${training.length ? ` (${training.join(', ')})` : ''}${binaryPart}`;

  const details: string[] = [];
  const requested = status.requested ?? 'auto';
  if (status.fallbackReason) {
    details.push(`Training runs on ${backendName(status.name)} because ${requested === 'auto' ? 'the faster backends were passed over' : `${backendName(requested)} did not start`}: ${status.fallbackReason}.`);
  } else if (requested === 'auto') {
    details.push(`Training runs on ${backendName(status.name)}, the first of WebGPU → WebGL → WASM → CPU that works here (a GPU backend that renders in software is skipped).`);
  } else {
    details.push(`Training runs on ${backendName(status.name)}, as chosen under Backend.`);
  }
  if (status.threadsNote) details.push(`WASM threads: ${status.threadsNote}.`);
  else if (status.name === 'wasm' && status.threads) details.push(`WASM runs ${status.threads} thread${status.threads > 1 ? 's' : ''}, one per core (tfjs takes up to 8).`);
  if (binary?.kind === 'webgpu') {
    details.push(
      `Deploy runs binary layers as XNOR-popcount WebGPU kernels on ${binary.adapter}` +
        (binary.software ? ', a software adapter that emulates the GPU on the CPU: its timings say little about a real GPU.' : '.'),
    );
  } else if (binary) {
    details.push(`Deploy runs binary layers on the same packed algorithm in JavaScript: ${binary.reason}.`);
  }
  return { line, details };
}
