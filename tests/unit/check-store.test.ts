// @vitest-environment jsdom
/**
 * The check's store against real (jsdom) localStorage: skip logic, what it reads back, what it
 * keeps aside, older versions, storage that throws, other tabs, and a model-based test that runs
 * random sequences of everything a person can do and checks, after every step, that storage holds
 * only what the store's own reader accepts.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeProgress } from '../../src/lib/progress-codec';
import { loadCheck } from './content';
import { runs } from './runs';

const check = loadCheck();
const KEY = 'notnever:check:v1';
const index = (id: string) => check.questions.findIndex((q) => q.id === id);

/** A fresh copy of the stores, as a new page load would have. */
async function loadStores() {
  vi.resetModules();
  const storage = await import('../../src/stores/persisted');
  const store = await import('../../src/stores/check');
  store.initCheck(check);
  return { storage, store };
}

type Store = Awaited<ReturnType<typeof loadStores>>['store'];

/** Answers the current question with its first option (or the given one) and continues. */
function answerAndContinue(store: Store, optionId?: string) {
  const question = check.questions[store.checkProgress.get()!.step]!;
  store.choose(question.id, optionId ?? question.options[0]!.id);
  store.next();
}

const backups = () => Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:'));

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the check store', () => {
  it('keeps progress in localStorage and reads it back on the next load', async () => {
    const { store } = await loadStores();
    store.start();
    answerAndContinue(store, 'final-round');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      step: index('internal-applicant'),
      answers: { stage: ['final-round'] },
    });

    const again = await loadStores();
    expect(again.store.checkProgress.get()?.step).toBe(index('internal-applicant'));
    expect(again.store.resumeOffered.get()).toBe(true);
  });

  it('refuses to continue without an answer, naming the question', async () => {
    const { store } = await loadStores();
    store.start();
    store.next();
    expect(store.missingAnswer.get()).toBe('stage');
    expect(store.checkProgress.get()?.step).toBe(0);
  });

  it('skips questions that do not apply, going forward and back', async () => {
    const { store } = await loadStores();
    store.start();
    answerAndContinue(store, 'final-round');
    expect(store.checkProgress.get()?.step).toBe(index('internal-applicant'));
    store.back();
    answerAndContinue(store, 'offer');
    expect(store.checkProgress.get()?.step).toBe(index('offer'));
    store.back();
    store.back();
    expect(store.checkProgress.get()?.step).toBe(index('stage'));
  });

  it('drops answers to questions that stop applying when an earlier answer changes', async () => {
    const { store } = await loadStores();
    store.start();
    answerAndContinue(store, 'offer');
    answerAndContinue(store, 'terms');
    store.back();
    store.back();
    store.choose('stage', 'final-round');
    expect(store.checkProgress.get()?.answers).toEqual({ stage: ['final-round'] });
  });

  it('after a Change that opens a new question, asks it before going back to "check your answers"', async () => {
    const { store } = await loadStores();
    store.start();
    while (store.checkProgress.get()!.step < check.questions.length) answerAndContinue(store);
    expect(store.checkProgress.get()?.answers['stage']).toEqual(['screening']);
    store.change('stage');
    store.choose('stage', 'offer');
    store.next();
    expect(store.checkProgress.get()).toMatchObject({ step: index('offer'), reviewing: true });
    answerAndContinue(store, 'terms');
    expect(store.checkProgress.get()).toMatchObject({ step: check.questions.length, reviewing: false });
  });

  it('ticks and unticks in a "tick any" question, an exclusive answer standing alone', async () => {
    const { store } = await loadStores();
    store.start();
    store.choose('stage', 'final-round');
    store.next();
    store.choose('internal-applicant', 'no');
    store.next();
    store.choose('differently', 'prepare');
    store.choose('differently', 'nerves');
    expect(store.checkProgress.get()?.answers['differently']).toEqual(['prepare', 'nerves']);
    store.choose('differently', 'nothing');
    expect(store.checkProgress.get()?.answers['differently']).toEqual(['nothing']);
    store.choose('differently', 'nothing', false);
    expect(store.checkProgress.get()?.answers['differently']).toBeUndefined();
  });

  it('does not keep its own data aside when a finished check is started again and the browser goes Back (a bug in version 1)', async () => {
    const { storage, store } = await loadStores();
    store.start();
    while (store.checkProgress.get()!.step < check.questions.length) answerAndContinue(store);
    store.finish();
    expect(store.checkProgress.get()?.step).toBe(check.questions.length + 1);
    store.start();
    // The history entry of the result step: with no answers, the check cannot be there.
    const error = vi.spyOn(console, 'error');
    store.goToStep(check.questions.length + 1);
    expect(store.checkProgress.get()).toMatchObject({ step: 0, answers: {} });
    expect(decodeProgress(localStorage.getItem(KEY)!, check).status).toBe('ok');
    expect(backups()).toEqual([]);
    expect(storage.setAside.get()).toEqual([]);
    expect(error).not.toHaveBeenCalled();
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

  it('offers the new check for progress saved by version 1, keeping nothing aside as corrupt', async () => {
    localStorage.setItem(KEY, '{"checkVersion":1,"answers":{"hiring-freeze":"yes"},"step":1,"reviewing":false}');
    const { storage, store } = await loadStores();
    expect(store.outdatedVersion.get()).toBe(1);
    expect(store.checkProgress.get()).toBeNull();
    expect(backups()).toEqual([]);
    expect(storage.setAside.get()).toEqual([]);
    store.start();
    expect(store.outdatedVersion.get()).toBeNull();
    expect(decodeProgress(localStorage.getItem(KEY)!, check).status).toBe('ok');
  });

  it('works for the visit when writes throw (storage full), and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === KEY) throw new DOMException('full', 'QuotaExceededError');
    });
    const { storage, store } = await loadStores();
    store.start();
    answerAndContinue(store, 'screening');
    expect(store.checkProgress.get()).toMatchObject({ step: index('internal-applicant'), answers: { stage: ['screening'] } });
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
      answerAndContinue(store);
      expect(store.checkProgress.get()?.step).toBe(index('internal-applicant'));
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('follows another tab: a new value, and a cleared store', async () => {
    const { store } = await loadStores();
    store.start();
    const other = JSON.stringify({
      checkVersion: check.version,
      answers: { stage: ['later-round'] },
      step: index('internal-applicant'),
      reviewing: false,
    });
    localStorage.setItem(KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other, storageArea: localStorage }));
    expect(store.checkProgress.get()).toMatchObject({ step: index('internal-applicant'), answers: { stage: ['later-round'] } });

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null, storageArea: localStorage }));
    expect(store.checkProgress.get()).toBeNull();
  });
});

describe('the check store, model-based (fast-check commands)', () => {
  interface Real {
    store: Store;
    storage: Awaited<ReturnType<typeof loadStores>>['storage'];
  }
  /** What the person has answered and where they are, as far as the model knows. */
  interface Model {
    started: boolean;
  }

  /** After every command: storage holds nothing, or a value the reader accepts; nothing is kept aside; no console error. */
  function storageIsClean(real: Real) {
    const raw = localStorage.getItem(KEY);
    if (raw !== null) expect(decodeProgress(raw, check)).toMatchObject({ status: 'ok' });
    expect(backups()).toEqual([]);
    expect(real.storage.setAside.get()).toEqual([]);
    const progress = real.store.checkProgress.get();
    if (progress) expect(JSON.parse(raw ?? 'null')).toEqual(progress);
  }

  const step = (name: string, run: (real: Real) => void | Promise<void>) =>
    ({
      check: () => true,
      run: async (model: Model, real: Real) => {
        await run(real);
        if (name === 'start') model.started = true;
        storageIsClean(real);
      },
      toString: () => name,
    }) as fc.AsyncCommand<Model, Real>;

  const questionIds = check.questions.map((q) => q.id);
  const commands = [
    fc.constant(step('start', (real) => real.store.start())),
    fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([q, o, ticked]) =>
      step(`choose ${q}/${o}/${ticked}`, (real) => {
        // Mostly the question on screen, as a person would; sometimes any question, as a bug might.
        const progress = real.store.checkProgress.get();
        const question = (q % 3 !== 0 && progress && check.questions[progress.step]) || check.questions[q % questionIds.length]!;
        real.store.choose(question.id, question.options[o % question.options.length]!.id, ticked);
      }),
    ),
    fc.constant(step('next', (real) => real.store.next())),
    fc.constant(step('back', (real) => real.store.back())),
    fc.nat().map((q) => step(`change ${q}`, (real) => real.store.change(questionIds[q % questionIds.length]!))),
    fc.integer({ min: -1, max: check.questions.length + 2 }).map((n) => step(`goToStep ${n}`, (real) => real.store.goToStep(n))),
    fc.constant(step('finish', (real) => real.store.finish())),
    fc.constant(step('goToStart', (real) => real.store.goToStart())),
    fc.constant(step('start again', (real) => real.store.start())),
    fc.constant(
      step('reload', async (real) => {
        const again = await loadStores();
        real.store = again.store;
        real.storage = again.storage;
      }),
    ),
  ];

  it('never writes what its own reader would refuse, whatever a person does (thousands of steps)', async () => {
    const error = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60 }), async (cmds) => {
        localStorage.clear();
        const real: Real = await loadStores();
        await fc.asyncModelRun(() => ({ model: { started: false }, real }), cmds);
      }),
      { numRuns: runs(150) },
    );
    expect(error).not.toHaveBeenCalled();
  });
});

describe('a check in progress from version 2', () => {
  it('is carried over when its answers kept their meaning, written back in the new form, and said so', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        checkVersion: 2,
        answers: { stage: ['final-round'], 'internal-applicant': ['no'] },
        step: 2,
        reviewing: false,
      }),
    );
    const { store } = await loadStores();
    expect(store.carriedOver.get()).toBe(2);
    expect(store.checkProgress.get()).toMatchObject({ checkVersion: check.version, answers: { stage: ['final-round'] } });
    expect(JSON.parse(localStorage.getItem(KEY)!).checkVersion).toBe(check.version);
    expect(backups()).toEqual([]);
  });

  it('is offered as "start the new check" when an answer changed its meaning, with nothing kept aside', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        checkVersion: 2,
        answers: { stage: ['final-round'], 'internal-applicant': ['no'], differently: ['nothing'], unfair: ['cut-short'] },
        step: 4,
        reviewing: false,
      }),
    );
    const { store } = await loadStores();
    expect(store.carriedOver.get()).toBeNull();
    expect(store.outdatedVersion.get()).toBe(2);
    expect(store.checkProgress.get()).toBeNull();
    expect(backups()).toEqual([]);
  });
});
