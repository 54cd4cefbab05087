import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS } from './quant/facts';

// Rules about which code may know what, checked on the source text of shipped code
// (tests and test-support files are exempt).

const SRC = dirname(fileURLToPath(import.meta.url));
const isTestFile = (f: string) => /\.test\.tsx?$|test-support|testFixtures|test-setup/.test(f);

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !isTestFile(e.name) ? [path] : [];
  });
}

const rel = (f: string) => relative(SRC, f).replaceAll('\\', '/');
const FILES = sourceFiles().map((f) => ({ path: rel(f), text: readFileSync(f, 'utf8') }));

/** Relative imports of a file that survive compilation (not `import type`), resolved to src-relative paths. */
function runtimeImports(file: { path: string; text: string }): string[] {
  const out: string[] = [];
  for (const m of file.text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    out.push(m[2].startsWith('.') ? rel(resolve(SRC, dirname(file.path), m[2])) : m[2]);
  }
  return out;
}

/** Every import, type-only included, as src-relative paths or package names. */
function allImports(file: { path: string; text: string }): string[] {
  return [...file.text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) =>
    m[1].startsWith('.') ? rel(resolve(SRC, dirname(file.path), m[1])) : m[1],
  );
}

const byModule = new Map(FILES.map((f) => [f.path.replace(/\.tsx?$/, ''), f]));
const fileOf = (module: string) => byModule.get(module) ?? byModule.get(`${module}/index`);

describe('method facts live in the registry', () => {
  const ids = new Set<string>([...QUANTIZER_IDS, ...ESTIMATOR_IDS, ...REGULARIZER_IDS]);
  // What is compared: its last property names a method (`c.quantizer`, `def.id`, `estimatorId`).
  const aboutMethods = (subject: string) => /(quantizer|estimator|regularizer)(id)?$|^id$/i.test(subject.split(/[.?!\]\[]+/).filter(Boolean).pop() ?? '');

  it('no code outside src/quant/ switches on or compares with a quantizer, estimator or regularizer id', () => {
    const offences: string[] = [];
    for (const file of FILES.filter((f) => !f.path.startsWith('quant/'))) {
      for (const m of file.text.matchAll(/switch\s*\(([^)]*)\)\s*\{([\s\S]*?)\n\s*\}/g)) {
        if (!aboutMethods(m[1].trim())) continue;
        for (const c of m[2].matchAll(/case\s+'([^']+)'/g)) if (ids.has(c[1])) offences.push(`${file.path}: switch (${m[1]}) case '${c[1]}'`);
      }
      for (const m of file.text.matchAll(/([\w.?!\]\[]+)\s*[!=]==?\s*'([^']+)'|'([^']+)'\s*[!=]==?\s*([\w.?!\]\[]+)/g)) {
        const [subject, id] = m[2] ? [m[1], m[2]] : [m[4], m[3]];
        if (ids.has(id) && aboutMethods(subject)) offences.push(`${file.path}: ${m[0]}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('the facts half imports no tfjs, not even its types', () => {
    const seen = new Set<string>();
    const visit = (module: string) => {
      const file = fileOf(module);
      if (!file || seen.has(file.path)) return;
      seen.add(file.path);
      for (const dep of allImports(file)) {
        expect(dep.includes('@tensorflow'), `${file.path} imports ${dep}`).toBe(false);
        visit(dep);
      }
    };
    visit('quant/facts');
    expect(seen.size).toBeGreaterThan(4);
  });
});

describe('dependencies point one way', () => {
  const importsOf = (prefix: string) => FILES.filter((f) => f.path.startsWith(prefix)).flatMap((f) => allImports(f).map((dep) => `${f.path} → ${dep}`));

  it('model/ takes nothing from train/, worker/ or ui/', () => {
    expect(importsOf('model/').filter((l) => /→ (train|worker|ui)\//.test(l))).toEqual([]);
  });

  it('quant/ and data/ depend on no config module (nor anything above them)', () => {
    expect(importsOf('quant/').filter((l) => /→ (?!quant\/)[a-z]+\//.test(l) && !l.includes('→ data/random'))).toEqual([]);
    expect(importsOf('data/').filter((l) => /→ (?!data\/)[a-z]+\//.test(l))).toEqual([]);
  });

  it('experiment/ and the page read only the facts half of the registries', () => {
    const pageSide = FILES.filter((f) => /^(experiment|ui)\//.test(f.path) && f.path !== 'ui/explain.ts');
    const offences = pageSide.flatMap((f) => runtimeImports(f).filter((d) => /^quant(\/index)?$|^quant\/(quantizers|estimators|regularizers|fitted|core)$/.test(d)).map((d) => `${f.path} → ${d}`));
    expect(offences).toEqual([]);
  });
});
