import { useEffect, useRef } from 'react';
import { DATASET_INFO } from '../../data/types';
import { useLab } from '../context';
import type { TestImages } from '../store';
import { Panel } from './common';
import { ConfusionEmpty, SamplesEmpty } from './ResultsEmpty';

function SampleCanvas({ images, index }: { images: TestImages; index: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const [h, w, c] = images.imageShape;
    const data = ctx.createImageData(w, h);
    const offset = index * h * w * c;
    for (let p = 0; p < h * w; p++) {
      for (let k = 0; k < 3; k++) data.data[p * 4 + k] = images.images[offset + p * c + (c === 3 ? k : 0)];
      data.data[p * 4 + 3] = 255;
    }
    ctx.putImageData(data, 0, 0);
  }, [images, index]);
  const [h, w] = images.imageShape;
  return <canvas ref={ref} width={w} height={h} />;
}

/** The first test images with predicted and true labels; wrong predictions in red. */
export function SampleGrid() {
  const images = useLab((s) => s.testImages);
  const predictions = useLab((s) => s.run?.done?.samplePredictions);
  const classNames = useLab((s) => s.dataset.info?.classNames);
  if (!images || !predictions?.length) return <SamplesEmpty />;
  const name = (i: number) => classNames?.[i] ?? String(i);
  const count = Math.min(images.labels.length, predictions.length);
  return (
    <Panel id="samples" title="Test images">
      <div className="sample-grid" data-testid="sample-grid">
        {Array.from({ length: count }, (_, i) => {
          const wrong = predictions[i] !== images.labels[i];
          return (
            <figure key={i} className={wrong ? 'wrong' : 'right'} data-testid="sample" data-predicted={predictions[i]}>
              <SampleCanvas images={images} index={i} />
              <figcaption>
                {name(predictions[i])}
                {wrong && <span className="truth"> ({name(images.labels[i])})</span>}
              </figcaption>
            </figure>
          );
        })}
      </div>
      <p className="muted small">Caption: predicted class, the true class in brackets when the prediction is wrong.</p>
    </Panel>
  );
}

/**
 * confusion[true][predicted] as a table shaded by the share of each true class, labelled
 * with the class names of the run's own dataset. It fits its panel at any class-name
 * length: fixed column widths, the predicted classes' names written vertically.
 */
export function ConfusionMatrix() {
  const confusion = useLab((s) => s.run?.done?.confusion);
  const datasetId = useLab((s) => s.run?.config.dataset.id);
  if (!confusion?.length) return <ConfusionEmpty />;
  const classNames = datasetId ? DATASET_INFO[datasetId].classNames : [];
  const name = (i: number) => classNames[i] ?? String(i);
  return (
    <Panel id="confusion" title="Confusion matrix">
      <div className="confusion-box" data-testid="confusion-box">
        <table className="confusion" data-testid="confusion">
          <colgroup>
            <col className="confusion-names" />
            {confusion.map((_, j) => (
              <col key={j} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="confusion-corner">true ↓ predicted →</th>
              {confusion.map((_, j) => (
                <th key={j} className="confusion-predicted" data-testid="confusion-class" title={name(j)}>
                  <span>{name(j)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {confusion.map((row, i) => {
              const total = row.reduce((a, b) => a + b, 0) || 1;
              return (
                <tr key={i}>
                  <th className="confusion-true" title={name(i)}>
                    {name(i)}
                  </th>
                  {row.map((n, j) => {
                    const share = n / total;
                    const hue = i === j ? 142 : 0;
                    return (
                      <td key={j} style={{ background: n ? `hsla(${hue}, 70%, 45%, ${0.1 + 0.8 * share})` : undefined }} title={`${name(i)} predicted as ${name(j)}: ${n} of ${total}`}>
                        {n || ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
