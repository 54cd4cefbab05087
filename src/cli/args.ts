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
