import type { DBSchema, IDBPDatabase } from 'idb';
import { PRESETS_BY_ID } from '../experiment/presets';
import { restoreConfig } from '../experiment/restore';
import type { ExperimentConfig } from '../experiment/config';
import { isRunRecord, type RunRecord } from './run-record';

const DB_NAME = 'quantization-lab';
/** 2: the `quarantine` store, for records that cannot be read. */
const DB_VERSION = 2;

interface LabDB extends DBSchema {
  runs: { key: string; value: RunRecord; indexes: { createdAt: number } };
  /** Stored records that were not run records, set aside as they were (key: their key in `runs`). */
  quarantine: { key: string; value: { key: unknown; value: unknown; at: number } };
}

let opened: Promise<IDBPDatabase<LabDB>> | undefined;

/** The database, opened on first use (idb loads then, outside the page's first load). */
function db(): Promise<IDBPDatabase<LabDB>> {
  opened ??= import('idb').then(({ openDB }) =>
    openDB<LabDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const runs = database.createObjectStore('runs', { keyPath: 'id' });
          runs.createIndex('createdAt', 'createdAt');
        }
        if (oldVersion < 2) database.createObjectStore('quarantine', { autoIncrement: true });
      },
    }),
  );
  return opened;
}

/** Every stored run, oldest first, and how many records were quarantined because they could not be read. */
export async function listRuns(): Promise<RunRecord[]> {
  return (await readRuns()).runs;
}

/**
 * Every stored run, oldest first. A record that is not a run record (written by a broken
 * version, edited by hand, cut short) moves to the `quarantine` store, so the list and
 * the page still load; `quarantined` counts those moved now.
 */
export async function readRuns(): Promise<{ runs: RunRecord[]; quarantined: number }> {
  const database = await db();
  const tx = database.transaction(['runs', 'quarantine'], 'readwrite');
  const runs: RunRecord[] = [];
  let quarantined = 0;
  for (let cursor = await tx.objectStore('runs').openCursor(); cursor; cursor = await cursor.continue()) {
    const value: unknown = cursor.value;
    if (isRunRecord(value)) runs.push(value);
    else {
      await tx.objectStore('quarantine').add({ key: cursor.key, value, at: Date.now() });
      await cursor.delete();
      quarantined++;
    }
  }
  await tx.done;
  return { runs: runs.sort((a, b) => a.createdAt - b.createdAt), quarantined };
}

/** A write refused because the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}

/** Stores a run; a run with the same id is replaced (runs get fresh ids, so a link never overwrites one). */
export async function saveRun(record: RunRecord): Promise<void> {
  await (await db()).put('runs', record);
}

/** Stores imported runs in one transaction: all of them, or (on a full disk) none. */
export async function saveRuns(records: readonly RunRecord[]): Promise<void> {
  const tx = (await db()).transaction('runs', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
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
