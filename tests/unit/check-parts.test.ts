// @vitest-environment jsdom
/** The smaller parts of the check: levels in words, version-1 links, the calibration figures, a finished check read back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calibrationReport } from '../../src/lib/calibration';
import { firstLabel } from '../../src/lib/journal-entry';
import { leanOf, levelOf } from '../../src/lib/scoring';
import { checksum } from '../../src/lib/share-link';
import { decodeVersion1Link } from '../../src/lib/share-link-v1';
import { reasonTexts } from '../../src/lib/signals';
import { answersFromChoices } from './check-arbitraries';
import { loadCheck } from './content';

const check = loadCheck();
afterEach(() => localStorage.clear());

describe('how far a side leans, in words', () => {
  it.each([
    [[], 'none'],
    [[{ weight: 3, evidence: 'hint' as const }], 'slight'],
    [[{ weight: 2, evidence: 'definite' as const }], 'clear'],
    [
      [
        { weight: 3, evidence: 'first-hand' as const },
        { weight: 2, evidence: 'definite' as const },
      ],
      'strong',
    ],
  ])('%j is %s', (reasons, level) => {
    expect(levelOf(leanOf(reasons, check.thresholds.lean), check.thresholds.lean)).toBe(level);
  });
});

describe('links made with version 1 of the check', () => {
  const signed = (body: string) => `${body}&c=${checksum(body)}`;
  it.each([
    ['v=1&n=50&l=80&e=60&rn=&rl=x', 'learn-from-it'],
    ['v=1&n=80&l=80&e=60&rn=&rl=', 'both'],
    ['v=1&n=50&l=50&e=60&rn=&rl=', 'too-early'],
  ])('%s came out as %s', (body, outcome) => {
    expect(decodeVersion1Link(signed(body))).toEqual({ ok: true, result: { checkVersion: 1, outcome } });
  });

  it.each([
    ['a field twice', 'v=1&n=50&n=50&l=50&e=60&rn=&rl=&c=000000', 'malformed'],
    ['a missing score', signed('v=1&n=50&l=50&rn=&rl='), 'malformed'],
    ['no checksum', 'v=1&n=50&l=50&e=60&rn=&rl=', 'edited'],
  ])('refuses %s', (_, text, problem) => {
    expect(decodeVersion1Link(text)).toEqual({ ok: false, problem });
  });
});

describe('the calibration figures', () => {
  it('are empty, not a division by zero, with no stories', () => {
    expect(calibrationReport([])).toMatchObject({ total: 0, agreed: 0, agreement: 0, kappa: 0 });
  });

  it('give kappa 1 when every story agrees on one outcome, where chance would agree as well', () => {
    const row = { id: 'a', expected: 'too-early', actual: 'too-early', outsideControl: false, ownFailingClear: false } as const;
    expect(calibrationReport([row, { ...row, id: 'b' }])).toMatchObject({ agreement: 1, kappa: 1 });
  });
});

describe('reading what the check gives', () => {
  it('words a reason by its side, and nothing for a code the check does not have', () => {
    const words = reasonTexts(check);
    expect(words('told:role-changed', 'notYou')).toMatch(/^They told you the role/);
    expect(words('told:role-changed', 'learn')).toBeUndefined();
    expect(words('no:such', 'notYou')).toBeUndefined();
    expect(reasonTexts(undefined)('told:role-changed', 'notYou')).toBeUndefined();
  });

  it('starts a journal entry’s label with the stage the person gave, and nothing they did not', () => {
    expect(firstLabel({ stage: ['offer'] })).toEqual({ company: '', role: '', date: '', stage: 'offer' });
    expect(firstLabel({})).toEqual({ company: '', role: '', date: '', stage: '' });
  });

  it('takes the company and role typed in the result’s kit, when a label can hold them', () => {
    expect(firstLabel({ stage: ['final-round'] }, { company: ' Acme ', role: 'Analyst' })).toEqual({
      company: 'Acme',
      role: 'Analyst',
      date: '',
      stage: 'final-round',
    });
    expect(firstLabel({}, { company: 'x'.repeat(101), role: 'y'.repeat(100) })).toMatchObject({
      company: '',
      role: 'y'.repeat(100),
    });
  });

  it('reads back the check finished in this browser, and nothing that is not finished or not readable', async () => {
    vi.resetModules();
    const { finishedAnswers, PROGRESS_KEY } = await import('../../src/stores/progress');
    expect(finishedAnswers(check)).toBeUndefined();
    const answers = { stage: ['screening'] };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ checkVersion: check.version, answers, step: 2, reviewing: false }));
    expect(finishedAnswers(check)).toBeUndefined();
    localStorage.setItem(PROGRESS_KEY, '{oops');
    expect(finishedAnswers(check)).toBeUndefined();
    const finished = answersFromChoices(check, [1, 2, 3, 4, 5]);
    const step = check.questions.length + 1;
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ checkVersion: check.version, answers: finished, step, reviewing: false }),
    );
    expect(finishedAnswers(check)).toEqual(finished);
  });
});
