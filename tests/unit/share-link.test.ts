import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems, keepShown } from '../../src/lib/answers';
import { answersBehind } from '../../src/lib/possible-answers';
import { optionOf } from '../../src/lib/check-questions';
import { axes, decide, mostTelling, reasonsOf, scoreCheck, strongestFirst, type Axis } from '../../src/lib/scoring';
import { checksum, encodeShareLink, type SharedResult } from '../../src/lib/share-link';
import { resultPath, toSharedResult } from '../../src/lib/share-link-encoder';
import { decodeShareLink, MAX_FRAGMENT_LENGTH } from '../../src/lib/share-link-decoder';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
import { runs } from './runs';
import { neutralAnswers } from './fixtures';

const check = loadCheck();

const base = neutralAnswers;
const stories = {
  'not-you': { told: ['role-changed'] },
  'learn-from-it': { differently: ['prepare', 'caught-out'] },
  both: { told: ['role-changed'], differently: ['prepare', 'nerves'] },
  'too-early': { since: ['freeze-rumours'] },
};
const answersFor = (changes: Record<string, string[]>) => keepShown(check, { ...base, ...changes });

/** Re-signs a fragment after an edit, as someone forging a link would: the checksum then matches. */
function resign(fragment: string): string {
  const text = fragment.replace(/&c=[0-9a-f]{6}$/, '');
  return `${text}&c=${checksum(text)}`;
}

describe('share links', () => {
  it.each(Object.entries(stories))('round-trips a "%s" result, with and without answers', (outcome, changes) => {
    for (const includeAnswers of [false, true]) {
      const shared = toSharedResult(check, answersFor(changes), includeAnswers);
      expect(shared.outcome).toBe(outcome);
      expect(decodeShareLink(encodeShareLink(shared), check)).toEqual({ ok: true, result: shared });
      expect(resultPath(shared)).toMatch(new RegExp(`^/results/${outcome}/#v=${check.version}&o=${outcome}&`));
    }
  });

  it('round-trips a decisive reason with one thing to sharpen, which the reader works out from the reasons', () => {
    for (const includeAnswers of [false, true]) {
      const shared = toSharedResult(check, answersFor({ told: ['role-changed'], differently: ['structure'] }), includeAnswers);
      expect(shared).toMatchObject({ outcome: 'not-you', sharpen: 'differently:structure' });
      expect(encodeShareLink(shared)).not.toContain('sharpen');
      expect(decodeShareLink(encodeShareLink(shared), check)).toEqual({ ok: true, result: shared });
    }
  });

  it('round-trips every possible set of answers (fast-check)', () => {
    fc.assert(
      fc.property(answersArbitrary(check), fc.boolean(), (answers, includeAnswers) => {
        const shared = toSharedResult(check, answers, includeAnswers);
        const fragment = encodeShareLink(shared);
        expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        expect(decodeShareLink(fragment, check)).toEqual({ ok: true, result: shared });
      }),
      { numRuns: runs(1000) },
    );
  });

  it('is readable enough to debug, and carries no answers unless asked to', () => {
    const fragment = encodeShareLink(toSharedResult(check, answersFor(stories.both), false));
    expect(fragment).toMatch(/^v=3&o=both&rn=told:role-changed&rl=differently:prepare,differently:nerves&u=since&c=[0-9a-f]{6}$/);
  });

  const good = encodeShareLink(toSharedResult(check, answersFor(stories.both), true));
  const swap = (key: string, value: string) => good.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);

  it.each([
    ['an empty fragment', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['an unknown version', swap('v', '99'), 'unknown-version'],
    ['a 10 kB fragment', 'v=3&' + 'x'.repeat(10_000), 'too-long'],
    ['markup', '<img src=x onerror=alert(1)>', 'malformed'],
    ['a script in a reason', swap('rn', '<script>alert(1)</script>'), 'edited'],
    ['an unknown outcome', swap('o', 'maybe'), 'malformed'],
    ['a repeated field', good + '&o=both', 'malformed'],
    ['an unknown field', good + '&x=1', 'malformed'],
    ['a missing checksum', good.replace(/&c=[0-9a-f]+$/, ''), 'edited'],
    ['one character edited', good.replace('o=both', 'o=bots'), 'malformed'],
    ['an edited reason', good.replace('rl=differently:prepare', 'rl=differently:research'), 'edited'],
  ])('refuses %s', (_, fragment, problem) => {
    expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem });
  });

  // A forger can recompute the checksum; what the link says must still be consistent with itself.
  it.each([
    ['an unknown reason', resign(swap('rn', 'made-up:reason')), 'edited'],
    ['a reason on the wrong side', resign(swap('rn', 'differently:nerves')), 'edited'],
    ['an outcome its reasons do not give', resign(swap('o', 'not-you')), 'edited'],
    ['a reason repeated', resign(swap('rn', 'told:role-changed,told:role-changed')), 'edited'],
    ['an unknown that is not a question with an unknown answer', resign(swap('u', 'stage')), 'edited'],
    ['answers that do not give these reasons', resign(swap('a', 'stage:final-round,told:role-changed')), 'edited'],
    ['reasons the answers do not give', resign(good.replace('rl=differently:prepare', 'rl=differently:research')), 'edited'],
  ])('refuses %s, even re-signed', (_, fragment, problem) => {
    expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem });
  });

  it('reads a link made with version 1 of the check for its outcome only', () => {
    const body = 'v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=';
    expect(decodeShareLink(`#${body}&c=${checksum(body)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 1, outcome: 'not-you' },
    });
    const thin = 'v=1&n=80&l=50&e=20&rn=hiring-freeze&rl=';
    expect(decodeShareLink(`${thin}&c=${checksum(thin)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 1, outcome: 'too-early' },
    });
    expect(decodeShareLink(`${body}&c=000000`, check)).toEqual({ ok: false, problem: 'edited' });
    expect(decodeShareLink('v=1&n=999&l=50&e=56&rn=&rl=&c=000000', check)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('reads a link made with version 2 of the check for its outcome only, once its checksum and outcome are checked', () => {
    const body = 'v=2&o=both&rn=told:role-cancelled&rl=prepared:not-really&u=since';
    expect(decodeShareLink(`#${body}&c=${checksum(body)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 2, outcome: 'both' },
    });
    // Its answers are not read: version 2's questions are not version 3's.
    const answered = `${body}&a=told:role-cancelled`;
    expect(decodeShareLink(`${answered}&c=${checksum(answered)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 2, outcome: 'both' },
    });
    expect(decodeShareLink(`${body}&c=000000`, check)).toEqual({ ok: false, problem: 'edited' });
    expect(decodeShareLink(`${body}`, check)).toEqual({ ok: false, problem: 'edited' });
    const unknown = 'v=2&o=maybe&rn=&rl=&u=';
    expect(decodeShareLink(`${unknown}&c=${checksum(unknown)}`, check)).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeShareLink(`${body}&n=1&c=${checksum(`${body}&n=1`)}`, check)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('never throws, and accepts only links whose outcome its reasons give (fast-check)', () => {
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 }), fc.nat(3))
      .map(([at, insert, cut]) => good.slice(0, at) + insert + good.slice(at + cut));
    const fragments = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: MAX_FRAGMENT_LENGTH + 50 }),
      mutated,
      mutated.map(resign),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const decoded = decodeShareLink(fragment, check);
        if (decoded.ok && 'result' in decoded) {
          const { reasons, outcome } = decoded.result;
          expect(['not-you', 'learn-from-it', 'both', 'too-early']).toContain(outcome);
          for (const code of [...reasons.notYou, ...reasons.learn]) expect(code).toMatch(/^[a-z0-9-]+:[a-z0-9-]+$/);
        }
      }),
      { numRuns: runs(5000) },
    );
  });
});

/**
 * Links that no one's answers could give, made by editing a real link and recomputing its outcome
 * and checksum as a forger would, so that only the answers' own rules can tell.
 */
describe('share links that could not come from one set of answers', () => {
  const reasonsOfLink = (shared: SharedResult) => ({ notYou: [...shared.reasons.notYou], learn: [...shared.reasons.learn] });
  const question = (id: string) => check.questions.find((q) => q.id === id)!;

  /**
   * A link with these reasons and unknowns, its outcome the one they give and its checksum
   * recomputed; the reasons strongest first and the unknowns most telling first (unless `asGiven`),
   * so that only what the answers could be can tell it from a real one.
   */
  function forged(reasons: Record<Axis, string[]>, unknowns: string[], asGiven = false): string {
    const weighed = reasonsOf(check, reasons)!;
    const sorted = {
      notYou: strongestFirst(weighed.notYou).map((r) => r.code),
      learn: strongestFirst(weighed.learn).map((r) => r.code),
    };
    const ordered = asGiven
      ? unknowns
      : mostTelling(
          check.questions.filter((q) => unknowns.includes(q.id)),
          false,
        );
    const outcome = decide(weighed, check.thresholds).outcome;
    return encodeShareLink({ checkVersion: check.version, outcome, reasons: sorted, unknowns: ordered });
  }

  /** Random answers with some answers set, as a person could give them. */
  const answersWith = (changes: Record<string, string[]>) =>
    answersArbitrary(check).map((answers) => keepShown(check, { ...answers, ...changes }));

  const refused = (fragment: string) => expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem: 'edited' });

  it('accepts every link made from answers, and the answers behind it score to the same link (fast-check)', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const shared = toSharedResult(check, answers, false);
        const behind = answersBehind(check, shared.reasons, shared.unknowns);
        expect(behind).toBeDefined();
        expect(toSharedResult(check, behind!, false)).toEqual(shared);
      }),
      { numRuns: runs(500) },
    );
  });

  it('refuses two answers to a pick-one question', () => {
    const offers = question('offer').options.filter((o) => o.notYou > 0);
    fc.assert(
      fc.property(answersWith({ stage: ['offer'] }), fc.nat(), (answers, pick) => {
        const shared = toSharedResult(check, answers, false);
        const listed = shared.reasons.notYou.find((code) => code.startsWith('offer:'));
        fc.pre(listed !== undefined);
        const other = offers.filter((o) => `offer:${o.id}` !== listed)[pick % (offers.length - 1)]!;
        const reasons = reasonsOfLink(shared);
        reasons.notYou.push(`offer:${other.id}`);
        refused(forged(reasons, shared.unknowns));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses "don’t know" beside an answer to the same question, where it stands alone', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const shared = toSharedResult(check, answers, false);
        const scored = scoreCheck(check, answers);
        const withReason = [...scored.reasons.notYou, ...scored.reasons.learn]
          .map((r) => question(r.questionId))
          .find((q) => !shared.unknowns.includes(q.id) && q.options.some((o) => o.evidence === 'unknown'));
        fc.pre(withReason !== undefined && shared.unknowns.length < 3);
        // Every "don't know" of the check is either an exclusive answer or one of a pick-one question.
        expect(
          withReason!.options.filter((o) => o.evidence === 'unknown').every((o) => o.exclusive || withReason!.type === 'one'),
        ).toBe(true);
        refused(forged(reasonsOfLink(shared), [...shared.unknowns, withReason!.id]));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses a reason from a question that is not asked after the others: what they told you, after an offer', () => {
    const told = question('told').options.filter((o) => o.notYou > 0);
    fc.assert(
      fc.property(answersWith({ stage: ['offer'], offer: ['withdrawn'] }), fc.nat(), (answers, pick) => {
        const shared = toSharedResult(check, answers, false);
        const reasons = reasonsOfLink(shared);
        reasons.notYou.push(`told:${told[pick % told.length]!.id}`);
        refused(forged(reasons, shared.unknowns));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses feedback beside "have you asked for feedback?", which is asked only when none was given, however deep', () => {
    const feedback = ['feedback:praise', 'feedback-view:fixable', 'feedback-view:long-term', 'feedback-view:disagree'];
    fc.assert(
      fc.property(answersWith({ told: ['no-reason'], 'asked-feedback': ['waiting'] }), fc.nat(), (answers, pick) => {
        const shared = toSharedResult(check, answers, false);
        fc.pre(shared.unknowns.includes('asked-feedback'));
        const code = feedback[pick % feedback.length]!;
        const reasons = reasonsOfLink(shared);
        for (const axis of axes) if ((optionOf(check, code)?.option[axis] ?? 0) > 0) reasons[axis].push(code);
        refused(forged(reasons, shared.unknowns));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses two reasons that tell one fact on one side', () => {
    const withFact = check.questions.flatMap((q) =>
      q.options.filter((o) => o.fact && o.notYou > 0).map((o) => ({ code: `${q.id}:${o.id}`, fact: o.fact })),
    );
    fc.assert(
      fc.property(answersArbitrary(check), fc.nat(), (answers, pick) => {
        const shared = toSharedResult(check, answers, false);
        const listed = withFact.find(({ code }) => shared.reasons.notYou.includes(code));
        fc.pre(listed !== undefined);
        const twins = withFact.filter(({ code, fact }) => fact === listed!.fact && !shared.reasons.notYou.includes(code));
        fc.pre(twins.length > 0);
        const reasons = reasonsOfLink(shared);
        reasons.notYou.push(twins[pick % twins.length]!.code);
        refused(forged(reasons, shared.unknowns));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses an answer listed as a reason beside the answer that discounts it', () => {
    fc.assert(
      fc.property(
        answersWith({ unfair: ['adjustments'] }),
        fc.constantFrom('nerves', 'task-time', 'logistics'),
        (answers, slip) => {
          const shared = toSharedResult(check, answers, false);
          expect(shared.reasons.learn).not.toContain(`differently:${slip}`);
          const reasons = reasonsOfLink(shared);
          reasons.learn.push(`differently:${slip}`);
          refused(
            forged(
              reasons,
              shared.unknowns.filter((id) => id !== 'differently'),
            ),
          );
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('refuses an innocent explanation left to look into after unfair treatment', () => {
    fc.assert(
      fc.property(answersWith({ unfair: ['personal-questions'], since: ['not-looked'] }), (answers) => {
        const shared = toSharedResult(check, answers, false);
        expect(shared.unknowns).not.toContain('since');
        fc.pre(shared.unknowns.length < 3);
        refused(forged(reasonsOfLink(shared), [...shared.unknowns, 'since']));
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses unknowns out of their order, or an unknown whose question the reasons rule out', () => {
    const told = answersFor({ told: ['role-changed'], differently: ['not-sure'] });
    const shared = toSharedResult(check, told, false);
    expect(shared.unknowns).toEqual(['since', 'differently']);
    refused(forged(reasonsOfLink(shared), ['differently', 'since'], true));
    // "What happened to the offer?" is asked only after an offer, and then "what they told you" is not asked: no reason from it.
    refused(forged(reasonsOfLink(shared), ['since', 'differently', 'offer']));
    expect(decodeShareLink(forged(reasonsOfLink(shared), ['since', 'differently']), check)).toMatchObject({ ok: true });
  });
});

describe('the answers behind a link', () => {
  it('are a complete set a person could give, or none for reasons no one could have', () => {
    const behind = answersBehind(check, { notYou: ['told:role-changed'], learn: ['differently:structure'] }, ['since']);
    expect(behind).toBeDefined();
    expect(answerProblems(check, behind!, true)).toEqual([]);
    expect(scoreCheck(check, behind!)).toMatchObject({
      outcome: 'not-you',
      sharpen: 'differently:structure',
      unknowns: ['since'],
    });
    // A stock "closer match" line in a standard email leaves no reason, and still opens the question about feedback.
    expect(answersBehind(check, { notYou: ['told:role-changed'], learn: [] }, ['since', 'asked-feedback'])).toMatchObject({
      'how-told': ['template'],
    });
    expect(answersBehind(check, { notYou: ['nowhere:at-all'], learn: [] }, [])).toBeUndefined();
    expect(answersBehind(check, { notYou: [], learn: [] }, ['nowhere'])).toBeUndefined();
  });
});
