import { useEffect, useState } from 'react';
import type { ParamSpec } from '../../quant/types';

/** Checks a typed number against a range; returns the value or the reason it is refused. */
export function parseNumber(text: string, min: number, max: number, integer = false): { value: number } | { error: string } {
  if (text.trim() === '') return { error: 'Enter a number.' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `"${text}" is not a number.` };
  if (integer && !Number.isInteger(value)) return { error: 'Enter a whole number.' };
  if (value < min || value > max) return { error: `Must be between ${min} and ${max}.` };
  return { value };
}

/**
 * A number input that commits only valid values and says next to itself why a typed
 * value is refused (the config never holds an out-of-range value).
 */
export function NumberField({ field, value, min, max, integer, step, onCommit, disabled }: { field: string; value: number; min: number; max: number; integer?: boolean; step?: number; onCommit: (v: number) => void; disabled?: boolean }) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string>();
  useEffect(() => {
    setText((current) => (Number(current) === value ? current : String(value)));
    setError(undefined);
  }, [value]);
  return (
    <span className="number-field">
      <input
        type="number"
        data-field={field}
        data-testid={`field-${field}`}
        value={text}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumber(e.target.value, min, max, integer);
          if ('error' in parsed) setError(parsed.error);
          else {
            setError(undefined);
            if (parsed.value !== value) onCommit(parsed.value);
          }
        }}
      />
      {error && <span className="field-error" role="alert">{error}</span>}
    </span>
  );
}

export function SelectField<T extends string | number>({ field, value, options, onChange, disabled }: { field: string; value: T; options: { value: T; label: string; disabled?: boolean; title?: string }[]; onChange: (v: T) => void; disabled?: boolean }) {
  return (
    <select
      data-field={field}
      data-testid={`field-${field}`}
      value={String(value)}
      disabled={disabled}
      onChange={(e) => {
        const chosen = options.find((o) => String(o.value) === e.target.value);
        if (chosen) onChange(chosen.value);
      }}
    >
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)} disabled={o.disabled} title={o.title}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function CheckField({ field, checked, onChange, label }: { field: string; checked: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <label className="check">
      <input type="checkbox" data-field={field} data-testid={`field-${field}`} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** Inputs for a method's parameters within their documented ranges. */
export function ParamFields({ prefix, specs, values, onChange }: { prefix: string; specs: Record<string, ParamSpec>; values: Record<string, number>; onChange: (params: Record<string, number>) => void }) {
  const entries = Object.entries(specs);
  if (!entries.length) return null;
  return (
    <div className="params">
      {entries.map(([name, spec]) => (
        <label key={name} className="param" title={spec.doc}>
          <span>
            {spec.label}
            {spec.learned ? ' (initial, learned)' : ''}
          </span>
          <NumberField
            field={`${prefix}.${name}`}
            value={values[name] ?? spec.default}
            min={spec.min}
            max={spec.max}
            integer={spec.integer}
            onCommit={(v) => {
              const next = { ...values };
              if (v === spec.default) delete next[name];
              else next[name] = v;
              onChange(next);
            }}
          />
        </label>
      ))}
    </div>
  );
}
