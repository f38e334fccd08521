/**
 * The browser storage behind every persistent store, made safe: reads and writes never throw.
 * When storage is disabled, or a write fails because it is full, values are kept in memory for
 * this visit and `storageState` says so, so pages can tell the person their progress will not be
 * kept. What could not be read is kept aside under a backup key, never silently deleted.
 *
 * On a shared computer a person can choose to keep nothing on the device: values then live in
 * this tab's sessionStorage, which the browser empties when the tab is closed, and nothing of ours
 * stays in localStorage.
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

function open(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    const storage = window[kind];
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

const inBrowser = typeof window !== 'undefined';
const local = inBrowser ? open('localStorage') : undefined;
const session = inBrowser ? open('sessionStorage') : undefined;
if (inBrowser && !local) storageState.set('unavailable');

/** The shared-computer choice, kept in the tab's sessionStorage so that it ends with the tab. */
const MODE_KEY = `${KEY_PREFIX}mode`;
export const sharedComputer = atom(session?.getItem(MODE_KEY) === 'shared');

/** Where values go now: the tab's sessionStorage on a shared computer, else localStorage. */
const store = () => (sharedComputer.get() ? session : local);

/** Values written this visit that storage would not take. */
const memory = new Map<string, string>();

function read(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): boolean {
  try {
    const target = store();
    if (!target) throw new Error('no storage');
    target.setItem(key, value);
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
  try {
    store()?.removeItem(key);
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

// On the server (the build renders the islands' first view) there is no window to listen to.
const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(engine, inBrowser ? windowPersistentEvents : noEvents);

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
 * Switches shared-computer mode, moving what this site keeps between localStorage (kept on the
 * device) and the tab's sessionStorage (gone when the tab closes).
 */
export function setSharedComputer(on: boolean): void {
  if (!session || on === sharedComputer.get()) return;
  const [from, to] = on ? [local, session] : [session, local];
  for (const key of from ? Object.keys(from).filter((k) => k.startsWith(KEY_PREFIX) && k !== MODE_KEY) : []) {
    const value = from?.getItem(key);
    if (value != null) {
      try {
        to?.setItem(key, value);
      } catch {
        memory.set(key, value);
      }
    }
    from?.removeItem(key);
  }
  if (on) session.setItem(MODE_KEY, 'shared');
  else session.removeItem(MODE_KEY);
  sharedComputer.set(on);
}
