import { CONFIG_VERSION } from './config';

/**
 * Upgrades a config of version `from` to `from + 1`. Each entry is pure and applied in
 * order, so a link or stored run of any earlier version restores as the current one.
 * Version 0 is data without a `version` field, read with the version 1 layout.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

/**
 * Brings raw config data to the current version. Data from a newer version is read
 * as it is, setting by setting, with a notice; unknown settings are then dropped by
 * `restoreConfig`.
 */
export function migrate(raw: Record<string, unknown>, notices: string[]): Record<string, unknown> {
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  let data = raw;
  if (version > CONFIG_VERSION) {
    notices.push(`These settings come from a newer version of the lab (v${version}); what this version (v${CONFIG_VERSION}) understands was kept.`);
    return data;
  }
  while (version < CONFIG_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      notices.push(`Settings of version ${version} cannot be upgraded; the defaults are used where they differ.`);
      break;
    }
    data = step(data);
    version += 1;
  }
  return data;
}
