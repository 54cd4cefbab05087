import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The entry points of what ships: the page, its worker and the CLI. */
const ENTRIES = ['src/ui/main.tsx', 'src/worker/lab.worker.ts', 'src/cli/qlab.ts'];
/** Static and dynamic imports, re-exports and `new URL(..., import.meta.url)` (workers). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"]([^'"]+)['"]/g;

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // a package
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const found = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find(isFile);
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

/** Every project file reachable by imports from the entry points (repo-relative). */
function shippedFiles(): Set<string> {
  const seen = new Set<string>();
  const queue = ENTRIES.map((e) => resolve(ROOT, e));
  while (queue.length) {
    const file = queue.pop()!;
    const rel = relative(ROOT, file);
    if (seen.has(rel)) continue;
    seen.add(rel);
    if (!/\.tsx?$/.test(file)) continue;
    // Comment lines may quote import syntax.
    const code = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/\*|\*).*$/gm, '');
    for (const m of code.matchAll(SPECIFIER)) {
      const target = resolveImport(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('shipped code', () => {
  const files = shippedFiles();

  it('reaches the binary engine from the entry points', () => {
    for (const f of ['src/kernels/engine.ts', 'src/kernels/webgpu.ts', 'src/kernels/params.ts', 'src/kernels/float_epilogue.wgsl']) expect(files, f).toContain(f);
  });

  it('imports no test or test-support module and nothing from e2e/', () => {
    const testOnly = [...files].filter((f) => /\.test(-support)?\.tsx?$|(^|\/)test-support\.ts$|^e2e\//.test(f));
    expect(testOnly).toEqual([]);
    for (const f of ['src/kernels/fixtures.test-support.ts', 'src/kernels/verify.test-support.ts']) expect(existsSync(resolve(ROOT, f)), f).toBe(true);
  });
});
