import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import { decide, leanOf, scoreCheck, shownQuestions, type Answers } from '../../src/lib/scoring';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
import { runs } from './runs';

const check = loadCheck();
const { lean: threshold } = check.thresholds;

/** Someone who knows very little yet: a final round, a standard email, nothing looked into. */
const knowsLittle: Record<string, string[]> = {
  stage: ['final-round'],
  'internal-applicant': ['no'],
  differently: ['not-sure'],
  unfair: ['none'],
  'how-told': ['template'],
  told: ['no-reason'],
  'asked-feedback': ['not-yet'],
  process: ['unsure'],
  since: ['not-looked'],
  earlier: ['first'],
};

/** `knowsLittle` with some answers changed; answers to questions that no longer apply are dropped. */
const story = (changes: Record<string, string[]>): Answers => keepShown(check, { ...knowsLittle, ...changes });
const codes = (answers: Answers) => {
  const result = scoreCheck(check, answers);
  return { notYou: result.reasons.notYou.map((r) => r.code), learn: result.reasons.learn.map((r) => r.code) };
};

describe('scoreCheck: the outcome a careful coach would give', () => {
  it.each([
    ['knowing little yet', {}, 'too-early'],
    ['the company said the role lost its funding', { told: ['role-changed'] }, 'not-you'],
    ['an offer withdrawn without a reason', { stage: ['offer'], offer: ['withdrawn'] }, 'not-you'],
    ['an offer, then silence: not a known no yet', { stage: ['offer'], offer: ['silence'] }, 'too-early'],
    ['a practical mismatch they named (pay, visa, notice)', { told: ['practical-fit'] }, 'not-you'],
    [
      'feedback naming a gap they agree they can fix soon',
      { told: ['feedback'], feedback: ['gap'], 'feedback-view': ['fixable'] },
      'learn-from-it',
    ],
    [
      'four concrete things they would do differently',
      { differently: ['prepare', 'caught-out', 'results', 'research'] },
      'learn-from-it',
    ],
    ['one clear thing of their own (they were late)', { differently: ['logistics'] }, 'learn-from-it'],
    ['only a small thing (fewer questions of their own)', { differently: ['questions'] }, 'too-early'],
    ['rumours and a suspected internal hire', { since: ['freeze-rumours', 'internal-suspected'] }, 'too-early'],
    ['an announced freeze, and they froze on a question', { since: ['freeze-announced'], differently: ['nerves'] }, 'both'],
    ['questions about family plans', { unfair: ['personal-questions'] }, 'not-you'],
    ['disputed feedback', { told: ['feedback'], feedback: ['interview'], 'feedback-view': ['disagree'] }, 'too-early'],
    ['five rejections at the same stage, nothing else known', { earlier: ['many'], 'same-stage': ['same'] }, 'too-early'],
  ])('%s: %s', (_, changes, outcome) => {
    expect(scoreCheck(check, story(changes)).outcome).toBe(outcome);
  });

  it('says why "too early to tell": a lean that rests on hints, or nothing pointing either way', () => {
    expect(scoreCheck(check, story({ since: ['freeze-rumours', 'internal-suspected'] })).tooEarlyBecause).toBe('hints-only');
    expect(scoreCheck(check, story({})).tooEarlyBecause).toBe('no-lean');
    expect(scoreCheck(check, story({ told: ['role-changed'] })).tooEarlyBecause).toBeUndefined();
  });

  it('gives every reason from an answer the person gave, on the side that answer moves', () => {
    const answers = story({ told: ['role-changed'], differently: ['prepare', 'questions'], since: ['internal-suspected'] });
    expect(codes(answers)).toEqual({
      notYou: ['told:role-changed', 'since:internal-suspected'],
      learn: ['differently:prepare', 'differently:questions'],
    });
  });

  it('never gives a reason for feedback the person did not get, or a stage they did not reach', () => {
    const answers = story({ stage: ['screening'], told: ['feedback'], feedback: ['praise'] });
    const result = scoreCheck(check, answers);
    expect(result.reasons.notYou.map((r) => r.code)).toEqual(['feedback:praise']);
    expect(result.reasons.learn).toEqual([]);
    expect(result.context.map((c) => `${c.questionId}:${c.optionId}`)).toContain('stage:screening');
  });

  it('names the unknowns that would settle a "too early", most telling first, at most three', () => {
    const result = scoreCheck(check, story({}));
    expect(result.unknowns).toHaveLength(3);
    expect(result.unknowns).toEqual(expect.arrayContaining(['since']));
    for (const id of result.unknowns) expect(check.questions.find((q) => q.id === id)?.findOut).toBeDefined();
  });

  it('keeps a clear "learn from it" when the company side is unknown, and names that as what could change it', () => {
    const result = scoreCheck(check, story({ differently: ['prepare', 'caught-out'] }));
    expect(result.outcome).toBe('learn-from-it');
    expect(result.unknowns).toContain('since');
  });

  it('skips questions that do not apply, and counts them as known, not missing', () => {
    const shown = shownQuestions(check, story({ earlier: ['first'] })).map((q) => q.id);
    expect(shown).not.toContain('same-stage');
    expect(shown).not.toContain('offer');
    expect(shown).not.toContain('feedback');
    const result = scoreCheck(check, story({ earlier: ['first'], told: ['role-changed'] }));
    expect(result.answered).toBe(result.shown);
    expect(result.outcome).toBe('not-you');
  });
});

describe('the evidence rule (properties)', () => {
  const options = check.questions.flatMap((question) => question.options.map((option) => ({ question, option })));

  it('a first-hand fact that reaches the line stands on its own, whatever else is unknown', () => {
    const firstHand = options.filter(({ option }) => option.evidence === 'first-hand');
    expect(firstHand.length).toBeGreaterThan(5);
    for (const { question, option } of firstHand) {
      for (const axis of ['notYou', 'learn'] as const) {
        if (option[axis] < threshold) continue;
        const outcome = decide(
          { notYou: [], learn: [], [axis]: [{ weight: option[axis], evidence: 'first-hand' }] },
          check.thresholds,
        ).outcome;
        expect(outcome, `${question.id}:${option.id}`).toBe(axis === 'notYou' ? 'not-you' : 'learn-from-it');
      }
    }
  });

  it('two or more definite answers stand; hints alone never do, however many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (hints, a, b) => {
          const hinted = hints.map((weight) => ({ weight, evidence: 'hint' as const }));
          expect(leanOf(hinted, threshold).firm).toBe(false);
          const twoDefinite = [
            ...hinted,
            { weight: a, evidence: 'definite' as const },
            { weight: b, evidence: 'definite' as const },
          ];
          expect(leanOf(twoDefinite, threshold).firm).toBe(true);
        },
      ),
    );
  });

  it('unfair treatment never counts as something to learn', () => {
    for (const { question, option } of options.filter(({ option }) => option.care)) {
      expect(option.learn, `${question.id}:${option.id}`).toBe(0);
      expect(option.notYou, `${question.id}:${option.id}`).toBeGreaterThan(0);
    }
    expect(
      scoreCheck(check, story({ unfair: ['personal-questions', 'cut-short', 'treated-differently', 'adjustments'] })).outcome,
    ).toBe('not-you');
  });

  /** The ids of the questions shown for some answers, as one string to compare. */
  const askedFor = (answers: Answers) =>
    shownQuestions(check, answers)
      .map((q) => q.id)
      .join();

  it('context (the stage, follow-up, how the no arrived, the pattern) never moves a side', () => {
    fc.assert(
      fc.property(answersArbitrary(check), fc.nat(), (answers, pick) => {
        const contextQuestions = shownQuestions(check, answers).filter((q) => q.context);
        const question = contextQuestions[pick % contextQuestions.length]!;
        for (const option of question.options) {
          const changed = keepShown(check, { ...answers, [question.id]: [option.id] });
          // A context answer can decide which questions apply (an offer is asked about only after one); it never moves a side itself.
          if (askedFor(changed) !== askedFor(answers)) continue;
          const before = scoreCheck(check, answers);
          const after = scoreCheck(check, changed);
          expect(after.reasons).toEqual(before.reasons);
          expect(after.outcome).toBe(before.outcome);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('no single change between answers that move nothing flips a firm outcome to the other side', () => {
    const opposite = { 'not-you': 'learn-from-it', 'learn-from-it': 'not-you' } as Record<string, string>;
    fc.assert(
      fc.property(answersArbitrary(check), fc.nat(), (answers, pick) => {
        const before = scoreCheck(check, answers);
        const shown = shownQuestions(check, answers);
        const neutral = shown.filter(
          (q) => q.type === 'one' && q.options.some((o) => o.id === answers[q.id]?.[0] && o.notYou === 0 && o.learn === 0),
        );
        if (neutral.length === 0) return;
        const question = neutral[pick % neutral.length]!;
        for (const option of question.options.filter((o) => o.notYou === 0 && o.learn === 0)) {
          const changed = keepShown(check, { ...answers, [question.id]: [option.id] });
          const after = scoreCheck(check, changed);
          expect(after.outcome).not.toBe(opposite[before.outcome]);
          if (askedFor(changed) === askedFor(answers)) expect(after.outcome).toBe(before.outcome);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('is a pure function: the same answers always give the same result, and reasons come only from shown answers', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const result = scoreCheck(check, answers);
        expect(scoreCheck(check, structuredClone(answers))).toEqual(result);
        const shown = new Set(shownQuestions(check, answers).map((q) => q.id));
        for (const reason of [...result.reasons.notYou, ...result.reasons.learn]) {
          expect(shown.has(reason.questionId)).toBe(true);
          expect(answers[reason.questionId]).toContain(reason.optionId);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
