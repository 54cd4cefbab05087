import { describe, expect, it } from 'vitest';
import { defaultConfig } from './defaults';
import { restoreConfig } from './restore';
import { decodeConfig, encodeConfig } from './url';

describe('gradient bits: gb=', () => {
  it('absent by default: the default link and config are unchanged', () => {
    const config = defaultConfig();
    expect(encodeConfig(config)).toBe('v=1');
    const restored = restoreConfig(structuredClone(config));
    expect(restored.notices).toEqual([]);
    expect('gradientBits' in restored.config.quant).toBe(false);
    expect(JSON.stringify(restored.config)).toBe(JSON.stringify(config));
    expect('gradientBits' in decodeConfig('#v=1&wq=uniform').config.quant).toBe(false);
  });

  it('round-trips through the link', () => {
    const decoded = decodeConfig('#v=1&gb=6');
    expect(decoded.notices).toEqual([]);
    expect(decoded.config.quant.gradientBits).toBe(6);
    expect(encodeConfig(decoded.config)).toBe('v=1&gb=6');
  });

  it.each(['gb=0', 'gb=17', 'gb=abc', 'gb=2.5', 'gb='])('%s is left off with a notice naming it', (fragment) => {
    const decoded = decodeConfig(`#v=1&${fragment}`);
    expect('gradientBits' in decoded.config.quant).toBe(false);
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]).toMatch(/^Gradient bits .* is not valid; it is left off\.$/);
  });
});
