import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sensitivitySection } from './sensitivity-section';

const file = {
  link: '#v=1&wq=affine',
  dataset: 'test',
  sensitivity: {
    bits: [4], finetuneEpochs: 0, floatAccuracy: 0.98, floatEpochs: 2, trainCount: 600, testCount: 100, seconds: 1,
    layers: [{ index: 0, name: 'dense1', costs: {}, cells: [{ bits: 4, accuracy: 0.97, drop: 0.01, weight: 'affine.4' }] }],
  },
  mixed: {
    metric: 'bytes', finetuneEpochs: 1, infeasible: [],
    points: [{ kind: 'searched', label: 'searched ≤ 10 B', allocation: [4], bytes: 9, bops: 100, accuracy: 0.9, comparedWith: { label: 'uniform 4-bit', accuracy: 0.95, reached: false }, link: 'v=1&layers=0:q' }],
  },
};

describe("results.md's sensitivity section", () => {
  it('is empty without sensitivity.json, links the images only when they exist, and says where a search falls short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qlab-sens-'));
    expect(sensitivitySection(dir, 'http://x/')).toEqual([]);
    writeFileSync(join(dir, 'sensitivity.json'), JSON.stringify(file));
    expect(sensitivitySection(dir, 'http://x/').join('\n')).not.toContain('.svg');
    writeFileSync(join(dir, 'sensitivity-heatmap.svg'), '<svg/>');
    writeFileSync(join(dir, 'sensitivity-pareto.svg'), '<svg/>');
    const text = sensitivitySection(dir, 'http://x/').join('\n');
    expect(text).toContain('![Layer sensitivity heat map](sensitivity-heatmap.svg)');
    expect(text).toContain('![Accuracy against model bytes](sensitivity-pareto.svg)');
    expect(text).toContain('**not reached**');
    expect(text).toContain('(http://x/#v=1&layers=0:q)');
  });
});
