import { readFileSync } from 'node:fs';
import type { ExperimentConfig } from '../experiment/config';
import { restoreConfig } from '../experiment/restore';
import { decodeConfig } from '../experiment/url';
import { UsageError } from './args';

/** The page resets what is wrong; the CLI refuses it, naming the first problem. */
function refuse(where: string, notices: string[]): never {
  const first = notices[0].replace(/;? (reset to|using) .*$|;? the default.*$|;? the architecture's own .*$|;? its setting is dropped.*$/, '').replace(/\.$/, '');
  throw new UsageError(`${where}: ${first}${notices.length > 1 ? ` (and ${notices.length - 1} more problems)` : ''}`);
}

/**
 * Reads the experiment from `--config FILE` (JSON) or `--url SHARE_URL`. The CLI is
 * strict where the page is forgiving: any setting the page would reset is an error.
 */
/** The options every training command reads its config and its data from. */
export const TRAINING_SOURCE_OPTIONS = {
  config: { type: 'string' },
  url: { type: 'string' },
  'mnist-idx': { type: 'string' },
  cifar10: { type: 'string' },
} as const;

export function readConfig(options: { config?: string; url?: string }): ExperimentConfig {
  if ((options.config === undefined) === (options.url === undefined)) throw new UsageError('give exactly one of --config FILE or --url SHARE_URL');
  if (options.config !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.config, 'utf8');
    } catch (error) {
      throw new UsageError(`--config ${options.config}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UsageError(`--config ${options.config}: not valid JSON`);
    }
    const { config, notices } = restoreConfig(raw);
    if (notices.length) refuse(`--config ${options.config}`, notices);
    return config;
  }
  const url = options.url!;
  const hash = url.indexOf('#');
  const fragment = hash >= 0 ? url.slice(hash + 1) : url.includes('?') ? url.slice(url.indexOf('?') + 1) : url;
  const { config, notices } = decodeConfig(fragment);
  if (notices.length) refuse('--url', notices);
  return config;
}

