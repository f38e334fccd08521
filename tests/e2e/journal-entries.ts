/** Journal entries as the journal stores them, for browser tests that start from a journal already in storage. */

export const JOURNAL_KEY = 'notnever:journal:v1';

export type Track = {
  steps: { step: string; date: string }[];
  next?: { kind: string; date: string };
  reapply?: { date: string };
};

/** The check's answers of an entry: a no after a first interview. */
export const afterFirstInterview = { stage: ['first-interview'] };

/** An entry saved with this version of the check on `date`, labelled with its company and role. */
export const savedEntry = (
  id: string,
  company: string,
  role: string,
  date: string,
  track?: Track,
  told: Record<string, string[]> = afterFirstInterview,
) => ({
  id,
  savedAt: `${date}T12:00:00.000Z`,
  updatedAt: `${date}T12:00:00.000Z`,
  checkVersion: 3,
  outcome: 'not-you',
  reasons: { notYou: [], learn: [] },
  answers: told,
  label: { company, role, date, stage: 'first-interview' },
  ...(track ? { track } : {}),
});

/** The stored text of a journal holding these entries. */
export const journalText = (entries: unknown[]) => JSON.stringify({ format: 'not-never-journal', version: 1, entries });
