// @vitest-environment jsdom
/** The small parts: copying, the storage notices' choice of words, preferences. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/lib/clipboard';
import { storageNotices, storageWords } from '../../src/lib/notices';

afterEach(() => vi.restoreAllMocks());

describe('copying', () => {
  it('says whether the browser let it copy', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyText('hello')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    expect(await copyText('hello')).toBe(false);
  });
});

describe('the storage notices', () => {
  it('say nothing when all is well', () => {
    expect(storageNotices('ok', [])).toEqual([]);
  });

  it('say why changes will not last', () => {
    expect(storageNotices('unavailable', [])).toEqual([storageWords.unavailable]);
    expect(storageNotices('failed', [])).toEqual([storageWords.failed]);
  });

  it('say truthfully whether what could not be read was copied aside', () => {
    expect(storageNotices('ok', [{ key: 'k', copied: true }])).toEqual([storageWords.copied]);
    // Not copied: the one notice that matters says changes will not last, and why.
    expect(storageNotices('failed', [{ key: 'k', copied: false }])).toEqual([storageWords.notCopied]);
    expect(
      storageNotices('failed', [
        { key: 'a', copied: false },
        { key: 'b', copied: true },
      ]),
    ).toEqual([storageWords.notCopied, storageWords.copied]);
  });
});

describe('preferences', () => {
  it('keep the number-key shortcuts off once switched off, and on again', async () => {
    localStorage.clear();
    vi.resetModules();
    const { setShortcuts, shortcutsOff } = await import('../../src/stores/prefs');
    setShortcuts(false);
    expect(localStorage.getItem('notnever:prefs:shortcuts:v1')).toBe('off');
    expect(shortcutsOff.get()).toBe('off');
    setShortcuts(true);
    expect(localStorage.getItem('notnever:prefs:shortcuts:v1')).toBeNull();
  });
});

describe('the journal’s readings', () => {
  it('reads a journal mostly too early to tell', async () => {
    const { computePatterns } = await import('../../src/lib/patterns');
    const { entry } = await import('./fixtures');
    const early = ['a1', 'b2', 'c3'].map((id) =>
      entry({ id, outcome: 'too-early', label: { company: '', role: '', date: '', stage: '' } }),
    );
    expect(computePatterns(early, () => undefined).reading).toContain(
      'Most of your results were too early to tell: following up would tell you more.',
    );
  });
});

describe('reminders with little to go on', () => {
  it('reminds without a company or role', async () => {
    const { followUpReminder } = await import('../../src/lib/reminder');
    const ics = followUpReminder({ company: ' ', role: '', interviewer: '', name: '', followUp: '2026-12-08' }, new Date(), 'x');
    expect(ics).toContain('SUMMARY:Follow up on your interview\r\n');
  });
});

describe('the data page’s storage actions', () => {
  it('lists copies set aside with what and when, deletes only copies, and switches shared mode off again', async () => {
    localStorage.clear();
    sessionStorage.clear();
    vi.resetModules();
    const device = await import('../../src/stores/device');
    const storage = await import('../../src/stores/persisted');
    localStorage.setItem('notnever:backup:check:v1:2026-01-02T03:04:05.000Z', 'x');
    localStorage.setItem('notnever:journal:v1', 'kept');
    expect(device.listBackups()).toEqual([
      { key: 'notnever:backup:check:v1:2026-01-02T03:04:05.000Z', what: 'check', when: '2026-01-02T03:04:05.000Z', text: 'x' },
    ]);
    device.deleteBackups(['notnever:journal:v1']);
    expect(localStorage.getItem('notnever:journal:v1')).toBe('kept');
    device.setSharedComputer(false);
    expect(storage.sharedComputer.get()).toBe(false);
    device.setSharedComputer(true);
    expect(sessionStorage.getItem('notnever:journal:v1')).toBe('kept');
    expect(device.listBackups().map((backup) => backup.what)).toEqual(['check']);
    device.setSharedComputer(false);
    expect(localStorage.getItem('notnever:journal:v1')).toBe('kept');
    expect(storage.sharedComputer.get()).toBe(false);
  });
});

describe('pattern readings over weeks', () => {
  it('counts weeks, orders equal reasons by name, and spreads stages', async () => {
    const { computePatterns } = await import('../../src/lib/patterns');
    const { entry } = await import('./fixtures');
    const dated = (id: string, date: string, stage: 'technical' | 'screening') =>
      entry({ id, reasons: { notYou: ['b-reason', 'a-reason'], learn: [] }, label: { company: '', role: '', date, stage } });
    const patterns = computePatterns(
      [dated('x1', '2026-01-01', 'technical'), dated('x2', '2026-01-22', 'screening')],
      (id) => `${id} words`,
    );
    expect(patterns.recurring.map((reason) => reason.id)).toEqual(['a-reason', 'b-reason']);
    expect(patterns.reading[0]).toBe('Two rejections over three weeks. That is a normal part of a search, not a verdict.');
    expect(patterns.reading).toContain('Your rejections are spread across different stages, so no single stage stands out.');
  });
});
