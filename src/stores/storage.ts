/**
 * The browser storage behind every persistent store, made safe: reads and writes never throw.
 * When localStorage is disabled, or a write fails because it is full, values are kept in memory
 * for this visit and `storageState` says so, so pages can tell the person their progress will not
 * be kept. What could not be read is kept aside under a backup key, never silently deleted.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** `ok`: saved in this browser; `unavailable`: storage is disabled; `failed`: a write failed (storage full). */
export type StorageState = 'ok' | 'unavailable' | 'failed';
export const storageState = atom<StorageState>('ok');

/** Keys of values that could not be read and were kept aside this visit, for the notice. */
export const keptAside = atom<string[]>([]);

/** Namespace of every key this site writes. */
export const KEY_PREFIX = 'notnever:';

function openLocalStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

const local = typeof window === 'undefined' ? undefined : openLocalStorage();
if (typeof window !== 'undefined' && !local) storageState.set('unavailable');

/** Values written this visit that storage would not take, or that shared-computer mode keeps off the device. */
const memory = new Map<string, string>();

/**
 * Shared-computer mode: nothing is written to this device; values live in memory for the visit.
 * The choice itself is kept in sessionStorage, so it lasts through reloads and ends with the tab.
 */
const MODE_KEY = `${KEY_PREFIX}mode`;
function readMode(): boolean {
  try {
    return window.sessionStorage.getItem(MODE_KEY) === 'shared';
  } catch {
    return false;
  }
}
export const sharedComputer = atom(typeof window !== 'undefined' && readMode());

function ourKeys(): string[] {
  try {
    return local ? Object.keys(local).filter((key) => key.startsWith(KEY_PREFIX)) : [];
  } catch {
    return [];
  }
}

function read(key: string): string | undefined {
  if (memory.has(key) || sharedComputer.get()) return memory.get(key);
  try {
    return local?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): boolean {
  if (sharedComputer.get()) {
    memory.set(key, value);
    return true;
  }
  try {
    if (!local) throw new Error('no storage');
    local.setItem(key, value);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, value);
    if (storageState.get() === 'ok') storageState.set('failed');
    return false;
  }
}

function remove(key: string): void {
  memory.delete(key);
  if (sharedComputer.get()) return;
  try {
    local?.removeItem(key);
  } catch {
    // Nothing to do: the value is gone from memory, and storage that throws holds nothing of ours.
  }
}

/**
 * The engine in the shape @nanostores/persistent expects (an object read and written by key).
 * Only our own keys are handled.
 */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
  has: (_, key) => typeof key === 'string' && read(key) !== undefined,
  set: (_, key, value) => {
    if (typeof key === 'string') write(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === 'string') remove(key);
    return true;
  },
});

// On the server (the build renders the island's first view) there is no window to listen to.
const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(engine, typeof window === 'undefined' ? noEvents : windowPersistentEvents);

/**
 * Keeps a value that could not be read under a backup key, so that nothing is lost, and records
 * it for the notice. Returns whether the copy was made (so the original may be replaced).
 */
export function keepAside(key: string, raw: string): boolean {
  const backupKey = `${KEY_PREFIX}backup:${key.slice(KEY_PREFIX.length)}:${new Date().toISOString()}`;
  const saved = write(backupKey, raw) && read(backupKey) === raw;
  keptAside.set([...keptAside.get(), key]);
  return saved;
}

/**
 * Switches shared-computer mode. On: everything this site keeps moves from the device into memory,
 * for this visit only. Off: what is in memory is written back to the device.
 */
export function setSharedComputer(on: boolean): void {
  if (on === sharedComputer.get()) return;
  if (on) {
    for (const key of ourKeys()) {
      const value = read(key);
      if (value !== undefined) memory.set(key, value);
      local?.removeItem(key);
    }
    try {
      window.sessionStorage.setItem(MODE_KEY, 'shared');
    } catch {
      // Without sessionStorage the mode lasts until this page is left, which is the safer way to fail.
    }
    sharedComputer.set(true);
  } else {
    try {
      window.sessionStorage.removeItem(MODE_KEY);
    } catch {
      // Nothing was kept there.
    }
    sharedComputer.set(false);
    for (const [key, value] of [...memory]) write(key, value);
  }
}
