import type { DBSchema, IDBPDatabase } from 'idb';
import { PRESETS_BY_ID } from '../experiment/presets';
import { restoreConfig } from '../experiment/restore';
import type { ExperimentConfig } from '../experiment/config';
import type { RunRecord } from './run-record';

const DB_NAME = 'quantization-lab';
const DB_VERSION = 1;

interface LabDB extends DBSchema {
  runs: { key: string; value: RunRecord; indexes: { createdAt: number } };
}

let opened: Promise<IDBPDatabase<LabDB>> | undefined;

/** The database, opened on first use (idb loads then, outside the page's first load). */
function db(): Promise<IDBPDatabase<LabDB>> {
  opened ??= import('idb').then(({ openDB }) =>
    openDB<LabDB>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        const runs = database.createObjectStore('runs', { keyPath: 'id' });
        runs.createIndex('createdAt', 'createdAt');
      },
    }),
  );
  return opened;
}

/** Every stored run, oldest first. */
export async function listRuns(): Promise<RunRecord[]> {
  return (await db()).getAllFromIndex('runs', 'createdAt');
}

/** Stores a run; a run with the same id is replaced (runs get fresh ids, so a link never overwrites one). */
export async function saveRun(record: RunRecord): Promise<void> {
  await (await db()).put('runs', record);
}

export async function deleteRun(id: string): Promise<void> {
  await (await db()).delete('runs', id);
}

export async function renameRun(id: string, name: string): Promise<void> {
  const database = await db();
  const tx = database.transaction('runs', 'readwrite');
  const record = await tx.store.get(id);
  if (record) await tx.store.put({ ...record, name });
  await tx.done;
}

/**
 * A stored run's config made valid for this version of the lab, its lesson (undefined
 * when it had none or one this lab does not know), and what had to be reset.
 */
export function storedConfig(record: RunRecord): { config: ExperimentConfig; lesson?: string; notices: string[] } {
  const { config, notices } = restoreConfig(record.config);
  const stored: unknown = record.lesson;
  if (stored === undefined) return { config, notices };
  if (typeof stored === 'string' && PRESETS_BY_ID.has(stored)) return { config, lesson: stored, notices };
  return { config, notices: [...notices, `Unknown lesson "${String(stored).slice(0, 40)}" in this run; no lesson text is shown.`] };
}
