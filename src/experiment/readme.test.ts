import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { decodeConfig, encodeConfig, LINK_KEYS } from './url';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('README lessons table', () => {
  it('gives each lesson its exact link, lesson id included, and that link opens the lesson without a notice', () => {
    for (const preset of PRESETS) {
      const link = `#${encodeConfig(preset.config, { hide: [], lesson: preset.id })}`;
      expect(readme, preset.id).toContain(`| ${preset.title} |`);
      expect(readme, preset.id).toContain(`\`${link}\``);
      const decoded = decodeConfig(link);
      expect(decoded.notices, preset.id).toEqual([]);
      expect(decoded.view.lesson).toBe(preset.id);
      expect(decoded.config).toEqual(preset.config);
    }
  });

  it('the link keys table lists every key a link can carry', () => {
    const table = readme.slice(readme.indexOf('| key | setting |'));
    const rows = table.slice(0, table.indexOf('\n\n'));
    expect(rows.length).toBeGreaterThan(0);
    for (const key of LINK_KEYS) expect(rows, key).toContain(`\`${key}\``);
  });
});
