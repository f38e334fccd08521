import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import { resultPageView, resultView } from '../../src/lib/result-view';
import { summariseResult } from '../../src/lib/result-summary';
import { checksum, encodeShareLink } from '../../src/lib/share-link';
import { toSharedResult } from '../../src/lib/share-link-encoder';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
import { runs } from './runs';
import { entry, entryV2, neutralAnswers } from './fixtures';
import { checkPartOf, newEntry } from '../../src/lib/journal-entry';

const check = loadCheck();
const base = neutralAnswers;
const answersFor = (changes: Record<string, string[]>) => keepShown(check, { ...base, ...changes });
const mine = answersFor({ told: ['role-changed'], differently: ['prepare', 'nerves'] });
const link = (answers: Record<string, readonly string[]>, includeAnswers = false) =>
  `#${encodeShareLink(toSharedResult(check, answers, includeAnswers))}`;
const none = { finished: undefined, saved: [] };

describe('what a result page shows', () => {
  it('the person’s own finished check, from a page with no details or from its own link', () => {
    expect(resultView('', 'both', check, { finished: mine, saved: [] })).toMatchObject({ kind: 'own', answers: mine });
    expect(resultView(link(mine), 'both', check, { finished: mine, saved: [] })).toMatchObject({ kind: 'own', answers: mine });
  });

  it('a result saved in the journal is the person’s own too, wherever the link is opened from', () => {
    const saved = answersFor({ differently: ['prepare', 'caught-out'] });
    expect(resultView(link(saved), 'learn-from-it', check, { finished: mine, saved: [saved] })).toMatchObject({
      kind: 'own',
      answers: saved,
    });
  });

  it('someone else’s link as shared, with their answers only when they chose to include them', () => {
    const theirs = answersFor({ since: ['freeze-announced'] });
    expect(resultView(link(theirs), 'not-you', check, { finished: mine, saved: [] })).toMatchObject({ kind: 'shared' });
    const view = resultView(link(theirs, true), 'not-you', check, none);
    expect(view.kind === 'shared' && view.result.answers).toEqual(theirs);
  });

  it.each([
    ['no details and no check finished here', '', 'both', 'empty'],
    ['no details, and a check finished here with another outcome', '', 'not-you', 'empty'],
    ['a damaged link', '#v=3&o=both', 'both', 'malformed'],
    ['a link to another outcome', link(mine), 'not-you', 'other-outcome'],
  ])('the general page with a notice for %s', (_, fragment, outcome, problem) => {
    const own = fragment === '' && outcome === 'not-you' ? { finished: mine, saved: [] } : none;
    expect(resultView(fragment, outcome as 'both', check, own)).toEqual({ kind: 'problem', problem });
  });

  it('a notice when the check’s content could not be loaded', () => {
    expect(resultView(link(mine), 'both', undefined, none)).toEqual({ kind: 'problem', problem: 'unavailable' });
  });

  it('a link made with version 2: its outcome, on its own page only', () => {
    const body = 'v=2&o=both&rn=told:role-changed&rl=differently:nerves&u=since';
    const fragment = `#${body}&c=${checksum(body)}`;
    expect(resultView(fragment, 'both', check, none)).toEqual({ kind: 'earlier', checkVersion: 2 });
    expect(resultView(fragment, 'not-you', check, none)).toEqual({ kind: 'problem', problem: 'other-outcome' });
  });

  it('a link made with version 1: its outcome, on its own page only', () => {
    const body = 'v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=';
    const fragment = `#${body}&c=${checksum(body)}`;
    expect(resultView(fragment, 'not-you', check, none)).toEqual({ kind: 'earlier', checkVersion: 1 });
    expect(resultView(fragment, 'both', check, none)).toEqual({ kind: 'problem', problem: 'other-outcome' });
  });
});

describe('what a result page shows, from its address and this browser’s journal', () => {
  const saved = answersFor({ differently: ['prepare', 'caught-out'] });
  const current = { ...newEntry(checkPartOf(check, saved), entry({ id: 'c3' }).label, new Date()), id: 'c3' };
  const journal = [entry({ id: 'v1' }), entryV2({ id: 'v2' }), current];
  const at = (search: string, hash = '') => ({ search, hash });

  it('a journal entry opened from the journal is the person’s own result, whatever the fragment says', () => {
    const view = resultPageView(at('?entry=c3', link(mine)), 'learn-from-it', check, journal, mine);
    expect(view).toMatchObject({ kind: 'own', answers: saved, entry: { id: 'c3' } });
  });

  it('an entry’s page on another outcome’s page is the general page', () => {
    expect(resultPageView(at('?entry=c3'), 'not-you', check, journal, undefined)).toMatchObject({
      kind: 'problem',
      problem: 'empty',
    });
  });

  it.each([
    ['saved with version 1', 'v1', 'earlier'],
    ['saved with version 2', 'v2', 'earlier'],
    ['no longer in the journal', 'gone', 'gone'],
  ])('an entry %s gives the general page, saying why', (_, id, problem) => {
    expect(resultPageView(at(`?entry=${id}`, link(mine)), 'both', check, journal, mine)).toEqual({ kind: 'entry', problem });
  });

  it('without an entry, the fragment decides: an entry saved with this version is the person’s own, earlier ones are not', () => {
    expect(resultPageView(at('', link(saved)), 'learn-from-it', check, journal, undefined)).toMatchObject({
      kind: 'own',
      answers: saved,
    });
    expect(resultPageView(at('', link(saved)), 'learn-from-it', check, [journal[0]!, journal[1]!], undefined)).toMatchObject({
      kind: 'shared',
    });
    expect(resultPageView(at('?other=1'), 'both', check, journal, mine)).toMatchObject({ kind: 'own', answers: mine });
  });

  it('a notice when the check’s content could not be loaded, for an entry too', () => {
    expect(resultPageView(at('?entry=c3'), 'learn-from-it', undefined, journal, undefined)).toEqual({
      kind: 'problem',
      problem: 'unavailable',
    });
  });
});

describe('why a result came out as it did', () => {
  it('gives every reason in its answer’s words, with the person’s own answer, how sure it is, and the leanings in words', () => {
    const result = toSharedResult(check, mine, false);
    const summary = summariseResult(check, result, mine, 'own');
    expect(summary.reasons).toEqual([
      {
        axis: 'notYou',
        title: 'Pointing to the company’s side, or to fit',
        items: [
          {
            text: 'They told you the role was cancelled, frozen, changed or lost its funding.',
            meta: 'Something they said or did. Your answer: “The role was cancelled, frozen, changed or lost its funding”',
          },
        ],
      },
      {
        axis: 'learn',
        title: 'Pointing to things you can practise',
        items: [
          {
            text: 'You would prepare more, or prepare different things.',
            meta: 'Seen looking back. Your answer: “Prepare more, or prepare different things”',
          },
          {
            text: 'Nerves got in the way, and there are ways to practise for that.',
            meta: 'Seen looking back. Your answer: “Find ways to handle nerves: I froze or went blank”',
          },
        ],
      },
    ]);
    expect(summary.sharpen).toBeUndefined();
    expect(summary.discounted).toBeUndefined();
    expect(summary.leans.map((lean) => lean.words)).toEqual(['a clear lean', 'a strong lean']);
    // Both sides stand: nothing unknown could change that.
    expect(summary.unknowns).toBeUndefined();
    expect(summary.context?.title).toBe('About your situation');
    expect(summary.care).toBe(false);
  });

  it('for a shared link without answers: the reasons alone, no situation; for “too early”, what would settle it and no leanings', () => {
    const rumours = answersFor({ since: ['freeze-rumours'] });
    const summary = summariseResult(check, toSharedResult(check, rumours, false), undefined, 'shared');
    expect(summary.leans).toEqual([]);
    expect(summary.reasons[0]?.items[0]?.meta).toBe('A sign, not yet proof of why');
    expect(summary.unknowns?.title).toBe('What would settle it');
    expect(summary.context).toBeUndefined();
    const theirs = summariseResult(check, toSharedResult(check, mine, true), mine, 'shared');
    expect(theirs.reasons[0]?.items[0]?.meta).toMatch(/Their answer:/);
    expect(theirs.context?.title).toBe('About their situation');
  });

  it('for a firm result, lists only what could add the side that does not stand yet', () => {
    const told = answersFor({ told: ['role-changed'], differently: ['not-sure'] });
    const summary = summariseResult(check, toSharedResult(check, told, false), told, 'own');
    expect(summary.unknowns?.title).toBe('What could still change it');
    const links = summary.unknowns?.items.map((item) => item.link);
    // What they did on the day could add something to practise; a freeze would only confirm what they were told.
    expect(links).toContain('The analysis worksheet');
    expect(links).not.toContain('How to find out which applied');
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const result = toSharedResult(check, answers, false);
        const items = summariseResult(check, result, answers, 'own').unknowns?.items ?? [];
        const findOuts = result.unknowns.flatMap((id) => {
          const findOut = check.questions.find((q) => q.id === id)?.findOut;
          return findOut ? [{ text: findOut.text, href: findOut.href, link: findOut.link }] : [];
        });
        if (result.outcome === 'too-early') expect(items).toEqual(findOuts);
        if (result.outcome === 'both') expect(items).toEqual([]);
        const open = result.outcome === 'not-you' ? 'learn' : 'notYou';
        for (const item of items) {
          const question = check.questions.find((q) => q.findOut === item || q.findOut?.text === item.text);
          if (result.outcome !== 'too-early') expect(question?.options.some((option) => option[open] > 0)).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives one thing to sharpen apart from the reasons, and reads the lean on that side from the reasons that count', () => {
    const cancelled = answersFor({ told: ['role-changed'], differently: ['structure'] });
    const summary = summariseResult(check, toSharedResult(check, cancelled, false), cancelled, 'own');
    expect(summary.reasons.map((side) => side.axis)).toEqual(['notYou']);
    expect(summary.sharpen).toEqual({
      title: 'One thing to sharpen anyway',
      text: 'Your answers could be shorter and get to the point sooner.',
      meta: 'Seen looking back. Your answer: “Give shorter, clearer answers that get to the point”',
    });
    expect(summary.leans.map((lean) => lean.words)).toEqual(['a clear lean', 'no lean']);
    // A link without the answers says the same, from its reasons alone.
    // What the person would do differently is their view looking back, not a fact of what happened.
    expect(summariseResult(check, toSharedResult(check, cancelled, false), undefined, 'shared').sharpen).toMatchObject({
      meta: 'Seen looking back',
    });
  });

  it('gives the answers not counted apart, saying why, to the person and to a friend', () => {
    const refused = answersFor({ unfair: ['adjustments'], differently: ['nerves'] });
    const result = toSharedResult(check, refused, true);
    expect(summariseResult(check, result, refused, 'own').discounted).toEqual({
      title: 'Not counted, and why',
      items: [
        {
          text: 'The adjustments you asked for were not made, so what happened under that pressure is not yours to practise.',
          meta: 'Your answer: “Find ways to handle nerves: I froze or went blank”',
        },
      ],
    });
    expect(summariseResult(check, result, refused, 'shared').discounted).toEqual({
      title: 'Not counted, and why',
      items: [
        {
          text: 'The adjustments they asked for were not made, so what happened under that pressure is not theirs to practise.',
          meta: 'Their answer: “Find ways to handle nerves: I froze or went blank”',
        },
      ],
    });
    // Without the answers, a link cannot say what was not counted.
    expect(summariseResult(check, toSharedResult(check, refused, false), undefined, 'shared').discounted).toBeUndefined();
  });

  it('says what was reported for unfair treatment, and what was heard from inside, not a kind that reads as a verdict', () => {
    const answers = answersFor({ unfair: ['treated-differently'], since: ['inside-chosen'] });
    const result = toSharedResult(check, answers, true);
    // Strongest first: word from inside comes before what the person knows happened to them, at equal weight.
    expect(summariseResult(check, result, answers, 'own').reasons[0]?.items.map((item) => item.meta)).toEqual([
      'Heard from someone inside. Your answer: “Someone inside told me the job went to an internal candidate or someone they already knew”',
      'What you reported. Your answer: “I felt treated differently because of who I am”',
    ]);
    expect(summariseResult(check, result, undefined, 'shared').reasons[0]?.items.map((item) => item.meta)).toEqual([
      'Heard from someone inside',
      'What they reported',
    ]);
  });

  it('reads about the person to a friend: never a “you” that means someone else (fast-check)', () => {
    const you = /\byou(r|rs|rself)?\b/i;
    fc.assert(
      fc.property(answersArbitrary(check), fc.boolean(), (answers, withAnswers) => {
        const result = toSharedResult(check, answers, withAnswers);
        const summary = summariseResult(check, result, withAnswers ? answers : undefined, 'shared');
        const texts = [
          ...summary.leans.map((lean) => lean.title),
          ...summary.reasons.flatMap((side) => [side.title, ...side.items.map((item) => item.text)]),
          ...(summary.sharpen ? [summary.sharpen.text] : []),
          ...(summary.discounted ? [summary.discounted.title, ...summary.discounted.items.map((item) => item.text)] : []),
          ...(summary.unknowns?.items.map((item) => item.text) ?? []),
          ...(summary.context ? [summary.context.title, ...summary.context.lines] : []),
        ];
        for (const text of texts) expect(text).not.toMatch(you);
      }),
      { numRuns: runs(300) },
    );
  });

  it('points to advice after unfair treatment', () => {
    const unfair = answersFor({ unfair: ['personal-questions'] });
    expect(summariseResult(check, toSharedResult(check, unfair, false), unfair, 'own').care).toBe(true);
  });

  it('says when no answer pointed to either side', () => {
    const nothing = answersFor({});
    expect(summariseResult(check, toSharedResult(check, nothing, false), nothing, 'own').reasons).toEqual([]);
  });
});
