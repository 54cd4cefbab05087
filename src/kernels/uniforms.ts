/**
 * Uniform structs from one declaration: a layout lists a struct's fields in order with
 * their WGSL types; the WGSL `struct` text and the bytes the host writes are both
 * derived from it, with WGSL's memory layout rules (offset = roundUp(align, previous
 * end), struct size rounded up to the struct's alignment).
 */

/** Scalar types a uniform field can have. */
export type UniformType = 'u32' | 'i32' | 'f32';

/** SizeOf and AlignOf of each type (WGSL "Alignment and Size"). */
const TYPE_LAYOUT: Record<UniformType, { size: number; align: number }> = {
  u32: { size: 4, align: 4 },
  i32: { size: 4, align: 4 },
  f32: { size: 4, align: 4 },
};

/** A field with its byte offset in the struct. */
export interface UniformField<F extends string = string> {
  name: F;
  type: UniformType;
  offset: number;
}

/** A struct layout; `F` is the union of its field names. */
export interface UniformLayout<F extends string = string> {
  struct: string;
  fields: readonly UniformField<F>[];
  /** SizeOf(struct). */
  size: number;
  /** Bytes of the uniform buffer: the struct size rounded up to 16. */
  bufferSize: number;
  /** Where the declaration lives, named in the generated WGSL. */
  source: string;
}

/** Values of every field of a layout, by name. */
export type UniformValues<L extends UniformLayout> = Record<L['fields'][number]['name'], number>;

/** A record that does not fit its layout (missing, unknown or out-of-range fields). */
export class UniformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UniformError';
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const roundUp = (align: number, n: number) => Math.ceil(n / align) * align;

/**
 * The layout of `struct <struct> { ... }` with the fields of `types` in declaration
 * order (field names are identifiers, so object key order is declaration order).
 */
export function uniformLayout<const T extends Record<string, UniformType>>(struct: string, types: T, source: string): UniformLayout<keyof T & string> {
  const fields: UniformField<keyof T & string>[] = [];
  let end = 0;
  let align = 1;
  for (const [name, type] of Object.entries(types)) {
    if (!IDENTIFIER.test(name)) throw new UniformError(`${struct}: field name "${name}" is not a WGSL identifier`);
    const t = TYPE_LAYOUT[type];
    if (!t) throw new UniformError(`${struct}.${name}: unsupported type ${String(type)}`);
    const offset = roundUp(t.align, end);
    fields.push({ name: name as keyof T & string, type, offset });
    end = offset + t.size;
    align = Math.max(align, t.align);
  }
  if (!fields.length) throw new UniformError(`${struct}: a struct needs at least one field`);
  const size = roundUp(align, end);
  return { struct, fields, size, bufferSize: roundUp(16, size), source };
}

/** The WGSL declaration of a layout, one field a line with its byte offset. */
export function wgslStruct(layout: UniformLayout): string {
  const width = Math.max(...layout.fields.map((f) => f.name.length + f.type.length + 3));
  const lines = layout.fields.map((f) => `  ${`${f.name}: ${f.type},`.padEnd(width)} // offset ${f.offset}`);
  return `// Generated from the layout in ${layout.source}.\nstruct ${layout.struct} {\n${lines.join('\n')}\n}\n`;
}

function checkValue(struct: string, f: UniformField, v: unknown): number {
  if (typeof v !== 'number') throw new UniformError(`${struct}.${f.name}: expected a number, got ${typeof v}`);
  const ok = f.type === 'u32' ? Number.isInteger(v) && v >= 0 && v <= 0xffffffff : f.type === 'i32' ? Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff : true;
  if (!ok) throw new UniformError(`${struct}.${f.name}: ${v} is not a ${f.type}`);
  return v;
}

/**
 * The uniform buffer contents (`bufferSize` bytes, little-endian) of `values`, each
 * field at its offset. Throws a {@link UniformError} for a missing or unknown field or
 * a value its type cannot hold.
 */
export function packUniforms<L extends UniformLayout>(layout: L, values: UniformValues<L>): ArrayBuffer {
  const record = values as Record<string, unknown>;
  const known = new Set(layout.fields.map((f) => f.name));
  const missing = layout.fields.filter((f) => !Object.hasOwn(record, f.name)).map((f) => f.name);
  const unknown = Object.keys(record).filter((k) => !known.has(k));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean);
    throw new UniformError(`${layout.struct} (${layout.source}): ${parts.join('; ')}`);
  }
  const buffer = new ArrayBuffer(layout.bufferSize);
  const view = new DataView(buffer);
  for (const f of layout.fields) {
    const v = checkValue(layout.struct, f, record[f.name]);
    if (f.type === 'u32') view.setUint32(f.offset, v, true);
    else if (f.type === 'i32') view.setInt32(f.offset, v, true);
    else view.setFloat32(f.offset, v, true);
  }
  return buffer;
}
