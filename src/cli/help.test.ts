import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS } from '../quant/types';
import { commandHelp, COMMANDS } from './commands';

const QLAB = fileURLToPath(new URL('./qlab.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('qlab <command> --help', () => {
  it('every command has a help text naming the options it accepts', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const help = commandHelp(name, command);
      expect(help.startsWith(`usage: qlab ${name} — `), name).toBe(true);
      expect(help, name).toMatch(/--[a-z]/);
    }
    const quantize = commandHelp('quantize', COMMANDS.quantize);
    for (const id of [...QUANTIZER_IDS, ...ESTIMATOR_IDS]) expect(quantize, id).toContain(id);
    const regularize = commandHelp('regularize', COMMANDS.regularize);
    for (const id of REGULARIZER_IDS) expect(regularize, id).toContain(id);
  });

  it('prints the help and exits 0 instead of refusing --help as an unknown option', () => {
    for (const name of ['train', 'quantize', 'sensitivity']) {
      const run = spawnSync(TSX, [QLAB, name, '--help'], { encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr, name).toBe('');
      expect(run.status, name).toBe(0);
      expect(run.stdout.trim(), name).toBe(commandHelp(name, COMMANDS[name]));
    }
  }, 120_000);
});
