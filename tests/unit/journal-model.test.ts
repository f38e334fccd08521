// @vitest-environment jsdom
/**
 * Model-based tests of the journal store (fast-check `fc.commands`): random runs of every action a
 * person can take, in two tabs that hear of each other's writes late, with reloads, and switching
 * shared-computer mode ("Don't keep anything on this device") on and off. After every step, what
 * storage holds reads back cleanly, nothing is set aside, nothing is logged as an error, every
 * entry the person saved (and did not delete) is still somewhere, and once every tab keeps nothing
 * on the device, the device holds nothing of the site's. Once the tabs have heard of each other,
 * they follow the last switch, and after switching off both show exactly the entries the person
 * expects.
 */
import fc from 'fast-check';
import { runs } from './runs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredJournal, REMEMBER_REMOVALS_MS, type JournalEntry } from '../../src/lib/journal';
import { Browser, type Tab } from './tabs';
import { entry } from './fixtures';
import type { Track } from '../../src/lib/journal-track';
import { arbitraryTrack } from './journal-arbitraries';

const KEY = 'notnever:journal:v1';

/**
 * What the person expects: each saved entry's id, with its company as last labelled and its
 * stages and dates as last recorded (stages oldest first, as the journal shows them).
 */
interface Model {
  present: Map<string, string>;
  made: number;
  /** Whether the person last switched shared-computer mode on. */
  shared: boolean;
}

interface Real {
  browser: Browser;
  tabs: Tab[];
  errors: unknown[];
  steps: number;
  /** Steps after which every tab kept nothing on the device. */
  sharedSteps: number;
}

type Command = fc.AsyncCommand<Model, Real>;

const tick = () => vi.setSystemTime(Date.now() + 1);
const order = ['applied', 'screening', 'interview', 'offer', 'rejected', 'quiet'];
/** The company and the track, as the person expects to see them: written out here, not with the store's own rules. */
function expectedOf(company: string, track: Track | undefined): string {
  const steps = [...(track?.steps ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : order.indexOf(a.step) - order.indexOf(b.step),
  );
  const empty = steps.length === 0 && !track?.next && !track?.reapply;
  return JSON.stringify([company, empty ? null : { ...track, steps }]);
}
const summary = (e: JournalEntry) => expectedOf(e.label.company, e.track);
const label = (company: string) => ({ company, role: '', date: '', stage: '' as const });

class Add implements Command {
  constructor(
    readonly tab: number,
    readonly company: string,
    readonly track: Track | undefined,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = `e${++model.made}`;
    const added = entry({ id, label: label(this.company), ...(this.track ? { track: this.track } : {}) });
    expect(real.tabs[this.tab]!.stores.journal.addEntry(added)).toBe(true);
    model.present.set(id, expectedOf(this.company, this.track));
  }
  toString = () => `tab ${this.tab}: add "${this.company}"${this.track ? ` with ${JSON.stringify(this.track)}` : ''}`;
}

/** Records stages, a next step or a reapply date, as the track editor and "Due now" (Done, Snooze) do. */
class TrackIt implements Command {
  constructor(
    readonly tab: number,
    readonly pick: number,
    readonly track: Track,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const shown = real.tabs[this.tab]!.entries();
    const target = shown[this.pick % Math.max(1, shown.length)];
    if (!target) return;
    expect(real.tabs[this.tab]!.stores.journal.trackEntry(target.id, this.track)).toBe(true);
    model.present.set(target.id, expectedOf(target.label.company, this.track));
  }
  toString = () => `tab ${this.tab}: record ${JSON.stringify(this.track)} on entry ${this.pick}`;
}

class Relabel implements Command {
  constructor(
    readonly tab: number,
    readonly pick: number,
    readonly company: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const seen = real.tabs[this.tab]!.entries();
    const target = seen[this.pick % Math.max(1, seen.length)];
    if (!target) return;
    expect(real.tabs[this.tab]!.stores.journal.relabelEntry(target.id, label(this.company))).toBe(true);
    // A change made after a deletion this tab had not heard of brings the entry back: the later change wins.
    // Relabelling keeps the stages and dates as this tab shows them.
    model.present.set(target.id, expectedOf(this.company, target.track));
  }
  toString = () => `tab ${this.tab}: relabel entry ${this.pick} "${this.company}"`;
}

class Delete implements Command {
  constructor(
    readonly tab: number,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const seen = real.tabs[this.tab]!.entries();
    const target = seen[this.pick % Math.max(1, seen.length)];
    if (!target) return;
    real.tabs[this.tab]!.stores.journal.deleteEntry(target.id);
    model.present.delete(target.id);
  }
  toString = () => `tab ${this.tab}: delete entry ${this.pick}`;
}

class Clear implements Command {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const seen = real.tabs[this.tab]!.entries();
    real.tabs[this.tab]!.stores.journal.clearJournal();
    // What this tab showed is deleted; what another tab saved meanwhile, unseen, is not.
    for (const { id } of seen) model.present.delete(id);
  }
  toString = () => `tab ${this.tab}: delete the whole journal`;
}

class Import implements Command {
  constructor(
    readonly tab: number,
    readonly fresh: number,
    readonly again: boolean,
    readonly mode: 'merge' | 'replace',
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const seen = real.tabs[this.tab]!.entries();
    const file: JournalEntry[] = Array.from({ length: this.fresh }, () =>
      entry({ id: `i${++model.made}`, label: label('Imported') }),
    );
    // A file exported earlier holds some entries the journal has already, perhaps labelled differently.
    if (this.again && seen[0]) file.push({ ...seen[0], label: label('From the file') });
    const added = real.tabs[this.tab]!.stores.journalImport.importEntries(file, this.mode);
    if (this.mode === 'replace') {
      for (const { id } of seen) model.present.delete(id);
      for (const put of file) model.present.set(put.id, summary(put));
      expect(added).toBe(file.length);
    } else {
      for (const put of file.slice(0, this.fresh)) model.present.set(put.id, summary(put));
      expect(added).toBe(this.fresh);
    }
  }
  toString = () => `tab ${this.tab}: import ${this.fresh} new${this.again ? ' and one already there' : ''} (${this.mode})`;
}

class Deliver implements Command {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(_: Model, real: Real) {
    real.tabs[this.tab]!.deliver();
  }
  toString = () => `tab ${this.tab}: hears of the other's writes`;
}

class Reload implements Command {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(_: Model, real: Real) {
    // A reload takes longer than a write takes to reach the other tabs.
    real.browser.deliverAll();
    await real.tabs[this.tab]!.load();
    // The new page asks the open tabs whether one keeps nothing on the device, and hears the answer.
    for (let i = 0; i < 2; i++) await new Promise((answered) => setTimeout(answered));
  }
  toString = () => `tab ${this.tab}: reload`;
}

/** "Don't keep anything on this device", switched on the data page of one tab. */
class Switch implements Command {
  constructor(
    readonly tab: number,
    readonly on: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    // A person takes longer to reach the switch than a write takes to reach this tab (the others may hear of the switch late).
    real.tabs[this.tab]!.deliver();
    const { storage, device } = real.tabs[this.tab]!.stores;
    // The data page shows the switch as this tab has it: the person can only turn it the other way.
    if (storage.sharedComputer.get() === this.on) return;
    expect(device.setSharedComputer(this.on)).toBe(true);
    model.shared = this.on;
  }
  toString = () => `tab ${this.tab}: switch shared-computer mode ${this.on ? 'on' : 'off'}`;
}

class Wait implements Command {
  // Tabs that keep nothing on the device cannot hear each other: a deletion in one is forgotten after a
  // minute, and the other's copy brings the entry back when the mode is switched off. Not modelled.
  check = (model: Readonly<Model>) => !model.shared;
  async run(_: Model, real: Real) {
    real.browser.deliverAll();
    vi.setSystemTime(Date.now() + REMEMBER_REMOVALS_MS + 1);
  }
  toString = () => 'a minute passes';
}

/** Runs one action a moment after the last, then checks what must always hold. */
class Step implements Command {
  constructor(readonly inner: Command) {}
  check = (model: Readonly<Model>) => this.inner.check(model);
  async run(model: Model, real: Real) {
    tick();
    await this.inner.run(model, real);
    real.steps += 1;
    if (real.tabs.every((t) => t.stores.storage.sharedComputer.get())) real.sharedSteps += 1;
    checkInvariants(model, real, real.errors);
  }
  toString = () => String(this.inner);
}

const tab = fc.integer({ min: 0, max: 1 });
const company = fc.constantFrom('Acme', 'Beta', 'Gamma', '<b>Delta</b>');
const commands = [
  fc.tuple(tab, company, fc.option(arbitraryTrack, { nil: undefined })).map(([t, c, k]) => new Add(t, c, k)),
  fc.tuple(tab, fc.nat(9), arbitraryTrack).map(([t, p, k]) => new TrackIt(t, p, k)),
  fc.tuple(tab, fc.nat(9), company).map(([t, p, c]) => new Relabel(t, p, c)),
  fc.tuple(tab, fc.nat(9)).map(([t, p]) => new Delete(t, p)),
  fc
    .tuple(tab, fc.nat(3), fc.boolean(), fc.constantFrom('merge' as const, 'merge' as const, 'replace' as const))
    .map(([t, n, again, mode]) => new Import(t, n, again, mode)),
  tab.map((t) => new Clear(t)),
  tab.map((t) => new Deliver(t)),
  tab.map((t) => new Deliver(t)),
  tab.map((t) => new Reload(t)),
  fc.tuple(tab, fc.boolean()).map(([t, on]) => new Switch(t, on)),
  fc.constant(new Wait()),
].map((arbitrary) => arbitrary.map((command: Command) => new Step(command)));

/** What must hold after every step. */
function checkInvariants(model: Model, real: Real, errors: unknown[]) {
  const raw = real.browser.data.get(KEY);
  if (raw !== undefined) {
    const read = readStoredJournal(raw);
    expect(read.ok && read.unreadable).toEqual([]);
  }
  for (const { stores } of real.tabs) {
    expect(stores.storage.setAside.get()).toEqual([]);
    expect(stores.storage.storageState.get()).toBe('ok');
  }
  // Once every tab keeps nothing on the device, the device holds nothing of the site's.
  if (real.tabs.every((t) => t.stores.storage.sharedComputer.get()))
    expect([...real.browser.data.keys()].filter((key) => key.startsWith('notnever:'))).toEqual([]);
  expect(errors).toEqual([]);
  // No saved entry is ever missing: some tab still holds it, and will write it back.
  for (const id of model.present.keys()) {
    expect(real.tabs.some((t) => t.entries().some((e) => e.id === id))).toBe(true);
  }
}

function checkSettled(model: Model, real: Real) {
  const expected = [...model.present.entries()].sort();
  for (const t of real.tabs) {
    expect(
      t
        .entries()
        .map((e) => [e.id, summary(e)])
        .sort(),
    ).toEqual(expected);
  }
  const raw = real.browser.data.get(KEY);
  const stored =
    raw === undefined ? [] : (readStoredJournal(raw) as { ok: true; state: { entries: JournalEntry[] } }).state.entries;
  expect(stored.map((e) => [e.id, summary(e)]).sort()).toEqual(expected);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T09:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the journal store, model-based', () => {
  it('loses nothing and sets nothing aside, over thousands of steps in two tabs', async () => {
    let steps = 0;
    let sharedSteps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'max' }), async (list) => {
        const errors: unknown[] = [];
        vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
        const browser = new Browser();
        const real: Real = { browser, tabs: [await browser.open(), await browser.open()], errors, steps: 0, sharedSteps: 0 };
        // Closed even when a run fails, so that its tabs cannot answer the next run's (as fast-check shrinks).
        try {
          const model: Model = { present: new Map(), made: 0, shared: false };
          await fc.asyncModelRun(() => ({ model, real }), list);
          steps += real.steps;
          sharedSteps += real.sharedSteps;
          browser.deliverAll();
          checkInvariants(model, real, errors);
          // Every tab follows the last switch; switched off, the tabs' copies are merged back onto the device.
          for (const t of real.tabs) expect(t.stores.storage.sharedComputer.get()).toBe(model.shared);
          if (model.shared) {
            expect(real.tabs[0]!.stores.device.setSharedComputer(false)).toBe(true);
            browser.deliverAll();
            checkInvariants(model, real, errors);
          }
          checkSettled(model, real);
        } finally {
          browser.close();
        }
      }),
      { numRuns: runs(120) },
    );
    expect(steps).toBeGreaterThan(runs(120) * 15);
    // Shared-computer mode is not a rare corner of these runs: a fifth to a quarter of all steps over
    // the full count. Stryker's ten runs vary too much for a fraction (8% to 40% seen), so there it
    // need only be present.
    expect(sharedSteps).toBeGreaterThan(runs(120) === 120 ? steps / 10 : 0);
  }, 60_000);
});
