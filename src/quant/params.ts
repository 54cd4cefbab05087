import type { ParamSpec } from './types';

/**
 * Checks given parameter values against their specs and fills in the defaults.
 *
 * @throws Error naming the parameter when a name is unknown, or a value is not a finite
 *   number, lies outside [min, max], or is fractional for an integer parameter.
 */
export function resolveParams(specs: Record<string, ParamSpec>, given: Record<string, number>): Record<string, number> {
  const resolved: Record<string, number> = {};
  for (const [name, value] of Object.entries(given)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name)) {
      const known = Object.keys(specs);
      throw new Error(`unknown parameter "${name}" (${known.length ? `expected one of: ${known.join(', ')}` : 'this method takes no parameters'})`);
    }
    const spec = specs[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`parameter "${name}" must be a finite number, got ${String(value)}`);
    if (value < spec.min || value > spec.max) throw new Error(`parameter "${name}" = ${value} is outside its range [${spec.min}, ${spec.max}]`);
    if (spec.integer && !Number.isInteger(value)) throw new Error(`parameter "${name}" must be an integer, got ${value}`);
    resolved[name] = value;
  }
  for (const [name, spec] of Object.entries(specs)) if (!(name in resolved)) resolved[name] = spec.default;
  return resolved;
}

/** The given values over the defaults, without validation (for options built elsewhere). */
export function withDefaults(specs: Record<string, ParamSpec>, given: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.default;
  return { ...out, ...(given ?? {}) };
}
