// @vitest-environment jsdom
/**
 * Keeping the journal safe: reading the stored state as untrusted input, when to remind to export,
 * and the store's actions against real (jsdom) localStorage and a stubbed `navigator.storage`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entriesSinceLastCopy, readDurability, REMIND_AFTER_ENTRIES, shouldRemindToExport } from '../../src/lib/durability';
import { entry } from './fixtures';

const KEY = 'notnever:durability:v1';
const saved = (...dates: string[]) => dates.map((savedAt, i) => ({ savedAt, id: `e${i}` }));

describe('readDurability', () => {
  it('reads what the store writes', () => {
    const state = {
      persist: 'denied',
      weekNoticeDone: true,
      exportedAt: '2026-11-01T10:00:00.000Z',
      reminderPutAwayAt: '2026-11-02T10:00:00.000Z',
    };
    expect(readDurability(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{"persist":'],
    ['a bare value', '42'],
    ['null', 'null'],
    [
      'unknown answers and wrong types',
      '{"persist":"maybe","weekNoticeDone":"yes","exportedAt":"not a date","reminderPutAwayAt":7}',
    ],
  ])('treats %s as never set', (_, raw) => {
    expect(readDurability(raw)).toEqual({});
  });

  it('keeps the fields it can read and drops the rest', () => {
    expect(readDurability('{"persist":"granted","exportedAt":"yesterday","extra":1}')).toEqual({ persist: 'granted' });
  });
});

describe('the export reminder', () => {
  it(`counts every entry until an export, and reminds from ${REMIND_AFTER_ENTRIES}`, () => {
    const two = saved('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z');
    const three = saved('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z');
    expect(entriesSinceLastCopy(two, {})).toBe(2);
    expect(shouldRemindToExport(two, {})).toBe(false);
    expect(shouldRemindToExport(three, {})).toBe(true);
  });

  it('counts only entries saved after the last export or the last "remind me later"', () => {
    const four = saved('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-04T10:00:00Z', '2026-11-05T10:00:00Z');
    expect(entriesSinceLastCopy(four, { exportedAt: '2026-11-03T00:00:00Z' })).toBe(2);
    expect(entriesSinceLastCopy(four, { exportedAt: '2026-11-01T00:00:00Z', reminderPutAwayAt: '2026-11-04T12:00:00Z' })).toBe(1);
    expect(shouldRemindToExport(four, { exportedAt: '2026-11-03T00:00:00Z' })).toBe(false);
    expect(shouldRemindToExport([...four, ...saved('2026-11-06T10:00:00Z')], { exportedAt: '2026-11-03T00:00:00Z' })).toBe(true);
  });
});

describe('the durability store', () => {
  /** A fresh copy of the stores, as a new page load would have. */
  async function load() {
    vi.resetModules();
    const journal = await import('../../src/stores/journal');
    const store = await import('../../src/stores/durability');
    journal.journalEntries.listen(() => undefined);
    return { journal, store };
  }
  const stub = (persist: () => Promise<boolean>) =>
    vi.stubGlobal('navigator', { ...navigator, storage: { persist: vi.fn(persist) } });

  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('does not ask the browser while the journal is empty', async () => {
    stub(async () => true);
    const { store } = await load();
    await store.askToKeepStorage();
    expect(navigator.storage.persist).not.toHaveBeenCalled();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('asks once the journal holds an entry, keeps the answer, and never asks again', async () => {
    stub(async () => false);
    const { journal, store } = await load();
    journal.addEntry(entry({ id: 'first' }));
    await store.askToKeepStorage();
    expect(store.durability.get().persist).toBe('denied');
    expect(store.askedThisVisit.get()).toBe(true);
    expect(readDurability(localStorage.getItem(KEY) ?? undefined)).toEqual({ persist: 'denied' });

    const again = await load();
    await again.store.askToKeepStorage();
    expect(navigator.storage.persist).toHaveBeenCalledTimes(1);
    expect(again.store.askedThisVisit.get()).toBe(false);
  });

  it('records a browser without the API, or one that throws, as having promised nothing', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    let loaded = await load();
    loaded.journal.addEntry(entry({ id: 'first' }));
    await loaded.store.askToKeepStorage();
    expect(loaded.store.durability.get().persist).toBe('unsupported');

    localStorage.removeItem(KEY);
    stub(async () => {
      throw new Error('no');
    });
    loaded = await load();
    await loaded.store.askToKeepStorage();
    expect(loaded.store.durability.get().persist).toBe('denied');
  });

  it('keeps nothing and asks nothing on a shared computer', async () => {
    stub(async () => true);
    const { journal, store } = await load();
    const device = await import('../../src/stores/device');
    device.setSharedComputer(true);
    journal.addEntry(entry({ id: 'first' }));
    await store.askToKeepStorage();
    expect(navigator.storage.persist).not.toHaveBeenCalled();
    device.setSharedComputer(false);
  });

  it('notes an export and the notes put away, keeping what was there', async () => {
    const { store } = await load();
    store.putAwayWeekNotice();
    store.noteExport(new Date('2026-11-03T10:00:00Z'));
    store.putAwayExportReminder(new Date('2026-11-04T10:00:00Z'));
    expect(readDurability(localStorage.getItem(KEY) ?? undefined)).toEqual({
      weekNoticeDone: true,
      exportedAt: '2026-11-03T10:00:00.000Z',
      reminderPutAwayAt: '2026-11-04T10:00:00.000Z',
    });
  });

  it('reads over stored data it cannot read, and replaces it on the next change', async () => {
    localStorage.setItem(KEY, '{not json');
    const { store } = await load();
    expect(store.durability.get()).toEqual({});
    store.putAwayWeekNotice();
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ weekNoticeDone: true });
  });
});

describe('installing, and other tabs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the browser’s offer to install, shows its dialogue once, and knows when it runs as an app', async () => {
    vi.resetModules();
    const store = await import('../../src/stores/durability');
    await store.install(); // Nothing offered yet: nothing happens.
    const prompt = vi.fn(async () => undefined);
    dispatchEvent(Object.assign(new Event('beforeinstallprompt'), { prompt }));
    expect(store.installOffer.get()).not.toBeNull();
    await store.install();
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(store.installOffer.get()).toBeNull();
    dispatchEvent(Object.assign(new Event('beforeinstallprompt'), { prompt }));
    dispatchEvent(new Event('appinstalled'));
    expect(store.installOffer.get()).toBeNull();

    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(display-mode: standalone)' }));
    expect(store.runningAsApp()).toBe(true);
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(store.runningAsApp()).toBe(false);
  });

  it('follows another tab’s notes, and a cleared store', async () => {
    localStorage.clear();
    vi.resetModules();
    const store = await import('../../src/stores/durability');
    localStorage.setItem(store.DURABILITY_KEY, JSON.stringify({ weekNoticeDone: true }));
    dispatchEvent(new StorageEvent('storage', { key: store.DURABILITY_KEY, storageArea: localStorage }));
    expect(store.durability.get()).toEqual({ weekNoticeDone: true });
    dispatchEvent(new StorageEvent('storage', { key: 'notnever:something-else', storageArea: localStorage }));
    expect(store.durability.get()).toEqual({ weekNoticeDone: true });
    localStorage.clear();
    dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(store.durability.get()).toEqual({});
  });
});
