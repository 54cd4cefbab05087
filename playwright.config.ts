import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 5199);

/**
 * End-to-end tests in the system Chromium. Three projects: one with a real WebGPU
 * adapter (SwiftShader in headless mode), one without, to prove the fallbacks, and one
 * whose WebGPU adapter tfjs can train on (`@webgpu-training`).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://localhost:${PORT}` },
  // A production build (with the harness pages), as users get it: the dev server's
  // unbundled modules and React's development build would distort timings.
  webServer: {
    command: `npx vite build --mode e2e --logLevel warn && npx vite preview --mode e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
  projects: [
    {
      name: 'webgpu',
      grepInvert: /@fallback|@webgpu-training/,
      use: {
        launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] },
      },
    },
    {
      // With the default flags, the canvas copy behind tfjs WebGPU's synchronous read returns zeros on SwiftShader
      // and the page trains on WebGL; with Vulkan on SwiftShader for the rest of the GPU process too, it reads right.
      name: 'webgpu-training',
      grep: /@webgpu-training/,
      use: {
        launchOptions: {
          executablePath: chromiumPath(),
          args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader', '--use-angle=swiftshader'],
        },
      },
    },
    {
      name: 'no-webgpu',
      grep: /@fallback/,
      use: { launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } },
    },
  ],
});
