import type { CheckPartV2, JournalEntry } from '../../src/lib/journal';

/** A hand-made entry made with version 1 of the check; fields can be overridden per test. */
export function entry(overrides: Partial<JournalEntry> & { id: string }): JournalEntry {
  return {
    savedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    checkVersion: 1,
    outcome: 'not-you',
    notYou: 67,
    learn: 50,
    evidence: 56,
    reasons: { notYou: ['hiring-freeze'], learn: [] },
    answers: { 'hiring-freeze': 'yes' },
    label: { company: 'Acme', role: 'Analyst', date: '2026-10-30', stage: 'final-round' },
    ...overrides,
  } as JournalEntry;
}

/** An entry as version 2 of the check stores it: reasons as codes, a list of options per question, no scores. */
export function entryV2(overrides: Partial<CheckPartV2 & JournalEntry> & { id: string }): JournalEntry {
  return {
    savedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    checkVersion: 2,
    outcome: 'both',
    reasons: { notYou: ['told:role-cancelled'], learn: ['prepared:not-really'] },
    answers: { told: ['role-cancelled'], signs: ['rushed', 'late'] },
    label: { company: 'Beta', role: '', date: '', stage: '' },
    ...overrides,
  };
}

/**
 * Answers with nothing decisive in them (a final round, a standard email, nothing looked into
 * yet), for tests to change one or two of: "too early to tell" on their own.
 */
export const neutralAnswers: Readonly<Record<string, string[]>> = {
  stage: ['final-round'],
  'internal-applicant': ['no'],
  differently: ['nothing'],
  unfair: ['none'],
  'how-told': ['template'],
  told: ['no-reason'],
  'asked-feedback': ['not-yet'],
  process: ['none'],
  since: ['not-looked'],
  earlier: ['first'],
};
