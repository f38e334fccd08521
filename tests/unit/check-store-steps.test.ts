// @vitest-environment jsdom
/** The check store step by step: the error a missing answer shows, and when it clears; resuming; going back to the start. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCheck } from './content';

const check = loadCheck();
const KEY = 'notnever:check:v1';

async function loadStore() {
  vi.resetModules();
  const store = await import('../../src/stores/check');
  store.initCheck(check);
  return store;
}

beforeEach(() => localStorage.clear());

describe('the check store, step by step', () => {
  it('shows which question is missing an answer, and clears it when that question is answered', async () => {
    const store = await loadStore();
    store.start();
    store.next();
    expect(store.missingAnswer.get()).toBe('stage');
    // An option the question does not have, or another question, changes nothing.
    store.choose('stage', 'no-such-option');
    store.choose('unfair', 'none');
    expect(store.missingAnswer.get()).toBe('stage');
    expect(store.checkProgress.get()?.answers).toEqual({});
    store.choose('stage', 'final-round');
    expect(store.missingAnswer.get()).toBeNull();
    expect(store.checkProgress.get()?.answers).toEqual({ stage: ['final-round'] });
  });

  it('clears the error on Back and on a new start', async () => {
    const store = await loadStore();
    store.start();
    store.next();
    store.back();
    expect(store.missingAnswer.get()).toBeNull();
    expect(store.checkProgress.get()).toBeNull();
    store.start();
    store.next();
    store.start();
    expect(store.missingAnswer.get()).toBeNull();
    expect(store.checkProgress.get()).toMatchObject({ answers: {}, step: 0, reviewing: false });
  });

  it('keeps answers when Back leaves the first question, and offers to resume them', async () => {
    const store = await loadStore();
    store.start();
    store.choose('stage', 'final-round');
    store.back();
    expect(store.resumeOffered.get()).toBe(true);
    expect(store.checkProgress.get()?.answers).toEqual({ stage: ['final-round'] });
    store.resume();
    expect(store.resumeOffered.get()).toBe(false);
  });

  it('offers to resume after a reload mid-way or at "check your answers", never at the first question or after the result', async () => {
    const at = async (step: number, answers: Record<string, string[]> = {}) => {
      localStorage.setItem(KEY, JSON.stringify({ checkVersion: check.version, answers, step, reviewing: false }));
      return (await loadStore()).resumeOffered.get();
    };
    expect(await at(0)).toBe(false);
    const internal = check.questions.findIndex((q) => q.id === 'internal-applicant');
    expect(await at(internal, { stage: ['final-round'] })).toBe(true);
  });

  it('tells the views apart: a question, "check your answers", the result, or the start', async () => {
    const store = await loadStore();
    const total = check.questions.length;
    expect(store.viewOf(null, total)).toEqual({ kind: 'start' });
    expect(store.viewOf({ checkVersion: 2, answers: {}, step: 3, reviewing: false }, total)).toEqual({
      kind: 'question',
      index: 3,
    });
    expect(store.viewOf({ checkVersion: 2, answers: {}, step: total, reviewing: false }, total)).toEqual({ kind: 'review' });
    expect(store.viewOf({ checkVersion: 2, answers: {}, step: total + 1, reviewing: false }, total)).toEqual({ kind: 'result' });
  });
});
