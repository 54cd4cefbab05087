import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** A bad command line: reported as one line, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses a finite number, naming the option when it is not one. */
export function parseNumber(option: string, text: string | undefined): number {
  if (text === undefined || text.trim() === '') throw new UsageError(`${option} needs a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) throw new UsageError(`${option}: "${text}" is not a finite number`);
  return value;
}

/** Parses a whole number within [min, max]. */
export function parseInteger(option: string, text: string | undefined, min: number, max: number): number {
  const value = parseNumber(option, text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** Parses repeated `name=value` options into a record of numbers. */
export function parseParams(option: string, entries: string[] | undefined): Record<string, number> {
  const params: Record<string, number> = {};
  for (const entry of entries ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`${option} takes name=value, got "${entry}"`);
    const name = entry.slice(0, eq);
    params[name] = parseNumber(`${option} ${name}`, entry.slice(eq + 1));
  }
  return params;
}

/** Parses a comma-separated list of numbers such as `--values=-1,0,0.5`. */
export function parseValueList(option: string, text: string): number[] {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) throw new UsageError(`${option} is empty`);
  return parts.map((part, i) => {
    const value = Number(part);
    if (part === '' || !Number.isFinite(value)) {
      throw new UsageError(`${option}: item ${i + 1} ("${part}") is not a finite number`);
    }
    return value;
  });
}

/** The option table accepted by `parseOptions` (node:util parseArgs options). */
export type OptionTable = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

type ParsedValue<O> = O extends { type: 'boolean'; multiple: true }
  ? boolean[]
  : O extends { type: 'boolean' }
    ? boolean
    : O extends { multiple: true }
      ? string[]
      : string;

export type ParsedOptions<T extends OptionTable> = { [K in keyof T]?: ParsedValue<T[K]> };

/**
 * Parses `argv` strictly against `table`: unknown options, positionals, missing values
 * and repeats of a non-repeatable option are UsageErrors with a one-line message.
 */
export function parseOptions<T extends OptionTable>(argv: string[], table: T): ParsedOptions<T> {
  let parsed: { values: Record<string, unknown>; tokens?: Array<{ kind: string; name?: string }> };
  try {
    parsed = parseArgs({ args: argv, options: table, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/\s*\n\s*/g, ' ').trim());
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name) && !table[token.name]?.multiple) {
      throw new UsageError(`--${token.name} given more than once`);
    }
    seen.add(token.name);
  }
  return parsed.values as ParsedOptions<T>;
}

/** Checks that `data` is a non-empty array of finite numbers. */
function finiteNumberList(source: string, data: unknown): number[] {
  if (!Array.isArray(data)) throw new UsageError(`${source} must hold a JSON array of numbers or {"values": [...]}`);
  if (data.length === 0) throw new UsageError(`${source} holds no values`);
  data.forEach((item, i) => {
    if (typeof item !== 'number' || !Number.isFinite(item)) {
      throw new UsageError(`${source}: item ${i + 1} (${JSON.stringify(item) ?? String(item)}) is not a finite number`);
    }
  });
  return data as number[];
}

/**
 * The input vector from exactly one of `--values=v1,v2,...` and `--values-file FILE.json`
 * (a JSON array of numbers, or an object whose `values` is one).
 */
export function readValues(inline: string | undefined, file: string | undefined): number[] {
  if (inline !== undefined && file !== undefined) throw new UsageError('give either --values or --values-file, not both');
  if (inline !== undefined) return parseValueList('--values', inline);
  if (file === undefined) throw new UsageError('missing input: give --values=v1,v2,... or --values-file FILE.json');
  if (file.trim() === '') throw new UsageError('--values-file needs a file name');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new UsageError(`--values-file: cannot read "${file}" (${reason})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`--values-file: "${file}" is not valid JSON`);
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    if (!('values' in data)) throw new UsageError(`--values-file: "${file}" has no "values" array`);
    data = (data as { values: unknown }).values;
  }
  return finiteNumberList(`--values-file "${file}"`, data);
}
