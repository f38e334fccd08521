import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL_VERSION,
  MAX_ENTRIES,
  mergeJournals,
  newEntryId,
  newestFirst,
  readJournal,
  writeJournal,
} from '../../src/lib/journal';
import { entry } from './fixtures';

const journal = { version: JOURNAL_VERSION, entries: [entry({ id: 'a1' }), entry({ id: 'b2', outcome: 'both' })] };

describe('journal files and storage', () => {
  it('round-trips exactly through export and import', () => {
    const exported = writeJournal(journal, new Date('2026-11-27T12:00:00Z'));
    expect(JSON.parse(exported)).toMatchObject({
      format: 'not-never-journal',
      version: 1,
      exportedAt: '2026-11-27T12:00:00.000Z',
    });
    expect(readJournal(exported)).toEqual({ ok: true, journal });
    expect(readJournal(writeJournal(journal))).toEqual({ ok: true, journal });
  });

  const withEntry = (patch: Record<string, unknown>) =>
    JSON.stringify({ format: 'not-never-journal', version: 1, entries: [{ ...entry({ id: 'a1' }), ...patch }] });

  it.each([
    ['not JSON', 'not json at all', 'This file is not a Not Never journal: it is not JSON.'],
    ['another program’s JSON', '{"name":"my-app","version":"1.0.0"}', 'This file is not a Not Never journal export.'],
    [
      'a newer version',
      JSON.stringify({ format: 'not-never-journal', version: 2, entries: [] }),
      'This file was made by a newer version of Not Never (journal version 2).',
    ],
    ['no entries list', JSON.stringify({ format: 'not-never-journal', version: 1 }), 'This file has no list of entries.'],
    ['a missing field', withEntry({ outcome: undefined }), 'Entry 1 in this file cannot be used: its outcome is unknown.'],
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
      'an over-long company',
      withEntry({ label: { company: 'x'.repeat(101), role: '', date: '', stage: '' } }),
      'Entry 1 in this file cannot be used: its company or role is not text of up to 100 characters.',
    ],
    [
      'an unknown stage',
      withEntry({ label: { company: '', role: '', date: '', stage: 'lunch' } }),
      'Entry 1 in this file cannot be used: its stage is unknown.',
    ],
    [
      'a duplicate entry',
      JSON.stringify({ format: 'not-never-journal', version: 1, entries: [entry({ id: 'a1' }), entry({ id: 'a1' })] }),
      'This file lists entry a1 twice.',
    ],
    [
      'too many entries',
      JSON.stringify({
        format: 'not-never-journal',
        version: 1,
        entries: Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => entry({ id: `e${i}` })),
      }),
      `This file holds more than ${MAX_ENTRIES} entries.`,
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(readJournal(text)).toEqual({ ok: false, message });
  });

  it('keeps labels as plain text, whatever they hold', () => {
    const label = { company: '<b>Acme</b> & "Co"', role: '</script>', date: '', stage: '' as const };
    const read = readJournal(writeJournal({ version: 1, entries: [entry({ id: 'x1', label })] }));
    expect(read.ok && read.journal.entries[0]?.label).toEqual(label);
  });

  it('never throws, whatever the text (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ format: 'not-never-journal', version: 1, entries: [value] })),
        ),
        (text) => {
          const read = readJournal(text);
          expect(typeof read.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('merging and ordering', () => {
  it('merges without duplicates, keeping the current entries as they are', () => {
    const mine = [entry({ id: 'a1', label: { company: 'Mine', role: '', date: '', stage: '' } })];
    const theirs = [entry({ id: 'a1', label: { company: 'Theirs', role: '', date: '', stage: '' } }), entry({ id: 'c3' })];
    const merged = mergeJournals(mine, theirs);
    expect(merged.added).toBe(1);
    expect(merged.entries.map((e) => [e.id, e.label.company])).toEqual([
      ['a1', 'Mine'],
      ['c3', 'Acme'],
    ]);
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
    expect(readJournal(writeJournal({ version: 1, entries: [entry({ id })] })).ok).toBe(true);
  });
});
