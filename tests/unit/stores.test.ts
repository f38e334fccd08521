// @vitest-environment jsdom
/**
 * The journal's store and shared-computer mode against real (jsdom) localStorage. The check's
 * store has its own file, check-store.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCheck } from './content';

const check = loadCheck();

/** A fresh copy of the stores, as a new page load would have. */
async function loadStores() {
  vi.resetModules();
  const storage = await import('../../src/stores/storage');
  const store = await import('../../src/stores/check');
  store.initCheck(check);
  return { storage, store };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

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
