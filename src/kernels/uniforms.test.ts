import { describe, expect, it } from 'vitest';
import { KERNEL_PARAMS } from './params';
import type { UniformLayout } from './uniforms';
import { packUniforms, uniformLayout, UniformError, wgslStruct } from './uniforms';
import type { KernelName } from './webgpu';
import { KERNEL_PARTS, KERNEL_SOURCES, sourceLocation } from './webgpu';

const kernels = Object.keys(KERNEL_PARAMS) as KernelName[];

/** Name and type of each field of the first `struct Params` in `wgsl`, in order. */
function parseParams(wgsl: string): { name: string; type: string }[] {
  const body = /struct Params \{([^}]*)\}/.exec(wgsl)?.[1];
  if (body === undefined) throw new Error('no struct Params');
  return [...body.matchAll(/^\s*(\w+)\s*:\s*(\w+)\s*,/gm)].map((m) => ({ name: m[1], type: m[2] }));
}

/** A record with a distinct value per field: 1000 + index, or index + 0.25 for f32. */
function sampleValues(layout: UniformLayout): Record<string, number> {
  return Object.fromEntries(layout.fields.map((f, i) => [f.name, f.type === 'f32' ? i + 0.25 : f.type === 'i32' ? -1000 - i : 1000 + i]));
}

describe.each(kernels)('uniforms of %s', (kernel) => {
  const layout: UniformLayout = KERNEL_PARAMS[kernel];

  it('generates a struct Params with the fields of the table, in order', () => {
    expect(parseParams(wgslStruct(layout))).toEqual(layout.fields.map((f) => ({ name: f.name, type: f.type })));
  });

  it('lays out scalars at consecutive 4-byte offsets in a buffer of whole 16-byte rows', () => {
    expect(layout.fields.map((f) => f.offset)).toEqual(layout.fields.map((_, i) => 4 * i));
    expect(layout.size).toBe(4 * layout.fields.length);
    expect(layout.bufferSize).toBe(Math.ceil(layout.size / 16) * 16);
  });

  it('compiles the generated struct in, declared once, and no .wgsl part declares it', () => {
    expect(KERNEL_SOURCES[kernel].startsWith(wgslStruct(layout))).toBe(true);
    expect(KERNEL_SOURCES[kernel].match(/struct Params\b/g)).toHaveLength(1);
    for (const part of KERNEL_PARTS[kernel].filter((p) => p.file.endsWith('.wgsl'))) expect(part.text, part.file).not.toMatch(/struct Params\b/);
  });

  it('declares exactly the fields the shader reads', () => {
    const code = KERNEL_PARTS[kernel]
      .filter((p) => p.file.endsWith('.wgsl'))
      .map((p) => p.text.replace(/\/\/.*$/gm, ''))
      .join('\n');
    const read = new Set([...code.matchAll(/\bparams\.(\w+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(layout.fields.map((f) => f.name).sort());
  });

  it('writes each field of a record at its offset', () => {
    const values = sampleValues(layout);
    const buffer = packUniforms(layout, values);
    expect(buffer.byteLength).toBe(layout.bufferSize);
    const view = new DataView(buffer);
    for (const f of layout.fields) {
      const got = f.type === 'f32' ? view.getFloat32(f.offset, true) : f.type === 'i32' ? view.getInt32(f.offset, true) : view.getUint32(f.offset, true);
      expect(got, f.name).toBe(values[f.name]);
    }
    for (let b = layout.size; b < layout.bufferSize; b++) expect(view.getUint8(b)).toBe(0);
  });

  it('throws on a missing or an extra field', () => {
    const values = sampleValues(layout);
    const [first] = layout.fields;
    const { [first.name]: _, ...missing } = values;
    expect(() => packUniforms(layout, missing)).toThrow(new RegExp(`missing ${first.name}`));
    expect(() => packUniforms(layout, { ...values, extraField: 1 })).toThrow(/unknown extraField/);
    expect(() => packUniforms(layout, missing)).toThrow(UniformError);
  });
});

describe('uniform layouts', () => {
  const layout = uniformLayout('Params', { a: 'u32', b: 'i32', c: 'f32', d: 'u32', e: 'u32' }, 'test');

  it('rounds the buffer up to 16 bytes and keeps declaration order', () => {
    expect(layout.fields.map((f) => [f.name, f.offset])).toEqual([['a', 0], ['b', 4], ['c', 8], ['d', 12], ['e', 16]]);
    expect([layout.size, layout.bufferSize]).toEqual([20, 32]);
    expect(wgslStruct(layout)).toContain('  b: i32, // offset 4\n');
  });

  it('rejects values a field type cannot hold', () => {
    const ok = { a: 0, b: -5, c: Math.PI, d: 0xffffffff, e: 7 };
    const view = new DataView(packUniforms(layout, ok));
    expect([view.getUint32(0, true), view.getInt32(4, true), view.getFloat32(8, true), view.getUint32(12, true)]).toEqual([0, -5, Math.fround(Math.PI), 0xffffffff]);
    for (const bad of [{ a: -1 }, { a: 1.5 }, { d: 2 ** 32 }, { b: 2 ** 31 }, { e: Number.NaN }]) {
      expect(() => packUniforms(layout, { ...ok, ...bad }), JSON.stringify(bad)).toThrow(UniformError);
    }
  });

  it('rejects names that are not WGSL identifiers', () => {
    expect(() => uniformLayout('Params', { '0': 'u32' }, 'test')).toThrow(UniformError);
    expect(() => uniformLayout('Params', { 'a-b': 'u32' }, 'test')).toThrow(UniformError);
  });
});

describe('module sources', () => {
  it('maps a line of the joined source back to its file', () => {
    const parts = KERNEL_PARTS.conv2d_float;
    const source = KERNEL_SOURCES.conv2d_float.split('\n');
    for (const part of parts) {
      const marker = part.text.split('\n').findIndex((l) => l.trim().length > 0);
      const line = source.indexOf(part.text.split('\n')[marker]) + 1;
      expect(sourceLocation(parts, line)).toBe(`${part.file}:${marker + 1}`);
    }
    expect(parts.map((p) => p.file)).toEqual(['params.ts (generated Params)', 'conv2d_float.wgsl', 'float_epilogue.wgsl', 'conv2d_store.wgsl']);
  });
});
