import { describe, expect, it } from 'vitest';
import { computePatterns } from '../../src/lib/patterns';
import { draftStar, starText } from '../../src/lib/star';
import { entry } from './fixtures';
import { loadCheck } from './content';

const check = loadCheck();
const signal = (id: string) => check.questions.find((q) => q.id === id)?.signal;
const label = (stage: '' | 'technical' | 'final-round' | 'screening', date = '2026-10-01') => ({
  company: '',
  role: '',
  date,
  stage,
});

describe('computePatterns', () => {
  it('says there is nothing yet for an empty journal', () => {
    const patterns = computePatterns([], signal);
    expect(patterns).toMatchObject({ count: 0, recurring: [], stages: [] });
    expect(patterns.reading).toEqual(['Nothing saved yet. Save a check from its result to start your journal.']);
  });

  it('does not read a pattern into a single entry', () => {
    const patterns = computePatterns([entry({ id: 'a' })], signal);
    expect(patterns.count).toBe(1);
    expect(patterns.reading[0]).toMatch(/^One rejection so far/);
  });

  it('finds where rejections cluster, the reasons that recur, and says so plainly', () => {
    const entries = [
      entry({
        id: 'a',
        outcome: 'learn-from-it',
        reasons: { notYou: [], learn: ['could-not-answer'] },
        label: label('technical', '2026-08-01'),
      }),
      entry({
        id: 'b',
        outcome: 'learn-from-it',
        reasons: { notYou: [], learn: ['could-not-answer', 'under-prepared'] },
        label: label('technical', '2026-09-10'),
      }),
      entry({
        id: 'c',
        outcome: 'both',
        reasons: { notYou: ['hiring-freeze'], learn: ['could-not-answer'] },
        label: label('technical', '2026-10-20'),
      }),
      entry({ id: 'd', outcome: 'not-you', label: label('final-round', '2026-11-01') }),
    ];
    const patterns = computePatterns(entries, signal);
    expect(patterns.outcomes).toEqual({ 'not-you': 1, 'learn-from-it': 2, both: 1, 'too-early': 0 });
    expect(patterns.spanDays).toBe(92);
    expect(patterns.cluster).toEqual({ stage: 'technical', count: 3, of: 4 });
    expect(patterns.recurring).toEqual([
      { id: 'could-not-answer', axis: 'learn', count: 3 },
      { id: 'hiring-freeze', axis: 'notYou', count: 2 },
    ]);
    expect(patterns.reading).toEqual([
      'Four rejections over three months. That is a normal part of a search, not a verdict.',
      'Three of your four rejections came after a technical or task round: practise there first.',
      'Most of your results point to things you can practise, which means you can change them.',
      '“A question you could have prepared for caught you out” came up three times.',
      'A few noes do not mean never.',
    ]);
  });

  it('names no cluster when stages tie, and no side when outcomes tie', () => {
    const entries = [
      entry({ id: 'a', outcome: 'not-you', label: label('technical') }),
      entry({ id: 'b', outcome: 'learn-from-it', reasons: { notYou: [], learn: [] }, label: label('final-round') }),
    ];
    const patterns = computePatterns(entries, signal);
    expect(patterns.cluster).toBeUndefined();
    expect(patterns.reading).toContain('Your rejections are spread across different stages, so no single stage stands out.');
    expect(patterns.reading.join(' ')).not.toMatch(/Most of your results/);
  });

  it('leaves out reasons the current questions no longer have', () => {
    const entries = [0, 1].map((i) => entry({ id: `r${i}`, reasons: { notYou: ['retired-question'], learn: [] } }));
    expect(computePatterns(entries, signal).recurring).toEqual([]);
  });
});

describe('the STAR draft', () => {
  it('drafts each part from a journal entry, leaving a prompt for what the journal cannot know', () => {
    const draft = draftStar(
      entry({
        id: 'a',
        outcome: 'learn-from-it',
        reasons: { notYou: [], learn: ['could-not-answer', 'examples-without-results'] },
        label: { company: 'Acme', role: 'data analyst', date: '2026-10-30', stage: 'final-round' },
      }),
      signal,
    );
    expect(draft.situation).toBe(
      'In October 2026, I reached a final round for the data analyst role at Acme, and was told they would not be going ahead with me.',
    );
    expect(draft.action).toContain(
      'a question I could have prepared for caught me out and my examples did not show their results',
    );
    expect(draft.result).toMatch(/^\[/);
    expect(starText(draft)).toMatch(/^Situation: In October 2026[\s\S]*\n\nWhat I learned: /);
  });
});
