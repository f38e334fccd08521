import type { JournalEntry } from '../../src/lib/journal';

/** A hand-made entry; fields can be overridden per test. */
export function entry(overrides: Partial<JournalEntry> & { id: string }): JournalEntry {
  return {
    savedAt: '2026-11-01T10:00:00.000Z',
    checkVersion: 1,
    outcome: 'not-you',
    notYou: 67,
    learn: 50,
    evidence: 56,
    reasons: { notYou: ['hiring-freeze'], learn: [] },
    answers: { 'hiring-freeze': 'yes' },
    label: { company: 'Acme', role: 'Analyst', date: '2026-10-30', stage: 'final-round' },
    ...overrides,
  };
}
