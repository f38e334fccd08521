// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'notnever:plan:v1';

async function load() {
  vi.resetModules();
  const storage = await import('../../src/stores/persisted');
  const plan = await import('../../src/stores/plan');
  const stop = plan.planDetails.listen(() => undefined);
  return { storage, plan, stop };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the plan store', () => {
  it('keeps the details and reads them back on the next load', async () => {
    const { plan, stop } = await load();
    expect(plan.updatePlan({ company: 'Acme', followUp: '2026-12-08' })).toBe(true);
    stop();
    const again = await load();
    expect(again.plan.planDetails.get()).toMatchObject({ company: 'Acme', followUp: '2026-12-08' });
    again.stop();
  });

  it('refuses to write a date its reader would refuse, saying so in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { plan, stop } = await load();
    plan.updatePlan({ company: 'Acme' });
    expect(plan.updatePlan({ followUp: '9999-12-31' })).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ company: 'Acme', followUp: '' });
    stop();
  });

  it('keeps unreadable details aside once the plan is on show, and starts afresh', async () => {
    localStorage.setItem(KEY, '{"company":3}');
    const { plan, storage, stop } = await load();
    expect(plan.planDetails.get().company).toBe('');
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: true }]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:plan:v1:'))).toHaveLength(1);
    expect(localStorage.getItem(KEY)).toBeNull();
    stop();
  });
});

describe('the plan of each result', () => {
  it('shows each result its own details, keeping the person’s name for all, and writes only what it reads back', async () => {
    const { plan, stop } = await load();
    plan.updatePlan({ company: 'Acme', name: 'Sam' });
    plan.showPlanFor('aaa');
    plan.showPlanFor('bbb');
    expect(plan.planDetails.get()).toEqual({ company: '', role: '', interviewer: '', name: 'Sam', followUp: '' });
    plan.updatePlan({ company: 'Beta' });
    plan.showPlanFor('aaa');
    expect(plan.planDetails.get()).toMatchObject({ company: 'Acme', name: 'Sam' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ result: 'aaa', kept: { bbb: { company: 'Beta' } } });
    stop();
  });

  it('keeps a stored value it cannot read aside before the kit writes anything over it, even before it is shown', async () => {
    localStorage.setItem(KEY, '{"company":3}');
    vi.resetModules();
    const plan = await import('../../src/stores/plan');
    const storage = await import('../../src/stores/persisted');
    plan.showPlanFor('aaa');
    const backups = Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:plan:v1:'));
    expect(backups.map((key) => localStorage.getItem(key))).toEqual(['{"company":3}']);
    expect(storage.setAside.get()).toEqual([{ key: KEY, copied: true }]);
  });
});

describe('the plan store, empty', () => {
  it('starts with every detail empty', async () => {
    const { plan, stop } = await load();
    expect(plan.planDetails.get()).toEqual({ company: '', role: '', interviewer: '', name: '', followUp: '' });
    stop();
  });
});

describe('the plan across tabs', () => {
  it('forwards another tab’s change and a cleared store to the plan', async () => {
    const { plan, stop } = await load();
    localStorage.setItem(KEY, JSON.stringify({ company: 'Beta' }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    expect(plan.planDetails.get().company).toBe('Beta');
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(plan.planDetails.get().company).toBe('');
    stop();
  });
});

describe('the plan of each result, across tabs', () => {
  it('keeps showing and changing its own result’s details after another tab opens another result', async () => {
    const { plan, stop } = await load();
    plan.showPlanFor('aaa');
    plan.updatePlan({ company: 'Acme', name: 'Sam' });
    // Another tab, on result bbb, typed its company: the stored plan is now bbb's, with aaa's kept.
    const empty = { role: '', interviewer: '', followUp: '' };
    localStorage.setItem(
      KEY,
      JSON.stringify({ company: 'Beta', ...empty, name: 'Sam', result: 'bbb', kept: { aaa: { company: 'Acme', ...empty } } }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    expect(plan.planDetails.get()).toMatchObject({ company: 'Acme', name: 'Sam' });
    // What this tab types goes into aaa's details, never into bbb's.
    expect(plan.updatePlan({ role: 'Writer' })).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      result: 'aaa',
      company: 'Acme',
      role: 'Writer',
      kept: { bbb: { company: 'Beta', role: '' } },
    });
    expect(plan.planDetails.get()).toMatchObject({ company: 'Acme', role: 'Writer' });
    stop();
  });
});

describe('when nothing shows the plan any more', () => {
  it('stops following storage, a moment after its last listener goes', async () => {
    vi.useFakeTimers();
    const removed = vi.spyOn(window, 'removeEventListener');
    try {
      const { stop } = await load();
      stop();
      vi.advanceTimersByTime(5000);
      expect(removed).toHaveBeenCalledWith('storage', expect.any(Function));
    } finally {
      vi.useRealTimers();
    }
  });
});
