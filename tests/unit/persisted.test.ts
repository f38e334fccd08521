// @vitest-environment jsdom
/**
 * The persistence primitive on its own, with a small value declared the way the stores declare
 * theirs: bad values kept aside, refused writes not made, other tabs and the back/forward cache
 * followed, moves between storage areas merged, timers capped, and shared-computer mode followed
 * by every open tab.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStorageAndErrors } from './fresh-storage';

const KEY = 'notnever:test:v1';

/** A set of words, stored as a sorted list; "bad" words cannot be read, and two copies merge by union. */
function declare(persisted: typeof import('../../src/stores/persisted'), options: { merge?: boolean; next?: number } = {}) {
  return persisted.persisted<string[]>({
    key: KEY,
    empty: [],
    read(text) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return undefined;
      }
      if (!Array.isArray(data) || !data.every((word) => typeof word === 'string')) return undefined;
      const good = data.filter((word) => word !== 'bad');
      return { value: good, ...(good.length < data.length ? { unreadable: '["bad"]' } : {}) };
    },
    write: (words) => (words.length === 0 ? undefined : JSON.stringify([...new Set(words)].sort())),
    ...(options.merge ? { merge: (stored: string[], mine: string[]) => [...new Set([...stored, ...mine])].sort() } : {}),
    ...(options.next === undefined ? {} : { nextChange: () => options.next }),
  });
}

/** What the pages loaded by a test listen to: removed after it, as a closed tab stops listening (they share one window here). */
const listening: [string, EventListenerOrEventListenerObject][] = [];

async function load() {
  vi.resetModules();
  const add = vi.spyOn(window, 'addEventListener');
  try {
    const persisted = await import('../../src/stores/persisted');
    const device = await import('../../src/stores/device');
    return { persisted, device };
  } finally {
    listening.push(...add.mock.calls.map(([type, listener]) => [type, listener] as [string, EventListenerOrEventListenerObject]));
    add.mockRestore();
  }
}

const backups = () => Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:test:v1:'));
const storageEvent = (key: string | null, area: Storage) => new StorageEvent('storage', { key, storageArea: area });

const errors = freshStorageAndErrors();
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const [type, listener] of listening.splice(0)) window.removeEventListener(type, listener);
});

describe('a value kept in the browser', () => {
  it('reads what it wrote, and writes nothing for the empty value', async () => {
    const { persisted } = await load();
    const value = declare(persisted);
    expect(value.get()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(value.set(['b', 'a'])).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('["a","b"]');
    const again = declare((await load()).persisted);
    expect(again.get()).toEqual(['a', 'b']);
    again.set([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps a value it cannot read aside, untouched, before anything is written over it', async () => {
    localStorage.setItem(KEY, '{oops');
    const { persisted } = await load();
    const value = declare(persisted);
    expect(value.get()).toEqual([]);
    expect(backups().map((key) => localStorage.getItem(key))).toEqual(['{oops']);
    expect(persisted.setAside.get()).toEqual([{ key: KEY, copied: true }]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps aside only the part it cannot read, and keeps the rest', async () => {
    localStorage.setItem(KEY, '["a","bad"]');
    const { persisted } = await load();
    expect(declare(persisted).get()).toEqual(['a']);
    expect(backups().map((key) => localStorage.getItem(key))).toEqual(['["bad"]']);
    expect(localStorage.getItem(KEY)).toBe('["a"]');
  });

  it('never writes over a value it could not copy aside', async () => {
    localStorage.setItem(KEY, '{oops');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, text: string) {
      if (key.startsWith('notnever:backup:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, text);
    });
    const { persisted } = await load();
    const value = declare(persisted);
    value.set(['x']);
    expect(localStorage.getItem(KEY)).toBe('{oops');
    expect(value.get()).toEqual(['x']);
    expect(persisted.setAside.get()).toEqual([{ key: KEY, copied: false }]);
  });

  it('refuses to write what its own reader would refuse, saying so in the console', async () => {
    const { persisted } = await load();
    const value = declare(persisted);
    value.set(['a']);
    expect(value.set(['bad'])).toBe(false);
    expect(errors).toHaveLength(1);
    expect(localStorage.getItem(KEY)).toBe('["a"]');
  });

  it('follows another tab while something listens, and only the storage area in use', async () => {
    const { persisted } = await load();
    const value = declare(persisted);
    const seen: (readonly string[])[] = [];
    const stop = value.$value.subscribe((words) => seen.push(words));
    localStorage.setItem(KEY, '["x"]');
    window.dispatchEvent(storageEvent(KEY, sessionStorage));
    window.dispatchEvent(storageEvent('notnever:other', localStorage));
    expect(seen).toEqual([[]]);
    window.dispatchEvent(storageEvent(KEY, localStorage));
    expect(seen).toEqual([[], ['x']]);
    localStorage.clear();
    window.dispatchEvent(storageEvent(null, localStorage));
    expect(seen.at(-1)).toEqual([]);
    stop();
    // Nothing listens: another tab's change is read when the value is next asked for.
    localStorage.setItem(KEY, '["y"]');
    window.dispatchEvent(storageEvent(KEY, localStorage));
    expect(seen.at(-1)).toEqual([]);
    expect(value.get()).toEqual(['y']);
  });

  it('merges another tab’s write with its own copy, writing back what storage lacked', async () => {
    const { persisted } = await load();
    const value = declare(persisted, { merge: true });
    const stop = value.$value.listen(() => undefined);
    value.set(['mine']);
    // Another tab that had not heard of "mine" writes over it.
    localStorage.setItem(KEY, '["theirs"]');
    window.dispatchEvent(storageEvent(KEY, localStorage));
    expect(value.$value.get()).toEqual(['mine', 'theirs']);
    expect(localStorage.getItem(KEY)).toBe('["mine","theirs"]');
    stop();
  });

  it('reads storage afresh when the page comes back from the back/forward cache', async () => {
    const { persisted } = await load();
    const value = declare(persisted, { merge: true });
    const stop = value.$value.listen(() => undefined);
    value.set(['mine']);
    // While the page was away, the value was removed (say, by "delete everything" in another tab).
    localStorage.removeItem(KEY);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(value.$value.get()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    stop();
  });

  it('caps a timer computed from a moment far ahead, so that it cannot fire at once', async () => {
    vi.useFakeTimers();
    const { persisted } = await load();
    const read = vi.spyOn(Storage.prototype, 'getItem');
    const value = declare(persisted, { next: Date.now() + 30 * 24 * 60 * 60 * 1000 });
    const stop = value.$value.listen(() => undefined);
    value.set(['a']);
    const reads = read.mock.calls.length;
    vi.advanceTimersByTime(500);
    expect(read.mock.calls.length).toBe(reads);
    vi.advanceTimersByTime(persisted.MAX_TIMER_MS);
    expect(read.mock.calls.length).toBeGreaterThan(reads);
    stop();
  });

  it('keeps values in memory for the visit when storage is full, and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { persisted } = await load();
    const value = declare(persisted);
    expect(value.set(['a'])).toBe(true);
    expect(value.get()).toEqual(['a']);
    expect(persisted.storageState.get()).toBe('failed');
  });
});

describe('moving between storage areas', () => {
  it('merges the tab’s copy into the device’s when shared mode is switched off, never replacing it', async () => {
    localStorage.setItem(KEY, '["device"]');
    const { persisted, device } = await load();
    const value = declare(persisted, { merge: true });
    expect(device.setSharedComputer(true)).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBe('["device"]');
    value.set(['device', 'tab']);
    // Meanwhile something else reaches the device.
    localStorage.setItem(KEY, '["elsewhere"]');
    expect(device.setSharedComputer(false)).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('["device","elsewhere","tab"]');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('without a merge, keeps the copy already there and sets the moving one aside', async () => {
    const { persisted, device } = await load();
    const value = declare(persisted);
    device.setSharedComputer(true);
    value.set(['tab']);
    localStorage.setItem(KEY, '["device"]');
    device.setSharedComputer(false);
    expect(localStorage.getItem(KEY)).toBe('["device"]');
    expect(backups().map((key) => localStorage.getItem(key))).toEqual(['["tab"]']);
  });

  it('moves values no store on the page declares as they are, or sets them aside if another is there', async () => {
    const { device } = await load();
    localStorage.setItem('notnever:undeclared:v1', 'kept');
    device.setSharedComputer(true);
    expect(sessionStorage.getItem('notnever:undeclared:v1')).toBe('kept');
    localStorage.setItem('notnever:undeclared:v1', 'other');
    device.setSharedComputer(false);
    expect(localStorage.getItem('notnever:undeclared:v1')).toBe('other');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:undeclared:v1:'))).toHaveLength(1);
  });

  it('a switch that cannot take a value off the device is undone, and says so', async () => {
    localStorage.setItem(KEY, '["device"]');
    const { persisted, device } = await load();
    declare(persisted, { merge: true });
    const removeItem = Storage.prototype.removeItem;
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(function (this: Storage, key: string) {
      if (this === localStorage && key === KEY) throw new DOMException('locked', 'UnknownError');
      removeItem.call(this, key);
    });
    expect(device.setSharedComputer(true)).toBe(false);
    expect(persisted.sharedComputer.get()).toBe(false);
    expect(sessionStorage.getItem('notnever:mode')).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(KEY)).toBe('["device"]');
  });

  it('a switch that cannot even be announced changes nothing', async () => {
    const { persisted, device } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(device.setSharedComputer(true)).toBe(false);
    expect(persisted.sharedComputer.get()).toBe(false);
  });

  it('another tab’s switch is followed before its values move: this tab writes nothing back to the device', async () => {
    localStorage.setItem(KEY, '["device"]');
    const { persisted } = await load();
    const value = declare(persisted, { merge: true });
    const stop = value.$value.listen(() => undefined);
    // The other tab says it is switching, then takes the value off the device.
    localStorage.setItem('notnever:switch', 'shared');
    const switching = new StorageEvent('storage', { key: 'notnever:switch', newValue: 'shared', storageArea: localStorage });
    window.dispatchEvent(switching);
    localStorage.removeItem('notnever:switch');
    localStorage.removeItem(KEY);
    window.dispatchEvent(storageEvent(KEY, localStorage));
    expect(persisted.sharedComputer.get()).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBe('["device"]');
    value.set(['device', 'more']);
    expect(localStorage.getItem(KEY)).toBeNull();
    stop();
  });

  it('a new tab asks whether an open tab keeps nothing on the device, and follows it', async () => {
    vi.useFakeTimers();
    const { device } = await load();
    device.setSharedComputer(true);
    sessionStorage.clear();
    const fresh = await load();
    expect(fresh.persisted.sharedComputer.get()).toBe(false);
    vi.runAllTimers();
    expect(fresh.persisted.sharedComputer.get()).toBe(true);
  });
});

describe('the data page’s view of other tabs', () => {
  it('hears of changes to this site’s keys in the storage area in use', async () => {
    const { device } = await load();
    const heard: (string | null)[] = [];
    const stop = device.onStorageChange((key) => heard.push(key));
    window.dispatchEvent(storageEvent('notnever:journal:v1', localStorage));
    window.dispatchEvent(storageEvent('someone-else', localStorage));
    window.dispatchEvent(storageEvent('notnever:journal:v1', sessionStorage));
    window.dispatchEvent(storageEvent(null, localStorage));
    stop();
    window.dispatchEvent(storageEvent('notnever:journal:v1', localStorage));
    expect(heard).toEqual(['notnever:journal:v1', null]);
  });

  it('cannot switch shared-computer mode where storage cannot be read at all', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { device, persisted } = await load();
    expect(device.setSharedComputer(true)).toBe(false);
    expect(persisted.sharedComputer.get()).toBe(false);
  });
});
