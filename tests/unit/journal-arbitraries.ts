/** fast-check generators of journal entries and states shaped like the stored ones, to reach deep into the readers. */
import fc from 'fast-check';
import { OUTCOME_IDS, STAGES } from '../../src/lib/rules';
import { mergeJournals, type JournalEntry, type JournalLabel, type JournalState } from '../../src/lib/journal';
import { NEXT_KINDS, STEP_IDS, type Track } from '../../src/lib/journal-track';

const contentId = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
/** A few ids used again and again, so that merges meet the same entry in two copies. */
export const entryId = fc.oneof(
  fc.constantFrom('a1', 'b2', 'c3', 'd4', '0k9x-abc'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
);
export const moment = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((time) => new Date(time).toISOString());
const day = moment.map((text) => text.slice(0, 10));
const name = fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 50 }));

export const arbitraryLabel: fc.Arbitrary<JournalLabel> = fc.record({
  company: name,
  role: name,
  date: fc.oneof(fc.constant(''), day),
  stage: fc.constantFrom('' as const, ...(Object.keys(STAGES) as (keyof typeof STAGES)[])),
});

/** What a person records of an application: stages in any order (the journal sorts them), a next step, a reapply date. */
export const arbitraryTrack: fc.Arbitrary<Track> = fc.record(
  {
    steps: fc.array(fc.record({ step: fc.constantFrom(...STEP_IDS), date: day }), { maxLength: 5 }),
    next: fc.record({ kind: fc.constantFrom(...NEXT_KINDS), date: day }),
    reapply: fc.oneof(fc.record({ date: day }), fc.record({ date: day, done: fc.constant(true as const) })),
  },
  { requiredKeys: ['steps'] },
);

const ids = (item: fc.Arbitrary<string>) => fc.uniqueArray(item, { maxLength: 3 });
const base = { id: entryId, savedAt: moment, updatedAt: moment, outcome: fc.constantFrom(...OUTCOME_IDS), label: arbitraryLabel };
/** Some entries carry a track, as the reader gives it back (stages oldest first, none when empty). */
const withTrack = <T extends object>(entries: fc.Arbitrary<T>) =>
  fc.tuple(entries, fc.option(arbitraryTrack, { nil: undefined })).map(([e, track]) => {
    const steps = [...(track?.steps ?? [])].sort(
      (a, b) => a.date.localeCompare(b.date) || STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step),
    );
    return track && (steps.length > 0 || track.next || track.reapply) ? { ...e, track: { ...track, steps } } : e;
  });

const v1 = fc.record({
  ...base,
  checkVersion: fc.constant(1),
  notYou: fc.integer({ min: 0, max: 100 }),
  learn: fc.integer({ min: 0, max: 100 }),
  evidence: fc.integer({ min: 0, max: 100 }),
  reasons: fc.record({ notYou: ids(contentId), learn: ids(contentId) }),
  answers: fc.dictionary(contentId, contentId, { maxKeys: 5 }),
});

const code = fc.tuple(contentId, contentId).map(([question, option]) => `${question}:${option}`);
const v2 = fc.record({
  ...base,
  checkVersion: fc.integer({ min: 2, max: 9 }),
  reasons: fc.record({ notYou: ids(code), learn: ids(code) }),
  answers: fc.dictionary(contentId, fc.uniqueArray(contentId, { minLength: 1, maxLength: 4 }), { maxKeys: 5 }),
});

/** An entry the site could have written, made with version 1 or version 2 of the check. */
export const arbitraryEntry: fc.Arbitrary<JournalEntry> = withTrack(fc.oneof(v1, v2));

/** A stored journal: entries with distinct ids, and some deletions, as a merge leaves them. */
export const arbitraryState: fc.Arbitrary<JournalState> = fc
  .record({
    entries: fc.uniqueArray(arbitraryEntry, { selector: (entry) => entry.id, maxLength: 6 }),
    removed: fc.dictionary(entryId, moment, { maxKeys: 3 }),
  })
  .map((raw) => mergeJournals({ entries: [], removed: {} }, raw));
