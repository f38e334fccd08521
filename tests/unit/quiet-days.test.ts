// @vitest-environment jsdom
/** The journal's "gone quiet" setting: whole days from 1 to 365, the default stored as nothing, anything else read as the default. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStorageAndErrors } from './fresh-storage';

const KEY = 'notnever:journal:quiet-days:v1';
const errors = freshStorageAndErrors();

async function load() {
  vi.resetModules();
  const store = await import('../../src/stores/quiet-days');
  const stop = store.quietDays.listen(() => undefined);
  return { ...store, stop };
}

afterEach(() => vi.restoreAllMocks());

describe('the quiet-days setting', () => {
  it('keeps a whole number of days, reads it back on the next load, and keeps nothing for the default', async () => {
    const first = await load();
    expect(first.quietDays.get()).toBeUndefined();
    expect(first.setQuietDays(21)).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('21');
    first.stop();
    const again = await load();
    expect(again.quietDays.get()).toBe(21);
    expect(again.setQuietDays(14)).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(again.quietDays.get()).toBeUndefined();
    again.stop();
    expect(errors).toEqual([]);
  });

  it('refuses days that are not whole, or outside 1 to 365, and changes nothing', async () => {
    const store = await load();
    store.setQuietDays(30);
    for (const days of [0, -3, 1.5, 366, Number.NaN]) expect(store.setQuietDays(days), String(days)).toBe(false);
    expect(store.quietDays.get()).toBe(30);
    for (const days of [1, 365]) expect(store.setQuietDays(days)).toBe(true);
    store.stop();
  });

  it('reads anything else stored under its key as the default', async () => {
    for (const text of ['0', '400', '7.5', 'soon', '']) {
      localStorage.setItem(KEY, text);
      const store = await load();
      expect(store.quietDays.get(), text).toBeUndefined();
      store.stop();
    }
    expect(errors).toEqual([]);
  });
});
