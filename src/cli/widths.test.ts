import { describe, expect, it } from 'vitest';
import { DATASET_INFO } from '../data/types';
import { formatSummary, summarizeModel } from '../model/summary';
import { UsageError } from './args';
import { readConfig } from './config-source';

describe('the CLI reads widths from a link', () => {
  it('accepts units= and filters= and the summary shows the changed shapes', () => {
    const config = readConfig({ url: 'http://localhost/#v=1&arch=cnn-small&filters=8,16&units=64' });
    expect(config).toMatchObject({ architecture: 'cnn-small', filters: [8, 16], units: [64] });
    const table = formatSummary(summarizeModel(config, [...DATASET_INFO[config.dataset.id].imageShape]));
    expect(table.split('\n').slice(1, 5).map((row) => row.split(/\s+/).slice(0, 2))).toEqual([
      ['conv1', '3×3×1×8'],
      ['conv2', '3×3×8×16'],
      ['dense1', '784×64'],
      ['dense2', '64×10'],
    ]);
  });

  it('refuses a bad width, naming it, without the page’s fallback wording', () => {
    const read = (url: string) => () => readConfig({ url });
    expect(read('#v=1&units=4')).toThrow(UsageError);
    expect(read('#v=1&units=4')).toThrow(/^--url: units=4 is not valid \(1 to 4 hidden dense layers of 8 to 2048 units, e\.g\. units=512,512\)$/);
    expect(read('#v=1&filters=8')).toThrow(/^--url: filters=8: MLP 784-256-256-10 has no convolutions$/);
    expect(read('#v=1&units=64&layers=5:f')).toThrow(/^--url: Layer 5 does not exist in this network \(layers 0–1\)$/);
  });
});
