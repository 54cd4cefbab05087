import { describe, expect, it } from 'vitest';
import { backendSummary } from './backend-wording';

describe('backendSummary', () => {
  it('says in one line what trains where and where binary layers run', () => {
    const wasm = backendSummary({
      name: 'wasm', requested: 'auto', threads: 2, crossOriginIsolated: true,
      fallbackReason: 'the WebGPU adapter is a software renderer (google swiftshader), slower than WASM; WebGL renders in software (SwiftShader), slower than WASM',
      binary: { kind: 'webgpu', adapter: 'SwiftShader', software: true },
    });
    expect(wasm.line).toBe('Training on WASM (2 threads, fallback); binary layers on WebGPU (SwiftShader)');
    expect(wasm.details[0]).toBe('Training runs on WASM because the faster backends were passed over: the WebGPU adapter is a software renderer (google swiftshader), slower than WASM; WebGL renders in software (SwiftShader), slower than WASM.');
    expect(wasm.details.join(' ')).toContain('emulates the GPU on the CPU');
  });

  it('names the JavaScript path and its reason, the missing isolation, and a chosen backend', () => {
    const cpu = backendSummary({ name: 'cpu', requested: 'cpu', crossOriginIsolated: true, binary: { kind: 'js', reason: 'WebGPU is not available in this browser' } });
    expect(cpu.line).toBe('Training on CPU; binary layers in JavaScript');
    expect(cpu.details).toEqual(['Training runs on CPU, as chosen under Backend.', 'Deploy runs binary layers on the same packed algorithm in JavaScript: WebGPU is not available in this browser.']);
    const lone = backendSummary({ name: 'wasm', requested: 'wasm', threads: 1, threadsNote: 'single-threaded: the page is not cross-origin isolated', crossOriginIsolated: false });
    expect(lone.line).toBe('Training on WASM (1 thread, not cross-origin isolated)');
    expect(lone.details).toContain('WASM threads: single-threaded: the page is not cross-origin isolated.');
    expect(backendSummary({}).line).toBe('Starting the training backend…');
  });
});
