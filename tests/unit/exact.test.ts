/**
 * Exact outputs and edges: the calendar file line by line, line folding at its limits, the rules'
 * patterns at both ends, and the journal's readings sentence by sentence.
 */
import { describe, expect, it } from 'vitest';
import { decodePlan, emptyPlan } from '../../src/lib/action-plan';
import { fallbacks, templateParts } from '../../src/lib/email-template';
import { foldLine, followUpReminder } from '../../src/lib/reminder';
import { CONTENT_ID, ENTRY_ID, REASON_CODE, STAGES, isCalendarDate, isDateTime } from '../../src/lib/rules';
import { computePatterns } from '../../src/lib/patterns';
import { draftStar, starParts, starText } from '../../src/lib/star';
import { entry } from './fixtures';

describe('the calendar file, exactly', () => {
  it('writes every line as RFC 5545 wants it', () => {
    const ics = followUpReminder(
      { ...emptyPlan, company: 'Acme, Ltd; Ops', role: 'Data analyst', followUp: '2026-12-08' },
      new Date('2026-11-27T10:00:00.123Z'),
      'uid-1@not-never',
    )!;
    expect(ics.replace(/\r\n /g, '').split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Not Never//Follow-up reminder//EN',
      'BEGIN:VEVENT',
      'UID:uid-1@not-never',
      'DTSTAMP:20261127T100000Z',
      'DTSTART;VALUE=DATE:20261208',
      'DTEND;VALUE=DATE:20261209',
      'SUMMARY:Follow up: Data analyst at Acme\\, Ltd\\; Ops',
      'DESCRIPTION:Send a short status check or feedback request: the emails are on your Not Never result.',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Follow up: Data analyst at Acme\\, Ltd\\; Ops',
      'TRIGGER:PT9H',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(followUpReminder({ ...emptyPlan, followUp: '2026-12-08', role: 'Lead \\ chef' }, new Date(), 'x')).toContain(
      'SUMMARY:Follow up: Lead \\\\ chef\r\n',
    );
  });

  it('folds at 75 octets, and continuation lines at 74 after their space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // A two-byte character that would cross the limit goes to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });
});

describe('email templates and stored plan details', () => {
  it('splits templates at the four placeholders only', () => {
    expect(templateParts('{company}{role}, {interviewer} and {name}; {other}')).toEqual([
      { field: 'company' },
      { field: 'role' },
      { text: ', ' },
      { field: 'interviewer' },
      { text: ' and ' },
      { field: 'name' },
      { text: '; {other}' },
    ]);
    expect(fallbacks).toEqual({ company: '[company]', role: '[role]', interviewer: '[their name]', name: '[your name]' });
  });

  it('takes details of up to 200 characters, and refuses longer ones', () => {
    expect(decodePlan(JSON.stringify({ company: 'x'.repeat(200) }))?.company).toHaveLength(200);
    expect(decodePlan(JSON.stringify({ company: 'x'.repeat(201) }))).toBeUndefined();
    expect(decodePlan(JSON.stringify({ name: null }))).toEqual(emptyPlan);
  });
});

describe('the rules, at both ends', () => {
  it.each([
    [
      CONTENT_ID,
      ['a', 'hiring-freeze', `a${'b'.repeat(63)}`],
      ['', '1a', '-a', 'A', 'a b', ' a', 'a ', `a${'b'.repeat(64)}`, 'x<'],
    ],
    [ENTRY_ID, ['a', '0k9x-abc', `0${'b'.repeat(63)}`], ['', '-a', 'A1', 'a_b', ' a', 'a\n', `0${'b'.repeat(64)}`]],
    [
      REASON_CODE,
      ['told:role-cancelled', `a${'b'.repeat(63)}:c${'d'.repeat(63)}`],
      [
        'told',
        'told:',
        ':x',
        '1told:x',
        'told:1x',
        'told:x:y',
        ' told:x',
        'told:x ',
        'told:-x',
        't-:x!',
        `a${'b'.repeat(64)}:c`,
        `a:c${'d'.repeat(64)}`,
      ],
    ],
  ])('%s takes what it should and nothing else', (pattern, good, bad) => {
    for (const id of good) expect(pattern.test(id), id).toBe(true);
    for (const id of bad) expect(pattern.test(id), id).toBe(false);
  });

  it('takes real dates within four-digit years, by round trip', () => {
    for (const date of ['1900-01-01', '2026-02-28', '2028-02-29', '2999-12-31']) expect(isCalendarDate(date), date).toBe(true);
    for (const date of [
      '1899-12-31',
      '3000-01-01',
      '2026-02-29',
      '2026-04-31',
      '2026-00-10',
      ' 2026-01-01',
      '2026-01-01 ',
      'x2026-01-01',
      3,
    ]) {
      expect(isCalendarDate(date), String(date)).toBe(false);
    }
  });

  it('takes moments as browsers write them, on real days', () => {
    for (const moment of ['2026-11-28T09:00:00.000Z', '2026-11-28T09:00:00Z']) expect(isDateTime(moment), moment).toBe(true);
    for (const moment of [
      '2026-11-28T24:00:00Z',
      '2026-11-28T09:60:00Z',
      '2026-02-30T09:00:00Z',
      '2026-11-28T09:00:00+01:00',
      'x2026-11-28T09:00:00Z',
      '2026-11-28T09:00:00Zx',
      '2026-11-28T09:00:00.1Z',
      '1899-12-31T23:59:59Z',
      20261128,
    ]) {
      expect(isDateTime(moment), String(moment)).toBe(false);
    }
  });

  it('words each stage for "after …"', () => {
    expect(STAGES).toEqual({
      screening: 'a screening call',
      'first-interview': 'a first interview',
      'later-round': 'a later round, a panel or an assessment centre',
      technical: 'a technical or task round',
      'final-round': 'a final round',
      offer: 'an offer',
    });
  });
});

describe('the journal’s readings, sentence by sentence', () => {
  const make = (outcomes: string[], stages: string[] = [], dates: string[] = []) =>
    outcomes.map((outcome, i) =>
      entry({
        id: `e${i}`,
        outcome: outcome as never,
        reasons: { notYou: [], learn: [] },
        label: { company: '', role: '', date: dates[i] ?? '2026-01-01', stage: (stages[i] ?? '') as never },
      }),
    );
  const read = (outcomes: string[], stages?: string[], dates?: string[]) =>
    computePatterns(make(outcomes, stages, dates), () => undefined).reading;

  it.each([
    [
      ['not-you', 'not-you', 'learn-from-it'],
      'Most of your results point to the company’s side. The market is part of this; keep going.',
    ],
    [
      ['learn-from-it', 'learn-from-it', 'not-you'],
      'Most of your results point to things you can practise, which means you can change them.',
    ],
    [['too-early', 'too-early', 'both'], 'Most of your results were too early to tell: following up would tell you more.'],
  ])('%j reads as a lean', (outcomes, line) => {
    expect(read(outcomes)).toContain(line);
  });

  it('leans nowhere when the sides are even', () => {
    for (const outcomes of [
      ['not-you', 'learn-from-it'],
      ['not-you', 'both', 'learn-from-it'],
    ]) {
      expect(read(outcomes).some((line) => line.startsWith('Most of your results'))).toBe(false);
    }
    expect(read(['both', 'both', 'too-early', 'too-early']).some((line) => line.startsWith('Most'))).toBe(false);
  });

  it('names where the rejections cluster, in words', () => {
    expect(read(['not-you', 'not-you', 'not-you'], ['technical', 'technical', 'technical'])).toContain(
      'All three of your rejections came after a technical or task round: that stage is the place to practise first.',
    );
    expect(read(['not-you', 'not-you', 'not-you'], ['technical', 'technical', 'screening'])).toContain(
      'Two of your three rejections came after a technical or task round: that stage is the place to practise first.',
    );
    expect(read(['not-you', 'not-you', 'not-you', 'not-you'], ['technical', 'technical', 'screening', 'screening'])).toContain(
      'Your rejections are spread across different stages, so no single stage stands out.',
    );
  });

  it('says how long in months once it is two or more, and nothing under two weeks', () => {
    expect(read(['not-you', 'not-you'], [], ['2026-01-01', '2026-03-15'])[0]).toBe(
      'Two rejections over two months. That is a normal part of a search, not a verdict.',
    );
    expect(read(['not-you', 'not-you'], [], ['2026-01-01', '2026-01-14'])[0]).toBe(
      'Two rejections. That is a normal part of a search, not a verdict.',
    );
    expect(read(['not-you', 'not-you'], [], ['2026-01-01', '2026-01-15'])[0]).toBe(
      'Two rejections over two weeks. That is a normal part of a search, not a verdict.',
    );
    expect(read(['not-you', 'not-you', 'not-you'], [], ['2026-01-01', '2026-02-10', '2026-01-10'])[0]).toBe(
      'Three rejections over six weeks. That is a normal part of a search, not a verdict.',
    );
  });
});

describe('the interview answer', () => {
  it('says nothing of a version-1 entry’s reasons (their questions are gone), and lays the draft out part by part', () => {
    const draft = draftStar(entry({ id: 'x', reasons: { notYou: ['hiring-freeze'], learn: [] } }), {
      'hiring-freeze:yes': 'the role was cut',
    });
    expect(draft.action).toBe('[What I did next.]');
    expect(starParts.map((part) => part.label)).toEqual(['Situation', 'Task', 'Action', 'Result', 'What I learned']);
    expect(starText({ situation: ' S ', task: 'T', action: 'A', result: 'R', learned: 'L' })).toBe(
      'Situation: S\n\nTask: T\n\nAction: A\n\nResult: R\n\nWhat I learned: L',
    );
  });
});

describe('the journal reader and merge, at their edges', () => {
  it('takes scores from 0 to 100 in whole numbers, and names of up to 100 characters', async () => {
    const { readEntry } = await import('../../src/lib/journal');
    for (const score of [0, 100]) expect(typeof readEntry(entry({ id: 'a', notYou: score }))).toBe('object');
    for (const score of [-1, 101, 1.5, '50']) expect(readEntry({ ...entry({ id: 'a' }), learn: score })).toBe('scores');
    expect(typeof readEntry(entry({ id: 'a', label: { company: 'x'.repeat(100), role: '', date: '', stage: '' } }))).toBe(
      'object',
    );
    expect(readEntry({ ...entry({ id: 'a' }), label: { company: 1 } })).toBe('name');
    expect(readEntry({ ...entry({ id: 'a' }), reasons: { notYou: ['a', 'a'], learn: [] } })).toBe('reasons');
    expect(readEntry({ ...entry({ id: 'a' }), reasons: { notYou: 'a', learn: [] } })).toBe('reasons');
    expect(readEntry({ ...entry({ id: 'a' }), answers: { 'hiring-freeze': 3 } })).toBe('answers');
    expect(readEntry({ ...entry({ id: 'a' }), answers: { 'Bad Id': 'yes' } })).toBe('answers');
  });

  it('lets a deletion at the very moment of a change win, and breaks ties between copies the same way in any order', async () => {
    const { mergeJournals, writeJournal } = await import('../../src/lib/journal');
    const when = '2026-11-01T10:00:00.000Z';
    const a = entry({ id: 'x', updatedAt: when, label: { company: 'A', role: '', date: '', stage: '' } });
    const b = entry({ id: 'x', updatedAt: when, label: { company: 'B', role: '', date: '', stage: '' } });
    expect(mergeJournals({ entries: [a], removed: {} }, { entries: [], removed: { x: when } }).entries).toEqual([]);
    const one = mergeJournals({ entries: [a], removed: {} }, { entries: [b], removed: {} });
    const two = mergeJournals({ entries: [b], removed: {} }, { entries: [a], removed: {} });
    expect(one).toEqual(two);
    expect(one.entries).toHaveLength(1);
    // The later of two deletions of one entry is kept.
    expect(
      mergeJournals({ entries: [], removed: { x: when } }, { entries: [], removed: { x: '2026-11-02T00:00:00.000Z' } }).removed,
    ).toEqual({
      x: '2026-11-02T00:00:00.000Z',
    });
    expect(JSON.parse(writeJournal({ entries: [a], removed: {} }))).not.toHaveProperty('removed');
  });

  it('lists entries of one day by when they were saved, newest first', async () => {
    const { newestFirst } = await import('../../src/lib/journal');
    const day = { company: '', role: '', date: '2026-05-01', stage: '' as const };
    const list = newestFirst([
      entry({ id: 'early', savedAt: '2026-05-02T08:00:00.000Z', label: day }),
      entry({ id: 'late', savedAt: '2026-05-02T18:00:00.000Z', label: day }),
    ]);
    expect(list.map((e) => e.id)).toEqual(['late', 'early']);
  });
});
