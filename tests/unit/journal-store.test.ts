// @vitest-environment jsdom
/**
 * The journal store against real (jsdom) storage: what it keeps, what it sets aside and how, the
 * limit, storage that fails, two tabs, and shared-computer tabs.
 */
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStorageAndErrors } from './fresh-storage';
import { MAX_ENTRIES, writeJournal, type JournalEntry } from '../../src/lib/journal';
import { Browser } from './tabs';
import { entry } from './fixtures';

const KEY = 'notnever:journal:v1';
const stored = (entries: JournalEntry[]) => writeJournal({ entries, removed: {} });
const backups = () => Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:journal:v1:'));
const ids = (list: readonly JournalEntry[]) => list.map((e) => e.id);
const many = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => entry({ id: `${prefix}${String(i).padStart(3, '0')}` }));

const loaded: { journalEntries: Parameters<typeof cleanStores>[0] }[] = [];

/** A fresh copy of the stores, as a new page load would have, with the journal on show. */
async function load() {
  vi.resetModules();
  const storage = await import('../../src/stores/persisted');
  const journal = await import('../../src/stores/journal');
  const device = await import('../../src/stores/device');
  const journalImport = await import('../../src/stores/journal-import');
  journal.journalEntries.listen(() => undefined);
  loaded.push(journal);
  return { storage, journal, device, journalImport };
}

const errors = freshStorageAndErrors();
afterEach(() => {
  vi.restoreAllMocks();
  // Pages of earlier tests stop listening, as closed tabs do.
  cleanStores(...loaded.splice(0).map((journal) => journal.journalEntries));
});

describe('the journal store', () => {
  it('adds, relabels, deletes and imports entries, keeping them in localStorage', async () => {
    const { journal, journalImport } = await load();
    expect(journal.addEntry(entry({ id: 'a1' }))).toBe(true);
    journal.relabelEntry('a1', { company: 'Beta', role: '', date: '', stage: '' });
    journalImport.importEntries([entry({ id: 'a1' }), entry({ id: 'b2' })], 'merge');
    expect(journal.journalEntries.get().map((e) => [e.id, e.label.company])).toEqual([
      ['a1', 'Beta'],
      ['b2', 'Acme'],
    ]);
    journal.deleteEntry('a1');
    const again = await load();
    expect(ids(again.journal.journalEntries.get())).toEqual(['b2']);
    again.journalImport.importEntries([entry({ id: 'c3' })], 'replace');
    expect(ids(again.journal.journalEntries.get())).toEqual(['c3']);
    expect(errors).toEqual([]);
  });

  it('applies the limit where entries are added, so that a reload still shows the journal', async () => {
    const { journal, storage, journalImport } = await load();
    journalImport.importEntries(many('a', 300), 'merge');
    expect(journalImport.importEntries(many('b', 300), 'merge')).toBe(200);
    expect(journal.journalEntries.get()).toHaveLength(MAX_ENTRIES);
    expect(journal.addEntry(entry({ id: 'one-more' }))).toBe(false);
    const again = await load();
    expect(again.journal.journalEntries.get()).toHaveLength(MAX_ENTRIES);
    expect(again.storage.setAside.get()).toEqual([]);
    expect(storage.setAside.get()).toEqual([]);
    expect(backups()).toEqual([]);
  });

  it('reads entry by entry: one bad entry is set aside on its own, and the others stay', async () => {
    const bad = { ...entry({ id: 'b2' }), label: { company: 'Beta', role: '', date: '20261-01-01', stage: '' } };
    localStorage.setItem(KEY, JSON.stringify({ format: 'not-never-journal', version: 1, entries: [entry({ id: 'a1' }), bad] }));
    const { journal, storage } = await load();
    expect(ids(journal.journalEntries.get())).toEqual(['a1']);
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: true }]);
    expect(backups().map((key) => JSON.parse(localStorage.getItem(key)!))).toEqual([[bad]]);
    const again = await load();
    expect(ids(again.journal.journalEntries.get())).toEqual(['a1']);
    expect(again.storage.setAside.get()).toEqual([]);
  });

  it('refuses to write what its own reader would refuse, saying so in the console, and keeps the journal', async () => {
    const { journal, storage } = await load();
    journal.addEntry(entry({ id: 'a1' }));
    expect(journal.relabelEntry('a1', { company: '', role: '', date: '20261-01-01', stage: '' })).toBe(false);
    expect(errors).toHaveLength(1);
    const again = await load();
    expect(again.journal.journalEntries.get().map((e) => e.label.company)).toEqual(['Acme']);
    expect(storage.setAside.get()).toEqual([]);
  });

  it('keeps a value that is not a journal aside and starts empty', async () => {
    localStorage.setItem(KEY, '{"format":"something-else"}');
    const { storage, journal } = await load();
    expect(journal.journalEntries.get()).toEqual([]);
    expect(backups().map((key) => localStorage.getItem(key))).toEqual(['{"format":"something-else"}']);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: true }]);
  });

  it('deleting everything (the journal and the copies set aside) leaves nothing stored a minute later', async () => {
    vi.useFakeTimers();
    try {
      localStorage.setItem('notnever:backup:journal:v1:2026-01-01T00:00:00.000Z', '{"company":"Acme"}');
      localStorage.setItem('notnever:backup:plan:v1:2026-01-01T00:00:00.000Z', '{"company":"Acme"}');
      const { journal, device } = await load();
      journal.addEntry(entry({ id: 'a1' }));
      journal.clearJournal();
      device.deleteBackups();
      expect(Object.keys(localStorage)).toEqual([KEY]);
      expect(localStorage.getItem(KEY)).not.toContain('Acme');
      vi.advanceTimersByTime(61_000);
      expect(Object.keys(localStorage)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('when storage lets the journal down', () => {
  it('keeps the journal in view when storage is full, and keeps changes for the visit', async () => {
    localStorage.setItem(KEY, stored([entry({ id: 'a1' })]));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { journal, storage } = await load();
    expect(ids(journal.journalEntries.get())).toEqual(['a1']);
    journal.addEntry(entry({ id: 'b2' }));
    expect(ids(journal.journalEntries.get())).toEqual(['a1', 'b2']);
    expect(storage.storageState.get()).toBe('failed');
  });

  it('never writes over a value it could not copy aside, and says so truthfully', async () => {
    localStorage.setItem(KEY, '{"not":"a journal"}');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key !== 'notnever:probe') throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const { journal, storage } = await load();
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: false }]);
    journal.addEntry(entry({ id: 'b2' }));
    journal.clearJournal();
    expect(localStorage.getItem(KEY)).toBe('{"not":"a journal"}');
    const { storageNotices } = await import('../../src/lib/notices');
    expect(storageNotices(storage.storageState.get(), storage.setAside.get()).join(' ')).toMatch(
      /no room to copy it aside\. We left it untouched and will not save over it/,
    );
  });

  it('works from memory when reading storage throws, writing over nothing', async () => {
    localStorage.setItem(KEY, stored([entry({ id: 'a1' })]));
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { journal, storage } = await load();
    expect(storage.storageState.get()).toBe('unavailable');
    expect(journal.addEntry(entry({ id: 'b2' }))).toBe(true);
    expect(ids(journal.journalEntries.get())).toEqual(['b2']);
    vi.restoreAllMocks();
    expect(ids(JSON.parse(localStorage.getItem(KEY)!).entries)).toEqual(['a1']);
  });
});

describe('two tabs', () => {
  it('keep both edits made within milliseconds of each other', async () => {
    const browser = new Browser();
    const [one, two] = [await browser.open(), await browser.open()];
    one.stores.journal.addEntry(entry({ id: 'from-one' }));
    // The second tab has not heard of the first tab's write yet.
    two.stores.journal.addEntry(entry({ id: 'from-two' }));
    browser.deliverAll();
    expect(ids(one.entries())).toEqual(['from-one', 'from-two']);
    expect(ids(two.entries())).toEqual(['from-one', 'from-two']);
    expect(ids(JSON.parse(browser.data.get(KEY)!).entries)).toEqual(['from-one', 'from-two']);
    browser.close();
  });

  it('keep a deletion made in one while the other changed something else', async () => {
    const browser = new Browser();
    const [one, two] = [await browser.open(), await browser.open()];
    one.stores.journal.addEntry(entry({ id: 'a1' }));
    browser.deliverAll();
    one.stores.journal.deleteEntry('a1');
    two.stores.journal.addEntry(entry({ id: 'b2' }));
    browser.deliverAll();
    expect(ids(one.entries())).toEqual(['b2']);
    expect(ids(two.entries())).toEqual(['b2']);
    browser.close();
  });
});

describe('shared-computer tabs', () => {
  const event = (key: string, storageArea: Storage) => new StorageEvent('storage', { key, storageArea });

  it('a shared tab takes in nothing from the device’s storage, and loses none of its own', async () => {
    const { journal, device } = await load();
    device.setSharedComputer(true);
    journal.addEntry(entry({ id: 'mine' }));
    // Another tab, not in shared mode, saves to the device.
    localStorage.setItem(KEY, stored([entry({ id: 'device' })]));
    window.dispatchEvent(event(KEY, localStorage));
    expect(ids(journal.journalEntries.get())).toEqual(['mine']);
    journal.addEntry(entry({ id: 'mine-too' }));
    expect(ids(JSON.parse(sessionStorage.getItem(KEY)!).entries)).toEqual(['mine', 'mine-too']);
    expect(ids(JSON.parse(localStorage.getItem(KEY)!).entries)).toEqual(['device']);
  });

  it('a tab not in shared mode follows the device’s storage, and never a session’s', async () => {
    const { journal } = await load();
    sessionStorage.setItem(KEY, stored([entry({ id: 'session' })]));
    window.dispatchEvent(event(KEY, sessionStorage));
    expect(journal.journalEntries.get()).toEqual([]);
    localStorage.setItem(KEY, stored([entry({ id: 'device' })]));
    window.dispatchEvent(event(KEY, localStorage));
    expect(ids(journal.journalEntries.get())).toEqual(['device']);
  });

  it('moves what the site keeps off localStorage into the tab’s session, and back', async () => {
    localStorage.setItem(KEY, stored([entry({ id: 'a1' })]));
    localStorage.setItem('someone-else', 'y');
    const { device } = await load();
    device.setSharedComputer(true);
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(sessionStorage.getItem('notnever:mode')).toBe('shared');
    const again = await load();
    expect(again.storage.sharedComputer.get()).toBe(true);
    expect(ids(again.journal.journalEntries.get())).toEqual(['a1']);
    again.journal.addEntry(entry({ id: 'b2' }));
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    again.device.setSharedComputer(false);
    expect(ids(JSON.parse(localStorage.getItem(KEY)!).entries)).toEqual(['a1', 'b2']);
    expect(sessionStorage.getItem('notnever:mode')).toBeNull();
  });
});

describe('the storage engine for the other stores', () => {
  it('forwards another tab’s changes to a stored preference, from the storage area in use only', async () => {
    vi.resetModules();
    const { shortcutsOff } = await import('../../src/stores/prefs');
    const seen: (string | undefined)[] = [];
    const stop = shortcutsOff.subscribe((value) => seen.push(value));
    localStorage.setItem('notnever:prefs:shortcuts:v1', 'off');
    window.dispatchEvent(new StorageEvent('storage', { key: 'notnever:prefs:shortcuts:v1', storageArea: sessionStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else', storageArea: localStorage }));
    expect(seen).toEqual([undefined]);
    window.dispatchEvent(new StorageEvent('storage', { key: 'notnever:prefs:shortcuts:v1', storageArea: localStorage }));
    expect(seen).toEqual([undefined, 'off']);
    localStorage.removeItem('notnever:prefs:shortcuts:v1');
    window.dispatchEvent(new StorageEvent('storage', { key: 'notnever:prefs:shortcuts:v1', storageArea: localStorage }));
    expect(seen).toEqual([undefined, 'off', undefined]);
    // Back from the back/forward cache: what changed meanwhile is read again.
    localStorage.setItem('notnever:prefs:shortcuts:v1', 'off');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(seen).toEqual([undefined, 'off', undefined, 'off']);
    stop();
  });

  it('treats a shared-computer choice that cannot be read as off', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (this === sessionStorage && key === 'notnever:mode') throw new DOMException('denied', 'SecurityError');
      return null;
    });
    const { storage } = await load();
    expect(storage.sharedComputer.get()).toBe(false);
  });

  it('a switch to shared mode that storage refuses says changes will not be kept', async () => {
    const { device, storage } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    device.setSharedComputer(true);
    expect(storage.storageState.get()).toBe('failed');
  });
});

describe('reads that fail for one key', () => {
  it('never writes over a journal that could not be read, and says so', async () => {
    localStorage.setItem(KEY, stored([entry({ id: 'a1' })]));
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (key === KEY) throw new DOMException('broken', 'UnknownError');
      return getItem.call(this, key);
    });
    const { journal, storage } = await load();
    expect(storage.storageState.get()).toBe('unavailable');
    journal.addEntry(entry({ id: 'b2' }));
    expect(ids(journal.journalEntries.get())).toEqual(['b2']);
    vi.restoreAllMocks();
    expect(ids(JSON.parse(localStorage.getItem(KEY)!).entries)).toEqual(['a1']);
  });

  it('imports nothing it could not read back', async () => {
    const { journalImport, journal } = await load();
    const broken = { ...entry({ id: 'a1' }), label: { company: '', role: '', date: '2026-02-30', stage: '' } } as JournalEntry;
    expect(journalImport.importEntries([broken], 'merge')).toBe(0);
    expect(journal.journalEntries.get()).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});

describe('preferences', () => {
  it('follow a cleared store in another tab', async () => {
    vi.resetModules();
    localStorage.setItem('notnever:prefs:shortcuts:v1', 'off');
    const { shortcutsOff } = await import('../../src/stores/prefs');
    expect(shortcutsOff.get()).toBe('off');
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(shortcutsOff.get()).toBeUndefined();
  });
});

describe('what the journal says of its own changes', () => {
  it('reports changing an entry that is gone (deleted in another tab) as not done', async () => {
    const { journal } = await load();
    journal.addEntry(entry({ id: 'a1' }));
    journal.deleteEntry('a1');
    expect(journal.relabelEntry('a1', { company: 'Beta', role: '', date: '', stage: '' })).toBe(false);
    expect(journal.updateEntry('a1', { label: { company: 'Beta', role: '', date: '', stage: '' } })).toBe('gone');
    expect(journal.keepDraft('a1', { situation: 's', task: '', action: '', result: '', learned: '' })).toBe(false);
    expect(journal.journalEntries.get()).toEqual([]);
  });

  it('says why an entry was not added: the journal is full', async () => {
    const { journal, journalImport } = await load();
    journalImport.importEntries(many('a', MAX_ENTRIES), 'merge');
    expect(journal.saveEntry(entry({ id: 'one-more' }))).toBe('full');
  });

  it('brings a deletion stamped far ahead of the clock back to it, so that it is forgotten on time', async () => {
    vi.useFakeTimers();
    try {
      const ahead = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
      localStorage.setItem(
        KEY,
        JSON.stringify({ format: 'not-never-journal', version: 1, entries: [], removed: { gone: ahead } }),
      );
      const read = vi.spyOn(Storage.prototype, 'getItem');
      const { journal } = await load();
      expect(journal.journalEntries.get()).toEqual([]);
      const stamped = JSON.parse(localStorage.getItem(KEY)!).removed.gone as string;
      expect(Date.parse(stamped)).toBeLessThanOrEqual(Date.now() + 5 * 60 * 1000);
      // No re-reading storage every millisecond: a few reads at most in half a second.
      const before = read.mock.calls.length;
      vi.advanceTimersByTime(500);
      expect(read.mock.calls.length - before).toBeLessThan(3);
      // Forgotten a minute after the moment it now carries: nothing stays stored.
      vi.advanceTimersByTime(7 * 60 * 1000);
      expect(localStorage.getItem(KEY)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
