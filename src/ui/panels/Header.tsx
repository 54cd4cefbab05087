import { useState } from 'react';
import { useLab, useLabContext } from '../context';
import { backendSummary } from '../backend-wording';
import { HIDEABLE_PANELS } from '../hideable';
import { shareLink } from '../url-sync';

/** What trains where, in one line; the reasons behind a toggle. */
function BackendBadge() {
  const backend = useLab((s) => s.backend);
  const { line, details } = backendSummary(backend);
  return (
    <details className="backend-banner" data-testid="backend-banner">
      <summary>
        <span
          className={`badge ${backend.fallbackReason ? 'fallback' : ''}`}
          data-testid="backend-badge"
          data-backend={backend.name ?? ''}
          data-threads={backend.threads ?? ''}
          data-isolated={backend.crossOriginIsolated === undefined ? '' : String(backend.crossOriginIsolated)}
          data-binary={backend.binary?.kind ?? ''}
          title={[backend.fallbackReason ?? `requested: ${backend.requested ?? 'auto'}`, backend.threadsNote].filter(Boolean).join('; ')}
        >
          {line}
        </span>
      </summary>
      <ul className="backend-details" data-testid="backend-details">
        {details.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ul>
    </details>
  );
}

/** Copy link, and the classroom options: panels the link hides. */
function Share() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const hide = useLab((s) => s.view.hide);
  const [copied, setCopied] = useState<string>();
  const link = shareLink(store, window.location);
  void config;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Copied.');
    } catch {
      setCopied('Select the link and copy it.');
    }
    setTimeout(() => setCopied(undefined), 2500);
  };
  const toggle = (id: string) => store.getState().setView({ hide: hide.includes(id) ? hide.filter((h) => h !== id) : [...hide, id] });
  return (
    <div className="share" data-hide-id="share" data-testid="panel-share">
      <input className="share-link" readOnly value={link} data-testid="share-link" aria-label="Link to this experiment" onFocus={(e) => e.target.select()} />
      <button onClick={copy} data-testid="copy-link">
        Copy link
      </button>
      {copied && <span className="copied">{copied}</span>}
      <details className="classroom">
        <summary>Classroom link…</summary>
        <p className="muted small">Hide panels in the link you hand out (controls too: add e.g. config-optimizer to the link’s hide list).</p>
        {HIDEABLE_PANELS.filter((id) => id !== 'share').map((id) => (
          <label key={id} className="check">
            <input type="checkbox" data-testid={`hide-${id}`} checked={hide.includes(id)} onChange={() => toggle(id)} /> hide {id}
          </label>
        ))}
      </details>
    </div>
  );
}

export function Header() {
  const hideShare = useLab((s) => s.view.hide.includes('share'));
  return (
    <header className="app-header">
      <h1>Quantization Lab</h1>
      <BackendBadge />
      {!hideShare && <Share />}
    </header>
  );
}

export function Notices() {
  const { store } = useLabContext();
  const notices = useLab((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.kind}`} data-notice-id={n.id}>
          <strong>{n.title}</strong>
          <ul>
            {n.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button className="dismiss" aria-label="Dismiss" onClick={() => store.getState().dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
