import fc from 'fast-check';
import { runs } from './runs';
import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRIES,
  REMEMBER_REMOVALS_MS,
  emptyJournal,
  forgetOldRemovals,
  mergeJournals,
  newestFirst,
  readEntry,
  readStoredJournal,
  writeJournal,
  type JournalEntry,
  type JournalState,
} from '../../src/lib/journal';
import { previewImport, readJournal } from '../../src/lib/journal-file';
import { isSaved, newEntry, newEntryId } from '../../src/lib/journal-entry';
import { entry, entryV2 } from './fixtures';
import { arbitraryEntry, arbitraryState } from './journal-arbitraries';

const state = (entries: JournalEntry[], removed: Record<string, string> = {}): JournalState => ({ entries, removed });
const journal = state([entry({ id: 'a1' }), entry({ id: 'b2', outcome: 'both' })]);
const file = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'not-never-journal', version: 1, entries, ...extra });

describe('journal files and storage', () => {
  it('round-trips exactly through export and import', () => {
    const exported = writeJournal(journal, new Date('2026-11-27T12:00:00Z'));
    expect(JSON.parse(exported)).toMatchObject({
      format: 'not-never-journal',
      version: 1,
      exportedAt: '2026-11-27T12:00:00.000Z',
    });
    expect(readJournal(exported)).toEqual({ ok: true, entries: journal.entries });
    expect(readStoredJournal(writeJournal(journal))).toEqual({ ok: true, state: journal, unreadable: [] });
  });

  it('keeps recent deletions in storage, never in an export', () => {
    const withRemoval = state([entry({ id: 'a1' })], { gone: '2026-11-02T00:00:00.000Z' });
    expect(readStoredJournal(writeJournal(withRemoval))).toEqual({ ok: true, state: withRemoval, unreadable: [] });
    expect(JSON.parse(writeJournal(withRemoval, new Date())).removed).toBeUndefined();
  });

  const withEntry = (patch: Record<string, unknown>) => file([{ ...entry({ id: 'a1' }), ...patch }]);
  const label = (date: string) => ({ label: { company: '', role: '', date, stage: '' } });

  it.each([
    ['not JSON', 'not json at all', 'This file is not a Not Never journal: it is not JSON.'],
    ['another program’s JSON', '{"name":"my-app","version":"1.0.0"}', 'This file is not a Not Never journal export.'],
    ['no version', JSON.stringify({ format: 'not-never-journal', entries: [] }), 'This file has no valid version.'],
    [
      'a newer version',
      JSON.stringify({ format: 'not-never-journal', version: 2, entries: [] }),
      'This file was made by a newer version of Not Never (journal version 2).',
    ],
    ['no entries list', JSON.stringify({ format: 'not-never-journal', version: 1 }), 'This file has no list of entries.'],
    ['an entry that is not one', file([[1, 2]]), 'Entry 1 in this file cannot be used: it is not an entry.'],
    ['a missing field', withEntry({ outcome: undefined }), 'Entry 1 in this file cannot be used: its outcome is unknown.'],
    ['no check version', withEntry({ checkVersion: 0 }), 'Entry 1 in this file cannot be used: its check version is not valid.'],
    [
      'a score out of range',
      withEntry({ notYou: 999 }),
      'Entry 1 in this file cannot be used: its scores are not between 0 and 100.',
    ],
    [
      'markup in an id',
      withEntry({ id: '<img src=x onerror=alert(1)>' }),
      'Entry 1 in this file cannot be used: its id is missing or not valid.',
    ],
    [
      'a script as a reason',
      withEntry({ reasons: { notYou: ['<script>'], learn: [] } }),
      'Entry 1 in this file cannot be used: its reasons are not valid.',
    ],
    [
      'answers that are a list',
      withEntry({ answers: ['yes'] }),
      'Entry 1 in this file cannot be used: its answers are not valid.',
    ],
    ['no label', withEntry({ label: 'Acme' }), 'Entry 1 in this file cannot be used: its label is not valid.'],
    [
      'an over-long company',
      withEntry({ label: { company: 'x'.repeat(101), role: '', date: '', stage: '' } }),
      'Entry 1 in this file cannot be used: its company or role is not text of up to 100 characters.',
    ],
    [
      'an unknown stage',
      withEntry({ label: { company: '', role: '', date: '', stage: 'lunch' } }),
      'Entry 1 in this file cannot be used: its stage is unknown.',
    ],
    // Loose dates: meaning, not only format.
    ['a save date of "1"', withEntry({ savedAt: '1' }), 'Entry 1 in this file cannot be used: its date is not valid.'],
    [
      'a save date of "March 7"',
      withEntry({ savedAt: 'March 7' }),
      'Entry 1 in this file cannot be used: its date is not valid.',
    ],
    [
      'a save date that is not a day',
      withEntry({ savedAt: '2026-02-30T10:00:00.000Z' }),
      'Entry 1 in this file cannot be used: its date is not valid.',
    ],
    ['a change date of "soon"', withEntry({ updatedAt: 'soon' }), 'Entry 1 in this file cannot be used: its date is not valid.'],
    [
      'a label date of 2026-99-99',
      withEntry(label('2026-99-99')),
      'Entry 1 in this file cannot be used: its date label is not a real date.',
    ],
    [
      'a label date of 2026-13-45',
      withEntry(label('2026-13-45')),
      'Entry 1 in this file cannot be used: its date label is not a real date.',
    ],
    [
      'a five-digit year',
      withEntry(label('20261-01-01')),
      'Entry 1 in this file cannot be used: its date label is not a real date.',
    ],
    ['a duplicate entry', file([entry({ id: 'a1' }), entry({ id: 'a1' })]), 'This file lists entry a1 twice.'],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(readJournal(text)).toEqual({ ok: false, message });
  });

  it('reads a file of any length (the limit applies when entries are added)', () => {
    const many = Array.from({ length: MAX_ENTRIES + 100 }, (_, i) => entry({ id: `e${i}` }));
    const read = readJournal(file(many));
    expect(read.ok && read.entries).toHaveLength(MAX_ENTRIES + 100);
  });

  it('keeps labels as plain text, whatever they hold', () => {
    const label = { company: '<b>Acme</b> & "Co"', role: '</script>', date: '', stage: '' as const };
    const read = readJournal(writeJournal(state([entry({ id: 'x1', label })])));
    expect(read.ok && read.entries[0]?.label).toEqual(label);
  });

  it('fills in what older entries left out: an empty label part, and the change date from the save date', () => {
    const old: Partial<JournalEntry> = entry({ id: 'a1', savedAt: '2026-06-01T00:00:00Z', label: { company: 'Acme' } as never });
    delete old.updatedAt;
    expect(readEntry(old)).toEqual({
      ...old,
      savedAt: '2026-06-01T00:00:00.000Z',
      updatedAt: '2026-06-01T00:00:00.000Z',
      label: { company: 'Acme', role: '', date: '', stage: '' },
    });
  });
});

describe('entries made with either version of the check', () => {
  it('reads a version 1 entry with its scores, and a version 2 entry with codes and lists of options', () => {
    const read = readJournal(file([entry({ id: 'v1' }), entryV2({ id: 'v2' })]));
    expect(read).toEqual({ ok: true, entries: [entry({ id: 'v1' }), entryV2({ id: 'v2' })] });
  });

  it.each([
    ['version 2 reasons written as question ids', entryV2({ id: 'x', reasons: { notYou: ['told'], learn: [] } }), 'reasons'],
    ['version 2 answers of one option', { ...entryV2({ id: 'x' }), answers: { told: 'role-cancelled' } }, 'answers'],
    ['version 2 answers with no option', entryV2({ id: 'x', answers: { told: [] } }), 'answers'],
    ['version 2 answers naming an option twice', entryV2({ id: 'x', answers: { told: ['a', 'a'] } }), 'answers'],
    [
      'version 1 reasons written as codes',
      entry({ id: 'x', reasons: { notYou: ['told:role-cancelled'], learn: [] } }),
      'reasons',
    ],
    ['version 1 answers as lists', { ...entry({ id: 'x' }), answers: { told: ['yes'] } }, 'answers'],
    ['version 1 without its scores', { ...entry({ id: 'x' }), evidence: undefined }, 'scores'],
    ['four reasons on one side', entry({ id: 'x', reasons: { notYou: ['a', 'b', 'c', 'd'], learn: [] } }), 'reasons'],
  ])('refuses %s', (_, value, reason) => {
    expect(readEntry(value)).toBe(reason);
  });

  it('keeps only known fields (scores are not invented for version 2, nor kept from elsewhere)', () => {
    const read = readEntry({ ...entryV2({ id: 'v2' }), notYou: 50, extra: '<b>' });
    expect(read).toEqual(entryV2({ id: 'v2' }));
  });
});

describe('the journal in storage, read entry by entry', () => {
  it('keeps every readable entry and returns the unreadable ones apart', () => {
    const bad = { ...entry({ id: 'b2' }), label: { company: '', role: '', date: '20261-01-01', stage: '' } };
    const read = readStoredJournal(file([entry({ id: 'a1' }), bad, entry({ id: 'c3' })]));
    expect(read).toEqual({ ok: true, state: state([entry({ id: 'a1' }), entry({ id: 'c3' })]), unreadable: [bad] });
  });

  it('keeps more entries than the limit rather than refusing them', () => {
    const many = Array.from({ length: MAX_ENTRIES + 100 }, (_, i) => entry({ id: `e${String(i).padStart(3, '0')}` }));
    const read = readStoredJournal(file(many));
    expect(read.ok && read.state.entries).toHaveLength(MAX_ENTRIES + 100);
  });

  it('refuses whole only what is not a journal at all', () => {
    expect(readStoredJournal('{oops')).toEqual({ ok: false });
    expect(readStoredJournal(file([], { version: 7 }))).toEqual({ ok: false });
  });

  it('ignores deletions it cannot read', () => {
    const read = readStoredJournal(
      file([], { removed: { ok1: '2026-01-01T00:00:00Z', '<x>': '2026-01-01T00:00:00Z', ok2: 'May' } }),
    );
    expect(read).toEqual({ ok: true, state: state([], { ok1: '2026-01-01T00:00:00.000Z' }), unreadable: [] });
  });

  it('never throws, whatever the text (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => file([value])),
          fc.jsonValue().map((value) => file([], { removed: value })),
          arbitraryEntry.chain((good) =>
            fc.dictionary(fc.constantFrom(...Object.keys(good)), fc.jsonValue()).map((patch) => file([{ ...good, ...patch }])),
          ),
        ),
        (text) => {
          const stored = readStoredJournal(text);
          const read = readJournal(text);
          expect(typeof read.ok).toBe('boolean');
          // Whatever the reader keeps, it reads back unchanged: the writer keeps the reader's rules.
          if (stored.ok) expect(readStoredJournal(writeJournal(stored.state))).toEqual({ ...stored, unreadable: [] });
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('reads back every entry it could have written (fast-check)', () => {
    fc.assert(
      fc.property(arbitraryState, (written) => {
        expect(readStoredJournal(writeJournal(written))).toEqual({ ok: true, state: written, unreadable: [] });
        expect(readJournal(writeJournal(written, new Date()))).toEqual({ ok: true, entries: written.entries });
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('merging two copies of a journal', () => {
  const at = (minute: number) => `2026-11-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('keeps both tabs’ new entries', () => {
    const merged = mergeJournals(state([entry({ id: 'a1' })]), state([entry({ id: 'b2' })]));
    expect(merged.entries.map((e) => e.id)).toEqual(['a1', 'b2']);
  });

  it('keeps the later change of an entry, whichever copy it is in', () => {
    const older = entry({ id: 'a1', updatedAt: at(1), label: { company: 'Old', role: '', date: '', stage: '' } });
    const newer = entry({ id: 'a1', updatedAt: at(2), label: { company: 'New', role: '', date: '', stage: '' } });
    expect(mergeJournals(state([older]), state([newer])).entries).toEqual([newer]);
    expect(mergeJournals(state([newer]), state([older])).entries).toEqual([newer]);
  });

  it('lets a deletion win over changes made before it, not after', () => {
    const changed = entry({ id: 'a1', updatedAt: at(2) });
    expect(mergeJournals(state([changed]), state([], { a1: at(3) })).entries).toEqual([]);
    expect(mergeJournals(state([changed]), state([], { a1: at(1) })).entries).toEqual([changed]);
  });

  it('gives one result whatever the order, and changes nothing merged with itself (fast-check)', () => {
    fc.assert(
      fc.property(arbitraryState, arbitraryState, arbitraryState, (a, b, c) => {
        expect(mergeJournals(a, b)).toEqual(mergeJournals(b, a));
        expect(mergeJournals(mergeJournals(a, b), c)).toEqual(mergeJournals(a, mergeJournals(b, c)));
        const merged = mergeJournals(a, b);
        expect(mergeJournals(merged, merged)).toEqual(merged);
        // No entry is lost unless a later deletion says so.
        for (const kept of [...a.entries, ...b.entries]) {
          const deleted = [a.removed[kept.id], b.removed[kept.id]].some((when) => when !== undefined && when >= kept.updatedAt);
          expect(deleted || merged.entries.some((e) => e.id === kept.id)).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('forgets deletions once every tab has heard of them', () => {
    const now = new Date('2026-11-01T10:10:00.000Z');
    const recent = new Date(now.getTime() - REMEMBER_REMOVALS_MS + 1000).toISOString();
    const old = new Date(now.getTime() - REMEMBER_REMOVALS_MS).toISOString();
    expect(forgetOldRemovals(state([], { a: recent, b: old }), now)).toEqual(state([], { a: recent }));
  });
});

describe('importing', () => {
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => entry({ id: `${prefix}${i}` }));

  it('adds what fits under the limit and says how many would pass it', () => {
    const current = ids('c', 88);
    const preview = previewImport(current, [...ids('c', 10), ...ids('n', 500)]);
    expect(preview.added).toHaveLength(412);
    expect(preview).toMatchObject({ already: 10, over: 88 });
  });

  it('adds nothing to a full journal', () => {
    expect(previewImport(ids('c', MAX_ENTRIES), ids('n', 3))).toEqual({ added: [], already: 0, over: 3 });
  });
});

describe('entries', () => {
  it('spots a check already saved whatever order its answers were kept in', () => {
    const saved = [entry({ id: 'a1', answers: { first: 'yes', second: 'no' } })];
    expect(isSaved(saved, { checkVersion: 1, answers: { second: 'no', first: 'yes' } })).toBe(true);
    expect(isSaved(saved, { checkVersion: 1, answers: { first: 'yes', second: 'yes' } })).toBe(false);
    expect(isSaved(saved, { checkVersion: 2, answers: { first: ['yes'], second: ['no'] } })).toBe(false);
    const v2 = [entryV2({ id: 'b2', answers: { signs: ['late', 'rushed'] } })];
    expect(isSaved(v2, { checkVersion: 2, answers: { signs: ['rushed', 'late'] } })).toBe(true);
  });

  it('makes entries that the reader accepts, for any label the label fields accept (fast-check)', () => {
    fc.assert(
      fc.property(
        arbitraryEntry,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2999-01-01'), noInvalidDate: true }),
        (from, now) => {
          const made = newEntry(from, from.label, now);
          expect(readEntry(JSON.parse(JSON.stringify(made)))).toEqual(made);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('lists newest first, by the label date when there is one', () => {
    const list = newestFirst([
      entry({ id: 'old', label: { company: '', role: '', date: '2026-01-05', stage: '' } }),
      entry({ id: 'undated', savedAt: '2026-06-01T00:00:00Z', label: { company: '', role: '', date: '', stage: '' } }),
      entry({ id: 'new', label: { company: '', role: '', date: '2026-09-01', stage: '' } }),
    ]);
    expect(list.map((e) => e.id)).toEqual(['new', 'undated', 'old']);
  });

  it('makes ids that the reader accepts', () => {
    const id = newEntryId(new Date('2026-11-27T00:00:00Z'), () => 0.5);
    expect(readJournal(writeJournal(state([entry({ id })]))).ok).toBe(true);
    expect(emptyJournal).toEqual(state([]));
  });
});
