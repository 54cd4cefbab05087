import { Component, type ReactNode } from 'react';
import { useLab } from '../context';

/** Keeps a failing panel from taking the page down; shows its error in place. */
export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert" data-testid="panel-crash">
          The {this.props.name} panel failed: {this.state.error.message}{' '}
          <button onClick={() => this.setState({ error: undefined })}>Retry</button>
        </div>
      );
    }
    return this.props.children;
  }
}

export const useHidden = (id: string) => useLab((s) => s.view.hide.includes(id));

/** A titled panel; hidden when a classroom link lists its id. */
export function Panel({ id, title, children, className, actions }: { id: string; title: string; children: ReactNode; className?: string; actions?: ReactNode }) {
  if (useHidden(id)) return null;
  return (
    <section className={`panel ${className ?? ''}`} data-testid={`panel-${id}`} data-hide-id={id} aria-label={title}>
      <header className="panel-head">
        <h2>{title}</h2>
        {actions}
      </header>
      <ErrorBoundary name={title}>{children}</ErrorBoundary>
    </section>
  );
}

/** A labelled control with its hint or error underneath; hidden when a classroom link lists its id. */
export function Control({ id, label, children, hint, error }: { id?: string; label: string; children: ReactNode; hint?: string; error?: string }) {
  const hidden = useLab((s) => (id ? s.view.hide.includes(id) : false));
  if (hidden) return null;
  return (
    <div className="control" data-hide-id={id} data-testid={id}>
      <label>
        <span className="control-label">{label}</span>
        {children}
      </label>
      {error ? <p className="control-error" role="alert">{error}</p> : hint ? <p className="control-hint">{hint}</p> : null}
    </div>
  );
}

/** A group of controls that a classroom link can hide as one. */
export function ControlGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  if (useHidden(id)) return null;
  return (
    <fieldset className="control-group" data-hide-id={id} data-testid={id}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export const percent = (v: number | undefined, digits = 1) => (v === undefined || !Number.isFinite(v) ? '—' : `${(v * 100).toFixed(digits)}%`);

/** 1234567 → "1.23 M". */
export function compact(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  if (abs >= 1e9) return `${(v / 1e9).toFixed(2)} G`;
  if (abs >= 1e6) return `${(v / 1e6).toFixed(2)} M`;
  if (abs >= 1e3) return `${(v / 1e3).toFixed(1)} k`;
  return String(Math.round(v * 100) / 100);
}

export function bytes(v: number): string {
  if (v >= 1024 * 1024) return `${(v / 1024 / 1024).toFixed(2)} MiB`;
  if (v >= 1024) return `${(v / 1024).toFixed(1)} KiB`;
  return `${v} B`;
}

/** Saves `data` as a file through a temporary link. */
export function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
