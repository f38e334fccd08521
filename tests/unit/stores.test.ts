// @vitest-environment jsdom
/**
 * The check's store against real (jsdom) localStorage: what it reads back, what it keeps aside,
 * storage that throws, and other tabs' changes arriving as StorageEvents.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCheck } from './content';

const check = loadCheck();
const KEY = 'notnever:check:v1';

/** A fresh copy of the stores, as a new page load would have. */
async function loadStores() {
  vi.resetModules();
  const storage = await import('../../src/stores/storage');
  const store = await import('../../src/stores/check');
  store.initCheck(check);
  return { storage, store };
}

const backups = () => Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:check:v1:'));

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the check store', () => {
  it('keeps progress in localStorage and reads it back on the next load', async () => {
    const { store } = await loadStores();
    store.start();
    store.answer(check.questions[0]!.id, 'yes');
    store.next();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ step: 1, answers: { [check.questions[0]!.id]: 'yes' } });

    const again = await loadStores();
    expect(again.store.checkProgress.get()?.step).toBe(1);
    expect(again.store.resumeOffered.get()).toBe(true);
  });

  it('refuses to continue without an answer, naming the question', async () => {
    const { store } = await loadStores();
    store.start();
    store.next();
    expect(store.missingAnswer.get()).toBe(check.questions[0]!.id);
    expect(store.checkProgress.get()?.step).toBe(0);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another shape', '{"theme":"dark"}'],
    ['a newer version', JSON.stringify({ checkVersion: 99, answers: {}, step: 0, reviewing: false })],
  ])('keeps %s aside under a backup key, never deleting it, and starts afresh', async (_, raw) => {
    localStorage.setItem(KEY, raw);
    const { storage, store } = await loadStores();
    expect(store.checkProgress.get()).toBeNull();
    expect(backups().map((key) => localStorage.getItem(key))).toEqual([raw]);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(storage.keptAside.get()).toEqual([KEY]);
  });

  it('works for the visit when writes throw (storage full), and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === KEY) throw new DOMException('full', 'QuotaExceededError');
    });
    const { storage, store } = await loadStores();
    store.start();
    store.answer(check.questions[0]!.id, 'no');
    store.next();
    expect(store.checkProgress.get()).toMatchObject({ step: 1, answers: { [check.questions[0]!.id]: 'no' } });
    expect(storage.storageState.get()).toBe('failed');
  });

  it('works for the visit when storage is disabled (the getter throws), and says so', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const { storage, store } = await loadStores();
      expect(storage.storageState.get()).toBe('unavailable');
      store.start();
      store.answer(check.questions[0]!.id, 'yes');
      store.next();
      expect(store.checkProgress.get()?.step).toBe(1);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('follows another tab: a new value, and a cleared store', async () => {
    const { store } = await loadStores();
    store.start();
    const other = JSON.stringify({
      checkVersion: check.version,
      answers: { [check.questions[0]!.id]: 'partly' },
      step: 1,
      reviewing: false,
    });
    localStorage.setItem(KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other }));
    expect(store.checkProgress.get()).toMatchObject({ step: 1, answers: { [check.questions[0]!.id]: 'partly' } });

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    expect(store.checkProgress.get()).toBeNull();
  });
});

describe('the journal store', () => {
  const JOURNAL = 'notnever:journal:v1';

  async function loadJournal() {
    vi.resetModules();
    const storage = await import('../../src/stores/storage');
    const journal = await import('../../src/stores/journal');
    journal.initJournal();
    return { storage, journal };
  }

  it('adds, relabels, deletes and imports entries, keeping them in localStorage', async () => {
    const { entry } = await import('./fixtures');
    const { journal } = await loadJournal();
    expect(journal.addEntry(entry({ id: 'a1' }))).toBe(true);
    journal.relabelEntry('a1', { company: 'Beta', role: '', date: '', stage: '' });
    journal.importEntries([entry({ id: 'a1' }), entry({ id: 'b2' })], 'merge');
    expect(journal.journalEntries.get().map((e) => [e.id, e.label.company])).toEqual([
      ['a1', 'Beta'],
      ['b2', 'Acme'],
    ]);
    journal.deleteEntry('a1');
    const again = await loadJournal();
    expect(again.journal.journalEntries.get().map((e) => e.id)).toEqual(['b2']);
    again.journal.importEntries([entry({ id: 'c3' })], 'replace');
    expect(again.journal.journalEntries.get().map((e) => e.id)).toEqual(['c3']);
    again.journal.clearJournal();
    expect(localStorage.getItem(JOURNAL)).toBeNull();
  });

  it('keeps an unreadable journal aside under a backup key and starts empty', async () => {
    localStorage.setItem(JOURNAL, '{"format":"something-else"}');
    const { storage, journal } = await loadJournal();
    expect(journal.journalEntries.get()).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:journal:v1:'))).toHaveLength(1);
    expect(storage.keptAside.get()).toEqual([JOURNAL]);
  });
});

describe('shared-computer mode', () => {
  it('moves what the site keeps off localStorage into the tab’s session, and back', async () => {
    sessionStorage.clear();
    localStorage.setItem('notnever:journal:v1', 'x');
    localStorage.setItem('someone-else', 'y');
    const { storage } = await loadStores();
    storage.setSharedComputer(true);
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(sessionStorage.getItem('notnever:journal:v1')).toBe('x');
    expect(sessionStorage.getItem('notnever:mode')).toBe('shared');

    const again = await loadStores();
    expect(again.storage.sharedComputer.get()).toBe(true);
    again.store.start();
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(sessionStorage.getItem('notnever:check:v1')).not.toBeNull();

    again.storage.setSharedComputer(false);
    expect(localStorage.getItem('notnever:journal:v1')).toBe('x');
    expect(sessionStorage.getItem('notnever:mode')).toBeNull();
    sessionStorage.clear();
  });
});
