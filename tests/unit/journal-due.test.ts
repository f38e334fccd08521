/**
 * The journal as a record of the search: reading what a person records of an application, the
 * dates "Due now" works with (month ends, leap days, time zones), "gone quiet", and the company
 * memory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../src/lib/calendar';
import { daysFromToday } from '../../src/lib/dates';
import { entryDate, readEntry, type JournalEntry } from '../../src/lib/journal';
import { entryName } from '../../src/lib/journal-words';
import { replyDays } from '../../src/lib/patterns';
import {
  companyKey,
  NO_WORD,
  rejectedOn,
  sameCompany,
  standing,
  startingTrack,
  suggestedReapply,
} from '../../src/lib/journal-application';
import { answersThatRuleOut, dealtWith, dueNow, followUpEmail, snoozed, waitingSince } from '../../src/lib/journal-due';
import { MAX_STEPS, readTrack, type Track } from '../../src/lib/journal-track';
import { loadCheck, loadEmails } from './content';
import { entryV2 } from './fixtures';
import { runs } from './runs';

const day = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) })
  .map((time) => new Date(time).toISOString().slice(0, 10));

describe('what an entry records of the application', () => {
  it('reads stages, a next step and a reapply date, stages oldest first (the same day in the usual order)', () => {
    expect(
      readTrack({
        steps: [
          { step: 'rejected', date: '2026-03-20' },
          { step: 'interview', date: '2026-03-10' },
          { step: 'applied', date: '2026-03-10' },
        ],
        next: { kind: 'follow-up', date: '2026-04-01' },
        reapply: { date: '2026-09-20', done: true },
      }),
    ).toEqual({
      steps: [
        { step: 'applied', date: '2026-03-10' },
        { step: 'interview', date: '2026-03-10' },
        { step: 'rejected', date: '2026-03-20' },
      ],
      next: { kind: 'follow-up', date: '2026-04-01' },
      reapply: { date: '2026-09-20', done: true },
    });
  });

  it('refuses a track with anything that is not ours, and the entry says why', () => {
    const bad = [
      'steps',
      { steps: 'applied' },
      { steps: [{ step: 'hired', date: '2026-01-01' }] },
      { steps: [{ step: 'applied', date: '2026-02-30' }] },
      { steps: Array.from({ length: MAX_STEPS + 1 }, () => ({ step: 'interview', date: '2026-01-01' })) },
      { next: { kind: 'call', date: '2026-01-01' } },
      { next: { kind: 'follow-up' } },
      { reapply: { date: '2026-01-01', done: 'yes' } },
      { reapply: '2026-01-01' },
    ];
    for (const track of bad) {
      expect(readTrack(track), JSON.stringify(track)).toBeUndefined();
      expect(readEntry(entryV2({ id: 'a', track: track as Track })), JSON.stringify(track)).toBe('track');
    }
    expect(
      readTrack({ steps: Array.from({ length: MAX_STEPS }, () => ({ step: 'interview', date: '2026-01-01' })) }),
    ).toBeDefined();
  });

  it('keeps no track on an entry that records nothing, and keeps the rest of an entry with one', () => {
    const read = readEntry(entryV2({ id: 'a', track: { steps: [] } }));
    expect(typeof read === 'object' && 'track' in read).toBe(false);
    const kept = readEntry(entryV2({ id: 'a', track: { steps: [{ step: 'applied', date: '2026-01-05' }] } }));
    expect(typeof kept === 'object' && kept.track).toEqual({ steps: [{ step: 'applied', date: '2026-01-05' }] });
  });
});

describe('calendar dates', () => {
  it('add days across month ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('add months, keeping to the month’s last day', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-06-15', 6)).toBe('2026-12-15');
    expect(addMonths('2026-07-03', 6)).toBe('2027-01-03');
  });

  it('count days, and adding then counting agree (fast-check)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (from, days) => {
        const to = addDays(from, days);
        expect(daysBetween(from, to)).toBe(days);
        expect(addDays(to, -days)).toBe(from);
      }),
      { numRuns: runs(300) },
    );
  });

  it('take today in the person’s own time zone', () => {
    const zone = process.env['TZ'];
    // 23:30 on 28 February 2028 in London is already 29 February in Tokyo, and still the 28th in Los Angeles.
    const moment = new Date('2028-02-28T23:30:00Z');
    try {
      const today = (tz: string) => {
        process.env['TZ'] = tz;
        return daysFromToday(0, moment);
      };
      expect(today('Europe/London')).toBe('2028-02-28');
      expect(today('Asia/Tokyo')).toBe('2028-02-29');
      expect(today('America/Los_Angeles')).toBe('2028-02-28');
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(daysFromToday(7, moment)).toBe('2028-03-07');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('Due now', () => {
  const today = '2027-03-01';
  const at = (id: string, track: Track, company = '') =>
    entryV2({ id, track, label: { company, role: '', date: '2027-01-10', stage: '' } });
  /** An application the person told the check had gone silent ("they stopped replying"): still waiting for word. */
  const waiting = (id: string, track: Track) => ({ ...at(id, track), answers: { [NO_WORD.question]: [NO_WORD.option] } });

  it('lists next steps and reapply dates that have come, oldest first, and nothing still to come', () => {
    const entries = [
      at('later', { steps: [], next: { kind: 'follow-up', date: '2027-03-02' } }),
      at('today', { steps: [], next: { kind: 'hear-back', date: today } }),
      at('before', { steps: [], next: { kind: 'follow-up', date: '2027-02-28' } }),
      at('reapply', { steps: [], reapply: { date: '2027-02-01' } }),
      at('reapplied', { steps: [], reapply: { date: '2027-02-01', done: true } }),
    ];
    expect(dueNow(entries, today).map((item) => [item.entry.id, item.kind])).toEqual([
      ['reapply', 'reapply'],
      ['before', 'follow-up'],
      ['today', 'hear-back'],
    ]);
  });

  it('offers "gone quiet" from the set number of days with no word, not before, and not once it is over', () => {
    const interviewed = (date: string, more: Track['steps'] = []) =>
      waiting(date, { steps: [{ step: 'interview', date }, ...more] });
    const quiet = (entries: ReturnType<typeof at>[], days?: number) =>
      dueNow(entries, today, days).flatMap((item) => (item.kind === 'quiet' ? [[item.entry.id, item.days]] : []));
    expect(quiet([interviewed('2027-02-15'), interviewed('2027-02-16')])).toEqual([['2027-02-15', 14]]);
    expect(quiet([interviewed('2027-02-16')], 13)).toEqual([['2027-02-16', 13]]);
    expect(quiet([interviewed('2027-01-01', [{ step: 'rejected', date: '2027-01-20' }])])).toEqual([]);
    expect(quiet([interviewed('2027-01-01', [{ step: 'quiet', date: '2027-02-01' }])])).toEqual([]);
    // A next step the person set (a snooze) waits for its own day.
    expect(
      quiet([
        waiting('x', { steps: [{ step: 'interview', date: '2027-01-01' }], next: { kind: 'hear-back', date: '2027-03-05' } }),
      ]),
    ).toEqual([]);
  });

  it('never offers "gone quiet" for a saved rejection: the check was of a no, whatever stages it records', () => {
    const rejection = at('n', { steps: [{ step: 'interview', date: '2027-01-01' }] });
    expect(standing(rejection)).toBe('Rejected');
    expect(waitingSince(rejection)).toBeUndefined();
    expect(dueNow([rejection], '2027-12-31')).toEqual([]);
    // An offer and then silence, told to the check as "they stopped replying", is still waiting for word.
    const offered = waiting('o', { steps: [{ step: 'offer', date: '2027-02-01' }] });
    expect([standing(offered), waitingSince(offered)]).toEqual(['Waiting for word', '2027-02-01']);
    expect(standing(at('p', { steps: [{ step: 'offer', date: '2027-02-01' }] }))).toBe('Offer');
    expect(standing(waiting('q', { steps: [{ step: 'quiet', date: '2027-02-01' }] }))).toBe('Gone quiet');
    expect(standing(waiting('r', { steps: [{ step: 'rejected', date: '2027-02-01' }] }))).toBe('Rejected');
  });

  it('dates the no from its stage, else from the label, never from the day it was saved', () => {
    expect(rejectedOn(at('a', { steps: [{ step: 'rejected', date: '2027-01-20' }] }))).toBe('2027-01-20');
    expect(rejectedOn(at('b', { steps: [] }))).toBe('2027-01-10');
    const unlabelled = entryV2({ id: 'c', savedAt: '2027-02-02T10:00:00.000Z' });
    expect(rejectedOn(unlabelled)).toBeUndefined();
    expect(rejectedOn(waiting('d', { steps: [] }))).toBeUndefined();
  });

  /** The feedback request's own rule, from emails.yaml, as the journal page passes it: the answers that rule it out. */
  const ruledOutBy = () => answersThatRuleOut(loadEmails()['feedback-request']?.when);

  it('reads an email’s rule as the answers that rule it out, and refuses a rule of another shape', () => {
    const out = { question: 'told', anyOf: ['feedback'] };
    expect(answersThatRuleOut(undefined)).toEqual([]);
    expect(answersThatRuleOut({ notAnswered: out })).toEqual([out]);
    expect(answersThatRuleOut({ all: [{ notAnswered: out }, { notAnswered: { ...out, question: 'x' } }] })).toEqual([
      out,
      { ...out, question: 'x' },
    ]);
    expect(() => answersThatRuleOut({ care: true })).toThrow(/can list only answers that rule it out/);
    expect(() => answersThatRuleOut({ all: [{ notAnswered: out }, out] })).toThrow(/notAnswered/);
  });

  it('offers the feedback request after a no, and the status check while waiting', () => {
    const fits = ruledOutBy();
    expect(fits.length).toBeGreaterThan(0);
    const email = (entry: JournalEntry) => followUpEmail(entry, fits);
    const followUp = { kind: 'follow-up', date: today } as const;
    expect(email(at('a', { steps: [{ step: 'rejected', date: '2027-01-20' }], next: followUp }))).toBe('feedback-request');
    expect(email(at('b', { steps: [], next: followUp }))).toBe('feedback-request');
    expect(email(waiting('c', { steps: [], next: followUp }))).toBe('status-check');
    expect(email(waiting('d', { steps: [{ step: 'quiet', date: '2027-02-01' }], next: followUp }))).toBe('status-check');
    // After feedback (however much), there is nothing to ask for: no email, as on the result page.
    for (const kinds of [['gap'], ['vague']]) {
      const told = { ...at('e', { steps: [], next: followUp }), answers: { told: ['feedback'], feedback: kinds } };
      expect(email(told), kinds[0]).toBeUndefined();
      expect(email({ ...told, answers: { ...told.answers, [NO_WORD.question]: [NO_WORD.option] } })).toBe('status-check');
    }
    expect(email({ ...at('f', { steps: [], next: followUp }), answers: { told: ['role-changed'] } })).toBe('feedback-request');
  });

  it('offers no feedback request when it was asked for already, was refused, or there is no one to ask, as the kit does', () => {
    const fits = ruledOutBy();
    const followUp = { kind: 'follow-up', date: today } as const;
    const asked = (option: string) => ({
      ...at('g', { steps: [], next: followUp }),
      answers: { told: ['no-reason'], 'asked-feedback': [option] },
    });
    for (const option of ['waiting', 'refused', 'no-one']) expect(followUpEmail(asked(option), fits), option).toBeUndefined();
    expect(followUpEmail(asked('not-yet'), fits)).toBe('feedback-request');
    // Without a rule, the request always fits a no.
    expect(followUpEmail(asked('refused'), [])).toBe('feedback-request');
  });

  it('after "they stopped replying" and then a recorded no, offers the feedback request: an answer came after all', () => {
    const fits = ruledOutBy();
    const followUp = { kind: 'follow-up', date: today } as const;
    const quietThenNo = waiting('h', { steps: [{ step: 'rejected', date: '2027-02-20' }], next: followUp });
    expect(followUpEmail(quietThenNo, fits)).toBe('feedback-request');
    const askedAlready = { ...quietThenNo, answers: { ...quietThenNo.answers, 'asked-feedback': ['waiting'] } };
    expect(followUpEmail(askedAlready, fits)).toBeUndefined();
  });

  it('starts the stages of a saved rejection with the no on its label’s day, and of a silence with nothing', () => {
    const plain = entryV2({ id: 'p', label: { company: '', role: '', date: '2027-01-10', stage: '' } });
    expect(startingTrack(plain)).toEqual({ steps: [{ step: 'rejected', date: '2027-01-10' }] });
    // Without a label date, the day of the save is not offered as the day of the no: the person dates it.
    const undated = entryV2({ id: 'u', label: { company: 'Beta', role: '', date: '', stage: '' } });
    expect(startingTrack(undated)).toEqual({ steps: [{ step: 'rejected', date: '' }] });
    expect(startingTrack({ ...plain, answers: { [NO_WORD.question]: [NO_WORD.option] } })).toEqual({ steps: [] });
    const recorded = { steps: [{ step: 'applied', date: '2027-01-01' }] } satisfies Track;
    expect(startingTrack({ ...plain, track: recorded })).toEqual(recorded);
  });

  it('names and dates an unlabelled entry by what it records: a rejection by its dated no, a silence as an application', () => {
    const plain = entryV2({
      id: 'n',
      savedAt: '2027-01-12T09:00:00.000Z',
      label: { company: '', role: '', date: '', stage: '' },
    });
    expect(entryName(plain)).toBe('The rejection of 12 January 2027');
    const dated = { ...plain, track: { steps: [{ step: 'rejected', date: '2027-01-05' }] } } satisfies JournalEntry;
    expect(entryDate(dated)).toBe('2027-01-05');
    expect(entryName(dated)).toBe('The rejection of 5 January 2027');
    // The label's date, when given, is the entry's day.
    expect(entryDate({ ...dated, label: { ...dated.label, date: '2027-01-04' } })).toBe('2027-01-04');
    const silence = { ...plain, answers: { [NO_WORD.question]: [NO_WORD.option] } };
    expect(entryName(silence)).toBe('The application of 12 January 2027');
    expect(entryName({ ...silence, track: { steps: [{ step: 'quiet', date: '2027-02-01' }] } })).toMatch(/^The application of/);
  });

  it('counts an entry saved with "they stopped replying" as waiting from its day, when it records no stages', () => {
    const check = loadCheck();
    // The answer the journal looks for is one the check asks.
    expect(check.questions.find((q) => q.id === NO_WORD.question)?.options.map((o) => o.id)).toContain(NO_WORD.option);
    const silent = entryV2({
      id: 's',
      answers: { [NO_WORD.question]: [NO_WORD.option] },
      label: { company: '', role: '', date: '2027-02-01', stage: '' },
    });
    expect(waitingSince(silent)).toBe('2027-02-01');
    expect(waitingSince(entryV2({ id: 't', answers: { [NO_WORD.question]: ['template'] } }))).toBeUndefined();
    expect(dueNow([silent], today).map((item) => item.kind)).toEqual(['quiet']);
  });

  it('snoozes a week from today, or from a date still to come, across month ends and leap days', () => {
    expect(snoozed('2028-02-20', '2028-02-25')).toBe('2028-03-03');
    expect(snoozed('2027-02-25', '2027-02-22')).toBe('2027-03-04');
    expect(snoozed('2026-12-28', '2026-12-28')).toBe('2027-01-04');
    fc.assert(
      fc.property(day, day, (date, now) => {
        const next = snoozed(date, now);
        expect(daysBetween(date > now ? date : now, next)).toBe(7);
        // A snoozed item is not due again until a week has passed.
        expect(dueNow([at('a', { steps: [], next: { kind: 'follow-up', date: next } })], addDays(next, -1))).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
  });

  it('deals with each kind of item: Done takes it off the list, Snooze brings it back a week later', () => {
    const entries = [
      // Following up a no, to ask for feedback.
      at('f', { steps: [{ step: 'rejected', date: '2027-01-02' }], next: { kind: 'follow-up', date: '2027-02-27' } }),
      at('r', { steps: [{ step: 'rejected', date: '2026-09-01' }], reapply: { date: '2027-03-01' } }),
      waiting('q', { steps: [{ step: 'interview', date: '2027-02-01' }] }),
    ];
    const items = dueNow(entries, today);
    // Oldest first: no word since 1 February, the follow-up of 27 February, the reapply date of today.
    expect(items.map((item) => [item.entry.id, item.kind])).toEqual([
      ['q', 'quiet'],
      ['f', 'follow-up'],
      ['r', 'reapply'],
    ]);
    const after = (snooze: boolean) => items.map((item) => ({ ...item.entry, track: dealtWith(item, today, snooze) }));
    const done = after(false);
    expect(done.map((e) => e.track)).toEqual([
      {
        steps: [
          { step: 'interview', date: '2027-02-01' },
          { step: 'quiet', date: today },
        ],
      },
      { steps: [{ step: 'rejected', date: '2027-01-02' }] },
      { steps: [{ step: 'rejected', date: '2026-09-01' }], reapply: { date: '2027-03-01', done: true } },
    ]);
    expect(dueNow(done, '2027-12-31')).toEqual([]);
    // A follow-up done on an application still open gives it a week to hear back, even long after its last
    // stage; a hear-back done with no word since is then offered "gone quiet".
    const open = waiting('o', { steps: [{ step: 'interview', date: '2027-01-20' }], next: { kind: 'follow-up', date: today } });
    const followedUp = { ...open, track: dealtWith(dueNow([open], today)[0]!, today, false) };
    expect(followedUp.track.next).toEqual({ kind: 'hear-back', date: '2027-03-08' });
    expect(dueNow([followedUp], '2027-03-07')).toEqual([]);
    const heardNothing = dueNow([followedUp], '2027-03-08');
    expect(heardNothing.map((item) => item.kind)).toEqual(['hear-back']);
    const waited = { ...open, track: dealtWith(heardNothing[0]!, '2027-03-08', false) };
    expect(waited.track.next).toBeUndefined();
    expect(dueNow([waited], '2027-03-08').map((item) => item.kind)).toEqual(['quiet']);
    const snoozedAll = after(true);
    expect(dueNow(snoozedAll, '2027-03-07')).toEqual([]);
    expect(dueNow(snoozedAll, '2027-03-08').map((item) => [item.entry.id, item.kind])).toEqual([
      ['f', 'follow-up'],
      ['q', 'hear-back'],
      ['r', 'reapply'],
    ]);
  });

  it('suggests reapplying six months after a dated rejection, and nothing without one', () => {
    expect(suggestedReapply([{ step: 'rejected', date: '2026-08-31' }])).toBe('2027-02-28');
    expect(
      suggestedReapply([
        { step: 'rejected', date: '2026-02-01' },
        { step: 'rejected', date: '2026-05-10' },
      ]),
    ).toBe('2026-11-10');
    // Still waiting for word, or a rejection whose date is still being typed (a date field gives ''): no date is made up.
    expect(suggestedReapply([{ step: 'interview', date: '2026-05-10' }])).toBeUndefined();
    expect(suggestedReapply([{ step: 'rejected', date: '' }])).toBeUndefined();
  });

  it('says how long companies took to say no after the last stage before it', () => {
    const entries = [
      at('a', {
        steps: [
          { step: 'interview', date: '2027-01-01' },
          { step: 'rejected', date: '2027-01-08' },
        ],
      }),
      at('b', {
        steps: [
          { step: 'applied', date: '2027-01-01' },
          { step: 'rejected', date: '2027-01-31' },
        ],
      }),
      at('c', {
        steps: [
          { step: 'interview', date: '2027-01-01' },
          { step: 'rejected', date: '2027-01-11' },
        ],
      }),
      at('d', { steps: [{ step: 'rejected', date: '2027-01-11' }] }),
    ];
    expect(replyDays(entries)).toEqual({ median: 10, of: 3 });
    expect(replyDays(entries.slice(0, 2))).toEqual({ median: 19, of: 2 });
    expect(replyDays(entries.slice(3))).toBeUndefined();
  });
});

describe('company memory', () => {
  it('matches a company whatever its case, spacing or legal form', () => {
    const names = ['Acme Ltd', 'ACME', '  acme  limited ', 'Acme Ltd.', 'Acme, Inc.', 'The Acme Company', 'acme plc'];
    expect(new Set(names.map(companyKey))).toEqual(new Set(['acme']));
    expect(companyKey('Marks & Spencer')).toBe(companyKey('Marks and Spencer PLC'));
    expect(companyKey('Société Générale')).toBe(companyKey('SOCIETE GENERALE SA'));
  });

  it('never matches different companies, or a name that is only a legal form', () => {
    const different = ['Acme', 'Acme Bank', 'Acme Group Holdings', 'Acne', 'Beta', 'The Co', 'Ltd', ''];
    const keys = different.map(companyKey).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    expect(companyKey('Ltd')).toBe('');
    expect(companyKey('Inc.')).toBe('');
  });

  it('keeps a name and its variations together, for any name (fast-check)', () => {
    const word = fc
      .stringMatching(/^[A-Za-z][a-z]{1,8}$/)
      .filter(
        (w) =>
          ![
            'ltd',
            'inc',
            'co',
            'the',
            'and',
            'plc',
            'sa',
            'ag',
            'nv',
            'bv',
            'llc',
            'llp',
            'pty',
            'corp',
            'group',
            'company',
            'limited',
            'gmbh',
            'corporation',
            'incorporated',
          ].includes(w.toLowerCase()),
      );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' Ltd', ' Inc.', ', Inc', ' LIMITED', ' plc'),
        fc.boolean(),
        (words, form, upper) => {
          const name = words.join(' ');
          const variation = `  ${upper ? name.toUpperCase() : name.toLowerCase()}${form} `.replace(/ /g, '  ');
          expect(companyKey(variation)).toBe(companyKey(name));
          expect(companyKey(`${name} Bank`)).not.toBe(companyKey(name));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('finds the other entries at the same company, earliest first, and none for an entry with no company', () => {
    const at = (id: string, company: string, date: string) => entryV2({ id, label: { company, role: '', date, stage: '' } });
    const entries = [
      at('x', 'Acme Ltd', '2027-02-01'),
      at('y', 'ACME', '2026-03-03'),
      at('z', 'Beta', '2026-01-01'),
      at('n', '', '2026-01-01'),
      at('m', '', '2026-01-02'),
    ];
    expect(sameCompany(entries, entries[0]!).map((e) => e.id)).toEqual(['y']);
    expect(sameCompany(entries, entries[2]!)).toEqual([]);
    // Several earlier applications: the earliest first, by their day, then by when they were saved.
    const again = [
      ...entries,
      entryV2({
        id: 'w',
        savedAt: '2026-03-04T09:00:00.000Z',
        label: { company: 'acme', role: '', date: '2026-03-03', stage: '' },
      }),
    ];
    expect(sameCompany(again, entries[0]!).map((e) => e.id)).toEqual(['w', 'y']);
    expect(sameCompany(entries, entries[3]!)).toEqual([]);
  });
});
