import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS, TRAINING_METHOD_IDS } from './types';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('README method tables', () => {
  it('list every registered quantizer, estimator, regularizer and training method', () => {
    for (const id of [...QUANTIZER_IDS, ...ESTIMATOR_IDS, ...REGULARIZER_IDS, ...TRAINING_METHOD_IDS]) expect(readme, id).toContain(`| \`${id}\` |`);
  });
});
