import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_PLANS, decodePlan, emptyPlan, planFor, type StoredPlan } from '../../src/lib/action-plan';
import { templateParts } from '../../src/lib/email-template';
import { foldLine, followUpReminder } from '../../src/lib/reminder';
import { CONTROL_CHARACTERS } from '../../src/lib/rules';
import { planKeyOf } from '../../src/lib/result-view';
import { keepShown } from '../../src/lib/answers';
import { loadCheck } from './content';
import { runs } from './runs';

const details = {
  company: 'Acme, Ltd; Ops',
  role: 'Data analyst',
  interviewer: 'Ms Rivera',
  name: 'Sam',
  followUp: '2026-12-08',
};

describe('email templates', () => {
  it('splits a template into text and placeholders', () => {
    expect(templateParts('Hi {name}!')).toEqual([{ text: 'Hi ' }, { field: 'name' }, { text: '!' }]);
  });
});

describe('the follow-up reminder (.ics)', () => {
  const ics = followUpReminder(details, new Date('2026-11-27T10:00:00Z'), 'test-uid@not-never')!;

  it('parses with a real iCalendar parser, as an all-day event on the follow-up date with an alarm', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('test-uid@not-never');
    expect(event.summary).toBe('Follow up: Data analyst at Acme, Ltd; Ops');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-08');
    expect(event.endDate.toString()).toBe('2026-12-09');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('keeps to RFC 5545 line rules: CRLF endings, no line over 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });

  it('after unfair treatment, reminds to get advice before the time limit, in the region’s words, never working out a deadline', () => {
    const advice = followUpReminder(details, new Date('2026-11-27T10:00:00Z'), 'a@not-never', {
      limit: '180 days (300 in many places)',
    })!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(advice)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Get advice: Data analyst at Acme, Ltd; Ops');
    expect(event.description).toBe(
      'Note down what was said and done, with dates, and get advice before the time limit to complain (where you are: 180 days (300 in many places), from the day it happened). Where to get it is on your Not Never result.',
    );
    expect(event.startDate.toString()).toBe('2026-12-08');
    const unnamed = followUpReminder(details, new Date(), 'b', { limit: undefined })!;
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(unnamed)).getFirstSubcomponent('vevent')!).description).toBe(
      'Note down what was said and done, with dates, and get advice before the time limit to complain. Where to get it is on your Not Never result.',
    );
  });

  it('gives nothing for a date that is not a real date', () => {
    for (const followUp of ['', '2026-13-40', 'tomorrow', '2026-1-5']) {
      expect(followUpReminder({ ...details, followUp }, new Date(), 'x')).toBeUndefined();
    }
  });
});

describe('decodePlan', () => {
  it('reads stored details and refuses anything else', () => {
    expect(decodePlan(JSON.stringify(details))).toEqual(details);
    expect(decodePlan(JSON.stringify({ company: 'Acme' }))).toEqual({ ...emptyPlan, company: 'Acme' });
    for (const raw of ['{', '[]', 'null', '"x"', JSON.stringify({ company: 3 }), JSON.stringify({ role: 'x'.repeat(201) })]) {
      expect(decodePlan(raw)).toBeUndefined();
    }
  });
});

describe('the plan of each result', () => {
  const part = { company: 'Acme', role: 'Analyst', interviewer: 'Ms Rivera', followUp: '2026-12-08' };

  it('reads which result the details are for and those kept for other results, and refuses what is not ours', () => {
    const plan = { ...emptyPlan, name: 'Sam', result: 'abc123', kept: { def456: part } };
    expect(decodePlan(JSON.stringify(plan))).toEqual(plan);
    for (const bad of [
      { result: 3 },
      { result: 'x'.repeat(13) },
      { kept: [] },
      { kept: { a: { company: 3 } } },
      { kept: { a: { ...part, followUp: '2026-02-30' } } },
      { kept: { ['k'.repeat(13)]: part } },
      { kept: Object.fromEntries(Array.from({ length: MAX_KEPT_PLANS + 1 }, (_, i) => [`r${i}`, part])) },
      { name: 3 },
    ]) {
      expect(decodePlan(JSON.stringify(bad)), JSON.stringify(bad).slice(0, 60)).toBeUndefined();
    }
  });

  it('gives another result empty details, keeping the name, and brings the first result’s back when it opens again', () => {
    const first: StoredPlan = { ...part, name: 'Sam', result: 'aaa' };
    const second = planFor(first, 'bbb');
    expect(second).toEqual({ ...emptyPlan, name: 'Sam', result: 'bbb', kept: { aaa: part } });
    expect(planFor(second, 'aaa')).toEqual({ ...part, name: 'Sam', result: 'aaa', kept: {} });
    expect(planFor(first, 'aaa')).toBe(first);
  });

  it('leaves details from before results had their own with the first result opened', () => {
    const old: StoredPlan = { ...part, name: 'Sam' };
    expect(planFor(old, 'aaa')).toEqual({ ...old, result: 'aaa' });
  });

  it('keeps nothing for a result where nothing was typed', () => {
    expect(planFor({ ...emptyPlan, name: 'Sam', result: 'aaa' }, 'bbb').kept).toEqual({});
  });

  it('over any visits, each of the last results opened finds what was last typed for it, and every plan reads back', () => {
    const visit = fc.record({
      result: fc.constantFrom('', 'r1', 'r2', 'r3', 'r4'),
      company: fc.option(fc.string({ maxLength: 5 })),
    });
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        let plan: StoredPlan = { ...emptyPlan, result: '' };
        const typed = new Map<string, string>();
        for (const { result, company } of visits) {
          plan = planFor(plan, result);
          expect(plan.company).toBe(typed.get(result) ?? '');
          if (company !== null) {
            plan = { ...plan, company };
            typed.set(result, company);
          }
          expect(decodePlan(JSON.stringify(plan))).toEqual(plan);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('lets go of the longest unopened beyond the limit', () => {
    let plan: StoredPlan = { ...emptyPlan, result: 'r0' };
    for (let i = 0; i <= MAX_KEPT_PLANS; i++) plan = planFor({ ...plan, company: `C${i}` }, `r${i + 1}`);
    expect(Object.keys(plan.kept!)).toHaveLength(MAX_KEPT_PLANS);
    expect(plan.kept!['r0']).toBeUndefined();
    expect(plan.kept!['r1']?.company).toBe('C1');
    expect(decodePlan(JSON.stringify(plan))).toEqual(plan);
  });

  it('keys a result by its answers: the same answers give the same key, different ones another', () => {
    const check = loadCheck();
    const story = { stage: ['final-round'], 'internal-applicant': ['no'], unfair: ['none'], since: ['not-looked'] };
    const a = keepShown(check, { ...story, told: ['role-changed'] });
    const b = keepShown(check, { ...story, differently: ['nerves'] });
    expect(planKeyOf(check, a)).toMatch(/^[0-9a-f]{6}$/);
    expect(planKeyOf(check, a)).toBe(planKeyOf(check, { ...a }));
    expect(planKeyOf(check, a)).not.toBe(planKeyOf(check, b));
  });
});

describe('dates and text that reach the calendar file', () => {
  it.each(['2026-02-30', '2026-13-45', '9999-12-31', '20261-01-01', '1899-12-31'])('makes no reminder for %s', (followUp) => {
    expect(followUpReminder({ ...details, followUp }, new Date(), 'x')).toBeUndefined();
  });

  it('ends the last day it allows on a real date', () => {
    const ics = followUpReminder({ ...details, followUp: '2999-12-31' }, new Date('2026-11-27T10:00:00Z'), 'x')!;
    expect(ics).toContain('DTSTART;VALUE=DATE:29991231\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:30000101\r\n');
  });

  it('strips control characters from stored text, so that none reaches the file', () => {
    const ics = followUpReminder(
      { ...details, company: 'Acme\rBEGIN:VEVENT\u0000', role: 'Lead\u0085\u001b[31m\n' },
      new Date('2026-11-27T10:00:00Z'),
      'x',
    )!;
    expect(ics.replace(/\r\n/g, '')).not.toMatch(CONTROL_CHARACTERS);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toMatch(/^Follow up: Lead +\[31m at Acme BEGIN:VEVENT ?$/);
  });

  it('reads only real follow-up dates back from storage', () => {
    expect(decodePlan(JSON.stringify({ ...details, followUp: '2026-02-30' }))).toBeUndefined();
    expect(decodePlan(JSON.stringify({ ...details, followUp: '' }))).toEqual({ ...details, followUp: '' });
  });
});

describe('the reminder’s suggested date', () => {
  it('falls the given number of days from today, across month and year ends', async () => {
    const { daysFromToday } = await import('../../src/lib/dates');
    expect(daysFromToday(70, new Date(2026, 10, 28))).toBe('2027-02-06');
    expect(daysFromToday(7, new Date(2026, 11, 28))).toBe('2027-01-04');
  });
});

describe('the plan of each result, on show and moved', () => {
  it('shows the details of the result a page shows, or those kept for it', async () => {
    const { detailsFor } = await import('../../src/lib/action-plan');
    const plan = {
      company: 'Acme',
      role: '',
      interviewer: '',
      name: 'Sam',
      followUp: '',
      result: 'aaa',
      kept: { bbb: { company: 'Beta', role: 'Analyst', interviewer: '', followUp: '' } },
    };
    expect(detailsFor(plan, 'aaa').company).toBe('Acme');
    expect(detailsFor(plan, undefined).company).toBe('Acme');
    expect(detailsFor(plan, 'bbb')).toEqual({ company: 'Beta', role: 'Analyst', interviewer: '', followUp: '', name: 'Sam' });
    expect(detailsFor(plan, 'ccc')).toEqual({ company: '', role: '', interviewer: '', followUp: '', name: 'Sam' });
  });

  it('keeps every result’s details when two plans become one, the one there first', async () => {
    const { combinePlans } = await import('../../src/lib/action-plan');
    const part = (company: string) => ({ company, role: '', interviewer: '', followUp: '' });
    const there = { ...part('Acme'), name: '', result: 'aaa', kept: { ccc: part('Gamma') } };
    const moving = { ...part('Beta'), name: 'Sam', result: 'bbb', kept: { ccc: part('Other'), aaa: part('Old') } };
    expect(combinePlans(there, moving)).toEqual({
      ...part('Acme'),
      name: 'Sam',
      result: 'aaa',
      kept: { ccc: part('Gamma'), bbb: part('Beta') },
    });
    // A plan with nothing typed moves nothing.
    const blank = { ...part(''), name: '', result: 'zzz' };
    expect(combinePlans(there, blank)).toEqual({ ...there });
  });
});
