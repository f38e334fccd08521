import { describe, expect, it } from 'vitest';
import { computePatterns, timesInWords } from '../../src/lib/patterns';
import { draftStar, starText } from '../../src/lib/star';
import { checkPartOf, firstLabel } from '../../src/lib/journal-entry';
import type { JournalEntry, JournalLabel } from '../../src/lib/journal';
import { entry, neutralAnswers } from './fixtures';
import { loadCheck } from './content';

const check = loadCheck();
/** The words of each answer that can be a reason, as the journal's pages carry them. */
const labels = Object.fromEntries(
  check.questions.flatMap((q) => q.options.filter((o) => o.notYou > 0 || o.learn > 0).map((o) => [`${q.id}:${o.id}`, o.label])),
);
const signal = (code: string) => labels[code];
/** The check's words for interview answers, as the answer page carries them. */
const words = Object.fromEntries(
  check.questions.flatMap((q) => q.options.filter((o) => o.star).map((o) => [`${q.id}:${o.id}`, o.star!])),
);

const base = neutralAnswers;
/** A journal entry for a check finished with these changes to `base`, as the result page saves it. */
function saved(id: string, changes: Record<string, string[]>, label: Partial<JournalLabel> = {}): JournalEntry {
  const answers = { ...base, ...changes };
  return {
    id,
    savedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...checkPartOf(check, answers),
    label: { ...firstLabel(answers), ...label },
  };
}

describe('computePatterns', () => {
  it('says there is nothing yet for an empty journal', () => {
    const patterns = computePatterns([], signal);
    expect(patterns).toMatchObject({ count: 0, recurring: [], stages: [] });
    expect(patterns.reading).toEqual(['Nothing saved yet. Save a check from its result to start your journal.']);
  });

  it('does not read a pattern into a single entry', () => {
    const patterns = computePatterns([saved('a', {})], signal);
    expect(patterns.count).toBe(1);
    expect(patterns.reading[0]).toMatch(/^One rejection so far/);
  });

  it('finds where rejections cluster, the answers that recur, and says so plainly', () => {
    const entries = [
      saved('a', { stage: ['later-round'], differently: ['caught-out'] }, { date: '2026-08-01' }),
      saved('b', { stage: ['later-round'], differently: ['caught-out', 'prepare'] }, { date: '2026-09-10' }),
      // Two things of their own beside the role's cancellation: "both" (one alone would be one thing to sharpen).
      saved(
        'c',
        { stage: ['later-round'], differently: ['caught-out', 'research'], told: ['role-changed'] },
        { date: '2026-10-20' },
      ),
      saved('d', { told: ['role-changed'] }, { date: '2026-11-01' }),
    ];
    const patterns = computePatterns(entries, signal);
    expect(patterns.outcomes).toEqual({ 'not-you': 1, 'learn-from-it': 2, both: 1, 'too-early': 0 });
    expect(patterns.spanDays).toBe(92);
    expect(patterns.cluster).toEqual({ stage: 'later-round', count: 3, of: 4 });
    expect(patterns.recurring).toEqual([
      { id: 'differently:caught-out', axis: 'learn', count: 3 },
      { id: 'told:role-changed', axis: 'notYou', count: 2 },
    ]);
    expect(patterns.reading).toEqual([
      'Four rejections over three months. That is a normal part of a search, not a verdict.',
      'Three of your four rejections came after a later round, a panel or an assessment centre: that stage is the place to practise first.',
      'Most of your results point to things you can practise, which means you can change them.',
      'A few noes do not mean never.',
    ]);
  });

  it('does not count an application still waiting for word as a rejection', () => {
    const silent = { 'how-told': ['no-word'], stage: ['first-interview'] };
    const entries = [
      saved('a', { stage: ['later-round'] }, { date: '2026-08-01' }),
      saved('b', { stage: ['later-round'] }, { date: '2026-09-01' }),
      saved('c', silent, { date: '2026-09-05' }),
      saved('d', silent, { date: '2026-11-20' }),
    ];
    const patterns = computePatterns(entries, signal);
    expect(patterns.stages).toEqual([{ stage: 'later-round', count: 2 }]);
    expect(patterns.cluster).toEqual({ stage: 'later-round', count: 2, of: 2 });
    expect(patterns.spanDays).toBe(31);
    expect(patterns.reading[0]).toBe(
      'Two rejections over four weeks. That is a normal part of a search, not a verdict. Two applications are still waiting for word.',
    );
    // Once the silence is recorded as a no (or a stage says so), it counts.
    const told = { ...entries[2]!, track: { steps: [{ step: 'rejected', date: '2026-10-01' }] } } satisfies JournalEntry;
    expect(computePatterns([entries[0]!, told], signal).stages).toEqual([
      { stage: 'first-interview', count: 1 },
      { stage: 'later-round', count: 1 },
    ]);
    expect(computePatterns([entries[0]!, entries[2]!], signal).reading[0]).toBe(
      'One rejection so far. One application is still waiting for word. A single result says little on its own; a few more will start to show a pattern.',
    );
    expect(computePatterns([entries[2]!], signal).reading[0]).toMatch(/^No rejection so far. One application is still waiting/);
  });

  it('counts an application marked as gone quiet, or ended in an offer, apart from the noes: a silence names no stage to practise', () => {
    const silent = { 'how-told': ['no-word'], stage: ['later-round'] };
    const quiet = (id: string) =>
      ({
        ...saved(id, silent, { date: '2026-09-01' }),
        track: { steps: [{ step: 'quiet', date: '2026-10-01' }] },
      }) satisfies JournalEntry;
    const offer = {
      ...saved('o', { stage: ['later-round'] }, { date: '2026-09-10' }),
      track: { steps: [{ step: 'offer', date: '2026-10-02' }] },
    } satisfies JournalEntry;
    const entries = [saved('a', { stage: ['later-round'] }, { date: '2026-08-01' }), quiet('q1'), quiet('q2'), offer];
    const patterns = computePatterns(entries, signal);
    expect(patterns.stages).toEqual([{ stage: 'later-round', count: 1 }]);
    expect(patterns.cluster).toBeUndefined();
    expect(patterns.reading).toEqual([
      'One rejection so far. Two went quiet. One ended in an offer. A single result says little on its own; a few more will start to show a pattern.',
    ]);
    expect(patterns.reading.join(' ')).not.toMatch(/practise/);
  });

  it('names no cluster when stages tie, and no side when outcomes tie', () => {
    const entries = [saved('a', { told: ['role-changed'] }), saved('b', { stage: ['screening'], differently: ['prepare'] })];
    const patterns = computePatterns(entries, signal);
    expect(patterns.cluster).toBeUndefined();
    expect(patterns.reading).toContain('Your rejections are spread across different stages, so no single stage stands out.');
    expect(patterns.reading.join(' ')).not.toMatch(/Most of your results/);
  });

  it('leaves out reasons from version 1 of the check, whose questions are gone', () => {
    const entries = [0, 1].map((i) => entry({ id: `r${i}`, reasons: { notYou: ['hiring-freeze'], learn: [] } }));
    expect(computePatterns(entries, signal).recurring).toEqual([]);
  });
});

describe('the STAR draft', () => {
  it('says only what the person told the check, and leaves prompts for what it cannot know', () => {
    const draft = draftStar(
      saved('a', { differently: ['caught-out', 'results'] }, { company: 'Acme', role: 'data analyst', date: '2026-10-30' }),
      words,
    );
    expect(draft.situation).toBe(
      'In October 2026, I reached the final round for the data analyst role at Acme, and was told they would not be going ahead with me.',
    );
    expect(draft.action).toBe(
      'Looking back honestly, I saw that I could practise the kind of question that had caught me out and end my examples with what came of them. [What I did next: how I practised, and who helped me.]',
    );
    // Not asked for feedback yet, not looked into anything: the draft does not say otherwise.
    expect(draft.action).not.toMatch(/feedback|looked into/);
    expect(draft.result).toMatch(/^\[/);
    expect(starText(draft)).toMatch(/^Situation: In October 2026[\s\S]*\n\nWhat I learned: /);
  });

  it('says what the person did, and names at most one reason on the company’s side, neutrally, never a hint or unfair treatment', () => {
    const draft = draftStar(
      saved('b', {
        told: ['closer-match'],
        since: ['freeze-announced', 'internal-suspected'],
        unfair: ['personal-questions'],
        'asked-feedback': ['waiting'],
      }),
      words,
    );
    expect(draft.action).toContain('I asked them for feedback.');
    expect(draft.action).toContain('I looked into what had happened on their side.');
    expect(draft.action.match(/which was outside my control/g)).toHaveLength(1);
    expect(draft.action).toContain(
      'I later found out that the company had announced a hiring freeze, which was outside my control.',
    );
    expect(draft.action).not.toMatch(/suspect|age|family|internal/);
    expect(draft.action).toContain('[What I did next.]');
  });

  it('never says they were told no when the company stopped replying', () => {
    const draft = draftStar(saved('w', { 'how-told': ['no-word'] }, { company: 'Acme' }), words);
    expect(draft.situation).toBe('I reached the final round for a role at Acme, but then heard nothing more from them.');
    expect(draft.situation).not.toMatch(/going ahead/);
  });

  it('lists three things to practise, or one with commas of its own, so that each reads as one', () => {
    const three = draftStar(saved('t', { differently: ['prepare', 'caught-out', 'results'] }), words);
    expect(three.action).toContain(
      'I could prepare better, practise the kind of question that had caught me out, and end my examples with what came of them.',
    );
    const commas = draftStar(saved('c', { differently: ['logistics', 'results'] }), words);
    expect(commas.action).toContain(
      'I could end my examples with what came of them, and leave more room for timing, travel and equipment.',
    );
  });

  it('after an offer, tells what became of it, once, and leaves the result for the person to tell', () => {
    const draft = draftStar(
      saved(
        'o',
        { stage: ['offer'], offer: ['withdrawn-reason'], told: ['no-reason'] },
        { role: 'Project coordinator', company: 'Acme' },
      ),
      words,
    );
    expect(draft.situation).toBe(
      'I was offered the job for the Project coordinator role at Acme, but the offer was later withdrawn for reasons on their side.',
    );
    expect(draft.situation).not.toMatch(/not be going ahead/);
    expect(draft.action).not.toMatch(/offer was withdrawn/);
    expect(draft.task).toMatch(/leave the door open/);
    expect(draft.result).toBe('[What happened next: another application, a new role, or staying in touch with them.]');
    expect(draftStar(saved('s', { stage: ['offer'], offer: ['silence'] }), words).situation).toMatch(
      /^I was offered the job for a role, but then heard nothing more from them\.$/,
    );
    // A mistake in their own documents: what became of the offer, and what they would put right, said once each.
    const mistake = draftStar(saved('m', { stage: ['offer'], offer: ['checks-mistake'] }), words);
    expect(mistake.situation).toBe('I was offered the job for a role, but the offer was withdrawn after the final checks.');
    expect(mistake.action).toMatch(
      /I saw that I could make sure my application and documents are complete and correct before the checks\./,
    );
  });

  it('drafts from an entry with no label, and from one made with version 1 of the check', () => {
    expect(draftStar(saved('c', { stage: ['screening'] }), words).situation).toBe(
      'I had a first call with them for a role, and was told they would not be going ahead with me.',
    );
    const old = draftStar(entry({ id: 'x', label: { company: '', role: '', date: '', stage: '' } }), words);
    expect(old.situation).toBe('I interviewed for a role, and was told they would not be going ahead with me.');
    expect(old.action).toBe('[What I did next.]');
  });
});

describe('the pattern in words', () => {
  it('counts past ten in figures, says “all” when every rejection came at one stage, and reads a company-side journal', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      saved(`m${i}`, { told: ['role-changed'] }, { date: `2026-0${1 + (i % 9)}-01`, stage: 'final-round' }),
    );
    const patterns = computePatterns(many, signal);
    expect(timesInWords(12)).toBe('12 times');
    expect(timesInWords(2)).toBe('twice');
    expect(patterns.reading).toContain(
      'All 12 of your rejections came after a final round: that stage is the place to practise first.',
    );
    expect(patterns.reading).toContain(
      'Most of your results point to the company’s side. The market is part of this; keep going.',
    );
    expect(patterns.recurring[0]).toEqual({ id: 'told:role-changed', axis: 'notYou', count: 12 });
    const two = computePatterns(many.slice(0, 2), signal);
    expect(two.reading).toContain('Both of your rejections came after a final round: that stage is the place to practise first.');
  });

  it('says how long companies took to say no, where two or more applications have the dates, and never counts it against the person', () => {
    const dated = (id: string, from: string, to: string): JournalEntry =>
      entry({
        id,
        track: {
          steps: [
            { step: 'interview', date: from },
            { step: 'rejected', date: to },
          ],
        },
      });
    const line = (entries: JournalEntry[]) =>
      computePatterns(entries, signal).reading.find((text) => text.startsWith('Where you recorded the dates'));
    expect(line([dated('a', '2027-01-01', '2027-01-08'), dated('b', '2027-01-01', '2027-01-15')])).toBe(
      'Where you recorded the dates (two applications), companies typically took 11 days to say no after your last stage. Their pace is theirs, not a measure of you.',
    );
    expect(line([dated('a', '2027-01-01', '2027-01-08'), entry({ id: 'b' })])).toBeUndefined();
    expect(line([dated('a', '2027-01-01', '2027-01-02'), dated('b', '2027-01-01', '2027-01-02')])).toMatch(
      /typically took a day to say no/,
    );
  });
});
