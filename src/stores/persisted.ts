/**
 * One way to keep a value in the browser. A store declares its value once (its key, its reader,
 * its writer, and how two copies merge) and gets back a lazy atom and a `set`; everything else
 * lives here, once:
 *
 * - Reads and writes never throw. Storage that is disabled, full or throws keeps values in memory
 *   for this visit, and `storageState` says so, so that pages can tell the person.
 * - What cannot be read is kept aside under a backup key, never silently deleted. When even the
 *   copy cannot be made (storage full), the value is left as it is and never written over.
 * - Every write is checked with the reader it will be read back with: what the reader would
 *   refuse is a bug, logged, and not written.
 * - Other tabs are followed (only changes to the storage area in use), and so is a page restored
 *   from the back/forward cache, which missed changes while it was away.
 * - Shared-computer mode ("don't keep anything on this device") moves the site's values between
 *   localStorage and the tab's sessionStorage by merging, never by a raw copy over a value, in
 *   every open tab: the tab that switches tells the others first, so that none of them writes the
 *   values back, and a switch that fails midway is undone and reported.
 * - Time rules: timers computed from stored moments are capped, so a moment far ahead cannot
 *   overflow one into firing at once.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { KEY_PREFIX, MODE_KEY, areaFor, inBrowser, local, readMode, session } from './areas';

export { KEY_PREFIX, MODE_KEY, inBrowser, local, session };

/** `ok`: saved in this browser; `unavailable`: storage is disabled or cannot be read; `failed`: a write failed (storage full). */
export type StorageState = 'ok' | 'unavailable' | 'failed';
export const storageState = atom<StorageState>('ok');

/** A stored value that could not be read this visit: its key, and whether a copy was kept aside. */
export interface SetAside {
  key: string;
  copied: boolean;
}
export const setAside = atom<SetAside[]>([]);

/** Copies of values that could not be read: `notnever:backup:<what>:<when>`. */
export const BACKUP_PREFIX = `${KEY_PREFIX}backup:`;
/**
 * Written to localStorage for a moment when a tab switches shared-computer mode (`shared` or
 * `device`), and removed at once: every open tab hears it before it hears the values move, and
 * follows. Nothing stays on the device.
 */
export const SWITCH_KEY = `${KEY_PREFIX}switch`;
/** The longest a timer from a stored moment waits before looking again (far below the 24.8 days at which browsers overflow). */
export const MAX_TIMER_MS = 60 * 60 * 1000;

if (inBrowser && !local) storageState.set('unavailable');

/** True when this tab keeps nothing on the device (every open tab follows a switch). */
export const sharedComputer = atom(readMode());

/** Where values go now: the tab's sessionStorage on a shared computer, else localStorage. */
export const area = () => areaFor(sharedComputer.get());

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

/** The keys of this site in a storage area. */
export function siteKeys(storage: Storage | undefined): string[] {
  try {
    return Object.keys(storage ?? {}).filter((key) => key.startsWith(KEY_PREFIX));
  } catch {
    return [];
  }
}

/**
 * What a reader makes of stored text: the value; any part it could not read (to keep aside); and
 * whether it had to put something right (a moment ahead of the clock), so that the value is
 * written back. Undefined when none of it is ours.
 */
export type Read<T> = { value: T; unreadable?: string; repaired?: boolean } | undefined;

/** A value kept in the browser, declared once. */
export interface Declaration<T> {
  key: string;
  /** The value when nothing is stored. */
  empty: T;
  /** Reads stored text: untrusted, so it never throws. `now` is the clock, for values with moments in them. */
  read(text: string, now: number): Read<T>;
  /** The text to store; undefined when there is nothing to keep (the key is removed). */
  write(value: T): string | undefined;
  /**
   * Two copies in one (what storage holds now, and this tab's), when another tab wrote: without it,
   * another tab's write replaces this tab's copy.
   */
  merge?(stored: T, mine: T): T;
  /**
   * Two copies in one when the values move between storage areas (shared-computer mode): the one
   * there, and the one moving in. Defaults to `merge`; without either, the copy there stays and the
   * moving one is kept aside if it differs, so nothing is replaced and nothing is lost.
   */
  combine?(there: T, moving: T): T;
  /** What time does to a value (deletions forgotten after a while), applied whenever it is read. */
  age?(value: T, now: number): T;
  /** When `age` will next change the value: it is read again then. */
  nextChange?(value: T): number | undefined;
}

export interface Persisted<T, V = T> {
  /** The value (or the view of it the store shows); connects to storage, other tabs and the back/forward cache while anything listens. */
  readonly $value: ReadableAtom<V>;
  /** The value as storage holds it now (merged with this tab's copy). */
  get(): T;
  /** Writes a value its reader accepts; false when it would not read back (logged) and is not written. */
  set(next: T): boolean;
}

interface Held {
  key: string;
  /** Takes this tab's copy into the storage area now in use (after a switch), merged with what is there. */
  moveIn(moving: string | undefined): void;
  /** Reads storage again, as after a page was away (the back/forward cache). */
  reread(): void;
}
const held = new Map<string, Held>();

/** What a value's last-seen text is before it has been read (or after the tab stopped following it): never equal to stored text. */
const UNREAD = {};

/**
 * Runs `start` when the atom gets its first listener, and what it returns when the last one goes:
 * what nanostores' `onMount` does, in a few lines, as `onMount` brings 0.6 kB of lifecycle code
 * (measured) onto every page with a store, the check page among them.
 */
function lazy(store: ReadableAtom<unknown>, start: () => () => void): void {
  const { listen, off } = store;
  let stop: (() => void) | undefined;
  store.listen = (listener) => {
    const unbind = listen(listener);
    // Started once the listener counts, so that what starting sets up (a timer) knows something listens.
    stop ??= start();
    return unbind;
  };
  // Called by the atom when its last listener goes (and by nanostores' `cleanStores` in tests).
  store.off = () => {
    off();
    stop?.();
    stop = undefined;
  };
}

/** Declares a value kept in the browser (see `Declaration`), shown through `view` (all of it by default). */
export function persisted<T, V = T>(declaration: Declaration<T>, view = (value: T) => value as unknown as V): Persisted<T, V> {
  const { key, empty, read, write } = declaration;
  const $value = atom<V>(view(empty));
  let mine = empty;
  /** The stored text this tab last read or wrote; a symbol before the first read. */
  let seen: string | undefined | typeof UNREAD = UNREAD;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function publish(next: T): void {
    mine = next;
    $value.set(view(next));
    clearTimeout(timer);
    const at = $value.lc > 0 ? declaration.nextChange?.(next) : undefined;
    if (at !== undefined) timer = setTimeout(() => sync(true), Math.min(MAX_TIMER_MS, Math.max(0, at - Date.now())));
  }

  const textOf = (value: T) => write(value);

  function save(next: T): boolean {
    const text = textOf(next);
    // The writer keeps the reader's rules: what the reader would refuse is a bug, never written.
    const check = text === undefined ? { value: empty } : read(text, Date.now());
    if (!check || check.unreadable !== undefined) {
      console.error(`Not Never: ${key} was not saved, as it would not read back.`, next);
      return false;
    }
    seen = text;
    writeKey(key, text);
    // Keep what the reader gave back: every tab then holds values in one form, and compares them alike.
    publish(check.value);
    return true;
  }

  /** Reads what storage holds now and merges it into this tab's copy, writing back what storage lacked. */
  function sync(again = false): T {
    const raw = readKey(key);
    if (raw === seen && !again) return mine;
    const now = Date.now();
    let stored = empty;
    let rewrite = false;
    if (raw !== undefined) {
      const found = read(raw, now);
      if (!found) {
        // Not ours at all: replace it only once a copy is safe (else it stays, untouched).
        rewrite = keepAside(key, raw);
      } else {
        stored = found.value;
        rewrite = found.repaired === true;
        if (found.unreadable !== undefined) rewrite = keepAside(key, found.unreadable);
      }
    }
    const first = seen === UNREAD;
    seen = raw;
    const merged = declaration.merge && !first ? declaration.merge(stored, mine) : stored;
    const next = declaration.age ? declaration.age(merged, now) : merged;
    // Written back only when storage lacks something this tab holds (or something was set aside or put right), not for form's sake.
    if (rewrite || textOf(next) !== (raw === undefined ? undefined : textOf(stored))) save(next);
    else publish(next);
    return next;
  }

  held.set(key, {
    key,
    moveIn(moving) {
      // What this tab carries over: its own copy (when it has read one) and the text that moves.
      const found = moving === undefined ? undefined : read(moving, Date.now());
      const own = seen === UNREAD ? empty : mine;
      const combine = declaration.combine ?? declaration.merge;
      const carried = found ? (combine ? combine(own, found.value) : found.value) : own;
      seen = UNREAD;
      const there = readKey(key);
      const current = sync();
      const text = textOf(carried);
      if (text === undefined) return;
      if (combine) save(combine(current, carried));
      else if (there === undefined) save(carried);
      else if (text !== textOf(current)) keepAside(key, text);
    },
    reread() {
      seen = UNREAD;
      sync();
    },
  });

  lazy($value, () => {
    sync();
    if (!inBrowser) return () => undefined;
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === area() && (event.key === key || event.key === null)) sync();
    };
    addEventListener('storage', onStorage);
    return () => {
      removeEventListener('storage', onStorage);
      clearTimeout(timer);
      seen = UNREAD;
    };
  });

  return {
    $value,
    get() {
      // With nothing listening, this tab has not followed storage: read it afresh rather than merge an old copy in.
      if ($value.lc === 0) seen = UNREAD;
      return sync();
    },
    set(next) {
      // Read first: a stored value that cannot be read is kept aside before anything is written over it.
      if (seen === UNREAD) sync();
      return save(next);
    },
  };
}

/**
 * Moves every value of this site from one storage area to the other, merging each into what is
 * there (see `Declaration.merge`), then removes it where it was. Values no store on this page
 * declares move as they are, or are kept aside if a different one is there already. Returns false
 * when taking the values off the device failed: then this tab is back as it was.
 */
export function moveAll(toShared: boolean): boolean {
  const from = toShared ? local : session;
  const moving = siteKeys(from)
    .filter((key) => key !== MODE_KEY && key !== SWITCH_KEY)
    .map((key) => [key, from?.getItem(key) ?? undefined] as const);
  try {
    if (toShared) session?.setItem(MODE_KEY, 'shared');
    else session?.removeItem(MODE_KEY);
  } catch {
    fail('failed');
    return false;
  }
  sharedComputer.set(toShared);
  for (const [key, text] of moving) {
    const value = held.get(key);
    if (value) value.moveIn(text);
    else if (readKey(key) === undefined) writeKey(key, text);
    else if (readKey(key) !== text && text !== undefined) keepAside(key, text);
  }
  // Values on show in this tab that storage did not hold (kept in memory) come along too.
  for (const value of held.values()) if (!moving.some(([key]) => key === value.key)) value.moveIn(undefined);
  try {
    for (const [key] of moving) from?.removeItem(key);
  } catch {
    // Left in the tab's sessionStorage, they go when it closes; the values are on the device as asked.
    if (!toShared) return true;
    // Something stays on the device: this tab is not in shared mode, and must not say it is.
    try {
      session?.removeItem(MODE_KEY);
      for (const [key] of moving) session?.removeItem(key);
    } catch {
      // The tab's own copies go when it closes.
    }
    sharedComputer.set(false);
    for (const value of held.values()) value.reread();
    return false;
  }
  return true;
}

if (inBrowser) {
  addEventListener('storage', (event) => {
    // Another tab switched: follow it, before its values move.
    if (event.storageArea === local && event.key === SWITCH_KEY && event.newValue) {
      const on = event.newValue === 'shared';
      if (on !== sharedComputer.get() && session) moveAll(on);
    }
  });
  // A new tab asks whether an open tab keeps nothing on the device, and if one does, follows it.
  if (typeof BroadcastChannel === 'function') {
    const tabs = new BroadcastChannel(KEY_PREFIX);
    tabs.onmessage = ({ data }) => {
      if (data === 'shared?' && sharedComputer.get()) tabs.postMessage('shared');
      if (data === 'shared' && !sharedComputer.get() && session) moveAll(true);
    };
    if (!sharedComputer.get()) tabs.postMessage('shared?');
    // Outside a browser (Node runs the unit tests), an open channel would keep the process alive.
    (tabs as { unref?: () => void }).unref?.();
  }
  // Back from the back/forward cache: storage is the truth (this tab's own writes reached it before it left).
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    sharedComputer.set(readMode());
    for (const value of held.values()) value.reread();
  });
}
