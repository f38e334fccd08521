/**
 * The activity record: rows from the journal, and the spreadsheet made from them. The CSV is read
 * back with csv-parse, as a spreadsheet would read it; a JSON export goes to rows to CSV and back
 * without losing anything the record holds.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJournal, type JournalEntry } from '../../src/lib/journal';
import { readJournal } from '../../src/lib/journal-file';
import { recordCsv } from '../../src/lib/journal-csv';
import { RECORD_COLUMNS, recordRows, recordTable, rowCells } from '../../src/lib/journal-record';
import { arbitraryEntry } from './journal-arbitraries';
import { entryV2 } from './fixtures';
import { runs } from './runs';

/** The CSV as a spreadsheet reads it: the byte-order mark dropped, a header row, then the rows. */
const readCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false }) as string[][];

describe('the activity record', () => {
  const entries: JournalEntry[] = [
    entryV2({
      id: 'a',
      label: { company: 'Acme Ltd', role: 'Analyst', date: '2026-09-01', stage: 'final-round' },
      track: {
        steps: [
          { step: 'applied', date: '2026-08-01' },
          { step: 'interview', date: '2026-08-10' },
          { step: 'interview', date: '2026-08-20' },
          { step: 'rejected', date: '2026-09-01' },
        ],
      },
    }),
    entryV2({
      id: 'b',
      label: { company: 'Beta', role: 'Designer', date: '2027-02-10', stage: '' },
      track: {
        steps: [
          { step: 'interview', date: '2027-02-10' },
          { step: 'quiet', date: '2027-03-01' },
        ],
      },
    }),
  ];

  it('has one row per application, newest first, with its stages and dates', () => {
    expect(recordRows(entries).map(rowCells)).toEqual([
      ['Beta', 'Designer', '', '', '2027-02-10', '', '', '2027-03-01', 'Gone quiet', '', '2026-12-01'],
      [
        'Acme Ltd',
        'Analyst',
        '2026-08-01',
        '',
        '2026-08-10; 2026-08-20',
        '',
        '2026-09-01',
        '',
        'Rejected',
        'a final round',
        '2026-12-01',
      ],
    ]);
  });

  it('dates a rejection only where the person gave its date: its stage, else its label, never the day it was saved', () => {
    // Newest first: the unlabelled one is dated by its save, 1 December.
    const [unlabelled, labelled] = recordRows([
      entryV2({ id: 'l', label: { company: 'Gamma', role: '', date: '2026-11-20', stage: '' } }),
      entryV2({ id: 'u', label: { company: 'Delta', role: '', date: '', stage: '' } }),
    ]);
    expect([labelled?.status, labelled?.rejected, labelled?.saved]).toEqual(['Rejected', '2026-11-20', '2026-12-01']);
    expect([unlabelled?.status, unlabelled?.rejected, unlabelled?.saved]).toEqual(['Rejected', '', '2026-12-01']);
  });

  it('is a CSV with a byte-order mark and a header row, that reads back as the same rows', () => {
    const csv = recordCsv(recordTable(recordRows(entries)));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = readCsv(csv);
    expect(header).toEqual(RECORD_COLUMNS.map(([, heading]) => heading));
    // What happened, never the check's reading of it: the record may be shown to a benefits office.
    expect(header).not.toContain('Not Never check');
    expect(csv).not.toMatch(/not you|bit of both|learn from|too early/i);
    expect(rows).toEqual(recordRows(entries).map(rowCells));
  });

  it('quotes commas, quotes and new lines, and neutralises formulas', () => {
    const names = [
      'Smith, Jones & Co',
      'The "Best" Company',
      'Line one\nline two',
      '=HYPERLINK("http://x")',
      '+44 team',
      '-minus',
      '@handle',
      '\tTabbed',
    ];
    const tricky = names.map((company, i) =>
      entryV2({ id: `t${i}`, label: { company, role: '', date: `2026-01-0${i + 1}`, stage: '' } }),
    );
    const rows = readCsv(recordCsv(recordTable(recordRows(tricky)))).slice(1);
    const companies = rows.map((row) => row[0]);
    // Newest first; the first four are text as typed, the rest start with a quote mark so that no spreadsheet runs them.
    expect(companies).toEqual([...names].reverse().map((name) => (/^[=+\-@\t]/.test(name) ? `'${name}` : name)));
  });

  it('loses nothing the record holds on the way from a JSON export to the CSV (fast-check)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 8 }), (generated) => {
        const file = readJournal(writeJournal({ entries: generated, removed: {} }, new Date('2027-01-01T00:00:00Z')));
        if (!file.ok) throw new Error(file.message);
        const rows = recordRows(file.entries);
        expect(rows).toEqual(recordRows(generated));
        // Every cell comes back as written, with a quote mark before any that would start a formula.
        const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
        expect(readCsv(recordCsv(recordTable(rows))).slice(1)).toEqual(rows.map((row) => rowCells(row).map(guarded)));
      }),
      { numRuns: runs(150) },
    );
  });
});
