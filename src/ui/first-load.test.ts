import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/first-load.mjs';

/** The page's first load: entry chunk plus what it preloads, uncompressed. */
const FIRST_LOAD_BUDGET = 380_000;

describe('the page’s first load', () => {
  it(`carries no tfjs and stays within ${FIRST_LOAD_BUDGET / 1000} kB`, async () => {
    const load = await firstLoad();
    expect(load.modules.some((m) => m.includes('src/ui/main.tsx'))).toBe(true);
    expect(load.tfjsModules).toEqual([]);
    expect(load.bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
