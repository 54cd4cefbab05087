/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `--mode e2e` builds the lab together with the test harness pages of e2e/harness into
// dist-e2e, which the end-to-end tests serve with `vite preview`; `npm run build`
// builds the lab alone.
// Cross-origin isolation (COOP + COEP), so that the page and its worker may share
// memory and the WASM backend runs its threaded binary on every core. `credentialless`
// still lets a page load cross-origin resources that send no CORP header.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'credentialless',
};

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  server: { port: 5173, strictPort: false, headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  worker: { format: 'es' },
  optimizeDeps: {
    // Pre-bundled up front: the worker's imports are found only when it starts, and a
    // re-optimisation then would invalidate the modules it is loading.
    include: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-webgl',
      '@tensorflow/tfjs-backend-webgpu',
      '@tensorflow/tfjs-backend-wasm',
      'zod',
      'fflate',
    ],
  },
  build:
    mode === 'e2e'
      ? {
          outDir: 'dist-e2e',
          rollupOptions: {
            input: {
              main: 'index.html',
              kernels: 'e2e/harness/kernels.html',
              bench: 'e2e/harness/bench.html',
              ort: 'e2e/harness/ort.html',
              faults: 'e2e/harness/faults.html',
            },
          },
        }
      : {},
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
}));
