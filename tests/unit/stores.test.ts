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
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: true }]);
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
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other, storageArea: localStorage }));
    expect(store.checkProgress.get()).toMatchObject({ step: 1, answers: { [check.questions[0]!.id]: 'partly' } });

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null, storageArea: localStorage }));
    expect(store.checkProgress.get()).toBeNull();
  });
});
