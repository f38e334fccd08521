/**
 * The safe storage of `storage-core.ts`, also set up as the engine of @nanostores/persistent for
 * the stores built on `persistentAtom` (the check in progress, the plan, preferences). The journal
 * uses the core alone, so that its pages do not load the library.
 */
import { setPersistentEngine, type PersistentEvent, type PersistentListener } from '@nanostores/persistent';
import { inBrowser, onStorageChange, readKey, writeKey } from './storage-core';

export * from './storage-core';

/**
 * The engine in the shape @nanostores/persistent expects (an object read and written by key),
 * and its events, filtered to the storage area in use: the library itself would follow changes to
 * any area with the same key, such as another tab's localStorage in a shared-computer tab.
 */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? readKey(key) : undefined),
  has: (_, key) => typeof key === 'string' && readKey(key) !== undefined,
  set: (_, key, value) => (typeof key === 'string' && writeKey(key, String(value)), true),
  deleteProperty: (_, key) => (typeof key === 'string' && writeKey(key, undefined), true),
});
const stops = new Map<PersistentListener, () => void>();
setPersistentEngine(engine, {
  addEventListener(_, listener, restore) {
    if (!inBrowser) return;
    // The library's types say strings, but its listener handles null for a removed key or a cleared store.
    const forward = (key: string | null) => listener({ key, newValue: key && (readKey(key) ?? null) } as PersistentEvent);
    stops.set(listener, onStorageChange(forward));
    addEventListener('pageshow', restore);
  },
  removeEventListener(_, listener, restore) {
    stops.get(listener)?.();
    stops.delete(listener);
    if (inBrowser) removeEventListener('pageshow', restore);
  },
});
