#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm dependencies when they are missing or
// older than the lockfile, and (with --browser) Debian's Chromium when no Chromium
// or Chrome is on the machine, and the Vulkan loader that WebGPU in Node (Dawn, on
// Chromium's SwiftShader) needs. Uses only Node's standard library.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hasChromium } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function dependenciesStale() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return true;
  const lock = join(root, 'package-lock.json');
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
}

if (dependenciesStale()) {
  console.log('[bootstrap] installing npm dependencies…');
  run(existsSync(join(root, 'package-lock.json')) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
}


const VULKAN_LOADER = ['/usr/lib/x86_64-linux-gnu/libvulkan.so.1', '/usr/lib/aarch64-linux-gnu/libvulkan.so.1', '/usr/lib/libvulkan.so.1'];

if (process.argv.includes('--browser')) {
  const packages = [...(hasChromium() ? [] : ['chromium']), ...(VULKAN_LOADER.some((p) => existsSync(p)) ? [] : ['libvulkan1'])];
  if (packages.length) {
    console.log(`[bootstrap] installing Debian ${packages.join(', ')}…`);
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    try {
      run(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`);
    } catch (error) {
      // Without the Vulkan loader only the WebGPU-in-Node tests skip; without Chromium the browser tests fail and say why.
      if (packages.includes('chromium')) throw error;
      console.log(`[bootstrap] could not install ${packages.join(', ')}: the WebGPU tests in Node will skip`);
    }
  }
}
