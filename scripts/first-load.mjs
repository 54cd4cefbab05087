// What a browser downloads before the page can run: the entry chunk of a production
// build and the chunks it imports statically (index.html preloads exactly these).
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Builds `root` in memory and describes its first load. */
export async function firstLoad(root = process.cwd()) {
  // A production build whatever the caller's NODE_ENV (vitest sets "test", which picks React's development build).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result;
  try {
    result = await build({ root, mode: 'production', logLevel: 'silent', build: { write: false } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const loaded = new Map();
  const visit = (c) => {
    if (loaded.has(c.fileName)) return;
    loaded.set(c.fileName, c);
    for (const name of c.imports) visit(byName.get(name));
  };
  visit(entry);
  const files = [...loaded.values()];
  const modules = files.flatMap((c) => c.moduleIds ?? Object.keys(c.modules ?? {}));
  return {
    files: files.map((c) => c.fileName),
    bytes: files.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzipBytes: files.reduce((n, c) => n + gzipSync(c.code).length, 0),
    modules,
    tfjsModules: modules.filter((m) => m.includes('@tensorflow')),
  };
}
