/**
 * The browser storage behind every store, made safe: reads and writes never throw, and nothing
 * the person typed is ever lost.
 *
 * - Storage that is disabled, full or throws on a read: values are kept in memory for this visit,
 *   and `storageState` says so, so pages can tell the person their changes will not be kept.
 *   What could be read is still shown.
 * - A value that cannot be read is copied aside under a backup key and never silently deleted.
 *   When even the copy cannot be made (storage full), the value is left untouched and never
 *   written over: changes to it stay in memory, and `setAside` says which happened.
 * - On a shared computer a person can choose, for this tab, to keep nothing on the device: values
 *   then live in the tab's sessionStorage, which the browser empties when the tab is closed.
 *   Other tabs are not affected, and only changes from the storage area in use are followed.
 */
import { atom } from 'nanostores';

/** `ok`: saved in this browser; `unavailable`: storage is disabled or cannot be read; `failed`: a write failed (storage full). */
export type StorageState = 'ok' | 'unavailable' | 'failed';
export const storageState = atom<StorageState>('ok');

/** A stored value that could not be read this visit: its key, and whether a copy was kept aside. */
export interface SetAside {
  key: string;
  copied: boolean;
}
export const setAside = atom<SetAside[]>([]);

/** Namespace of every key this site writes. */
export const KEY_PREFIX = 'notnever:';
/** Copies of values that could not be read: `notnever:backup:<what>:<when>`. */
export const BACKUP_PREFIX = `${KEY_PREFIX}backup:`;

type Area = 'localStorage' | 'sessionStorage';

/** A storage area if it can be read (writes may still fail, when it is full). */
function open(kind: Area): Storage | undefined {
  try {
    const storage = window[kind];
    storage.getItem(`${KEY_PREFIX}probe`);
    return storage;
  } catch {
    return undefined;
  }
}

export const inBrowser = typeof window !== 'undefined';
/** The two storage areas, when they can be read. */
export const local = inBrowser ? open('localStorage') : undefined;
export const session = inBrowser ? open('sessionStorage') : undefined;
if (inBrowser && !local) storageState.set('unavailable');

/** The shared-computer choice, kept in this tab's sessionStorage so that it ends with the tab. */
export const MODE_KEY = `${KEY_PREFIX}mode`;
function readMode(): boolean {
  try {
    return session?.getItem(MODE_KEY) === 'shared';
  } catch {
    return false;
  }
}
/** True when this tab keeps nothing on the device. It applies to this tab only. */
export const sharedComputer = atom(readMode());

/** Where values go now: the tab's sessionStorage on a shared computer, else localStorage. */
export const area = () => (sharedComputer.get() ? session : local);

/** Values this visit could not put in storage, and keys never to write over. */
const memory = new Map<string, string | undefined>();

export function fail(state: StorageState): void {
  if (storageState.get() === 'ok') storageState.set(state);
}

/** The stored value for a key; undefined when there is none, or when it cannot be read (then it is never written over). */
export function readKey(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return area()?.getItem(key) ?? undefined;
  } catch {
    memory.set(key, undefined);
    fail('unavailable');
    return undefined;
  }
}

/** Writes (or, with undefined, removes) a value. Returns false when it is kept in memory only, for this visit. */
export function writeKey(key: string, value: string | undefined): boolean {
  if (memory.has(key)) {
    memory.set(key, value);
    return false;
  }
  try {
    const target = area();
    if (!target) throw new Error('no storage');
    if (value === undefined) target.removeItem(key);
    else target.setItem(key, value);
    return true;
  } catch {
    memory.set(key, value);
    fail('failed');
    return false;
  }
}

/**
 * Keeps a value that could not be read under a backup key, so that nothing is lost, and records it
 * for the notice. Returns whether the copy was made: only then may the original be replaced.
 * Otherwise the original is left as it is, and every later write to its key stays in memory.
 */
export function keepAside(key: string, raw: string): boolean {
  const backupKey = `${BACKUP_PREFIX}${key.slice(KEY_PREFIX.length)}:${new Date().toISOString()}`;
  const copied = !memory.has(key) && writeKey(backupKey, raw) && readKey(backupKey) === raw;
  if (!copied) {
    memory.delete(backupKey);
    memory.set(key, undefined);
  }
  setAside.set([...setAside.get(), { key, copied }]);
  return copied;
}

/** Calls `listener` with the key of each change another tab makes in the storage area in use (null: all cleared). */
export function onStorageChange(listener: (key: string | null) => void): () => void {
  const filtered = (event: StorageEvent) => {
    if (event.storageArea === area() && (event.key === null || event.key.startsWith(KEY_PREFIX))) listener(event.key);
  };
  addEventListener('storage', filtered);
  return () => removeEventListener('storage', filtered);
}
