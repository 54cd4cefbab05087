import { Panel } from './common';

// What the curve panels show before a run (kept out of their lazily loaded code).

export function CurvesEmpty() {
  return (
    <Panel id="curves" title="Loss and accuracy">
      <p className="muted">Press Train: the loss of every batch and the accuracy of every epoch appear here.</p>
    </Panel>
  );
}

export function LayerErrorEmpty() {
  return (
    <Panel id="layer-error" title="Quantization error per layer">
      <p className="muted">Press Train: each quantized layer’s quantization error and flip ratio appear here.</p>
    </Panel>
  );
}
