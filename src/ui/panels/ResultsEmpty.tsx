import { Panel } from './common';

// What the results panels show before a run has results (kept out of their lazily loaded code).

export function SamplesEmpty() {
  return (
      <Panel id="samples" title="Test images">
        <p className="muted">After a run: the first test images with the network’s predictions.</p>
      </Panel>
  );
}

export function ConfusionEmpty() {
  return (
      <Panel id="confusion" title="Confusion matrix">
        <p className="muted">After a run: which classes the network confuses.</p>
      </Panel>
  );
}
