import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import {
  decide,
  leanOf,
  reasonOf,
  scoreCheck,
  strongestFirst,
  type Answers,
  type Axis,
  type WeighedReason,
} from '../../src/lib/scoring';
import { optionOf, shownQuestions } from '../../src/lib/check-questions';
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
    // Silence after an offer is a small sign on their side: on its own, too early (calibration b17, c40, d14).
    ['an offer, then silence, and nothing else known', { stage: ['offer'], offer: ['silence'] }, 'too-early'],
    [
      'an offer, then silence, and then word from inside that the funding fell through',
      { stage: ['offer'], offer: ['silence'], since: ['inside-cut'] },
      'not-you',
    ],
    [
      'an offer withdrawn over a mistake in their own documents',
      { stage: ['offer'], offer: ['checks-mistake'] },
      'learn-from-it',
    ],
    ['someone inside said the role’s funding fell through, and nothing else known', { since: ['inside-cut'] }, 'too-early'],
    ['someone inside said the job went to someone they already knew', { since: ['inside-chosen'] }, 'not-you'],
    ['a standard email’s “closer match” line, and nothing else known', { told: ['closer-match'] }, 'too-early'],
    ['a closer match, said to them personally', { 'how-told': ['personal'], told: ['closer-match'] }, 'not-you'],
    [
      'the role was cancelled, and one small thing they would sharpen',
      { told: ['role-changed'], differently: ['questions'] },
      'not-you',
    ],
    [
      'the role was cancelled, and two things of their own',
      { told: ['role-changed'], differently: ['prepare', 'nerves'] },
      'both',
    ],
    [
      'a closer match, and feedback about their answers they accept',
      { 'how-told': ['personal'], told: ['closer-match', 'feedback'], feedback: ['interview'], 'feedback-view': ['fixable'] },
      'both',
    ],
    ['adjustments refused, and then nerves', { unfair: ['adjustments'], differently: ['nerves'] }, 'not-you'],
    ['they felt treated differently because of who they are', { unfair: ['treated-differently'] }, 'not-you'],
    ['the interview ended early, and nothing else is known', { process: ['cut-short'] }, 'too-early'],
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

  it('counts one fact told two ways once, by its strongest answer', () => {
    expect(codes(story({ told: ['role-changed'], since: ['freeze-announced', 'freeze-rumours'] })).notYou).toEqual([
      'told:role-changed',
    ]);
    // Word from inside counts above a rumour of the same cut, and below an announcement of it.
    expect(codes(story({ since: ['inside-cut', 'freeze-rumours'] })).notYou).toEqual(['since:inside-cut']);
    expect(codes(story({ since: ['freeze-announced', 'inside-cut'] })).notYou).toEqual(['since:freeze-announced']);
    // Facts are counted on each side apart: the experience bar counts once toward "not you", and its learning stays.
    const bar = codes(story({ told: ['experience-bar', 'feedback'], feedback: ['gap'], 'feedback-view': ['long-term'] }));
    expect(bar).toEqual({ notYou: ['told:experience-bar'], learn: ['feedback-view:long-term'] });
  });

  it('does not count a standard email’s “closer match” line, and says why, whatever else was told', () => {
    const result = scoreCheck(check, story({ told: ['closer-match', 'role-changed'] }));
    expect(result.reasons.notYou.map((r) => r.code)).toEqual(['told:role-changed']);
    expect(result.discounted).toMatchObject([{ code: 'told:closer-match', by: 'how-told:template' }]);
    expect(scoreCheck(check, story({ 'how-told': ['personal'], told: ['closer-match'] })).discounted).toEqual([]);
  });

  it('counts nothing for an answer another may have caused, and says why, to the person and to a friend', () => {
    const result = scoreCheck(check, story({ unfair: ['adjustments'], differently: ['nerves', 'prepare'] }));
    expect(result.reasons.learn.map((r) => r.code)).toEqual(['differently:prepare']);
    expect(result.discounted).toEqual([
      {
        code: 'differently:nerves',
        by: 'unfair:adjustments',
        because: 'The adjustments you asked for were not made, so what happened under that pressure is not yours to practise.',
        theirs: 'The adjustments they asked for were not made, so what happened under that pressure is not theirs to practise.',
      },
    ]);
    expect(scoreCheck(check, story({ differently: ['nerves'] })).discounted).toEqual([]);
  });

  it('names one thing to sharpen beside a decisive reason: among the reasons, but not making that side stand', () => {
    const result = scoreCheck(check, story({ told: ['role-changed'], differently: ['structure'] }));
    expect(result).toMatchObject({ outcome: 'not-you', sharpen: 'differently:structure' });
    expect(result.reasons.learn.map((r) => r.code)).toEqual(['differently:structure']);
    expect(result.lean.learn).toMatchObject({ points: 0, firm: false });
    // A slip in the task or in turning up is not polish: both sides stand.
    expect(scoreCheck(check, story({ told: ['role-changed'], differently: ['nerves'] }))).toMatchObject({ outcome: 'both' });
    // An announced freeze is a fact on their side, not the company's own statement of why: both sides stand.
    expect(scoreCheck(check, story({ since: ['freeze-announced'], differently: ['structure'] }))).toMatchObject({
      outcome: 'both',
    });
    expect(scoreCheck(check, story({ since: ['freeze-announced'], differently: ['structure'] })).sharpen).toBeUndefined();
  });

  it('offers no innocent explanation to look into after unfair treatment', () => {
    expect(scoreCheck(check, story({})).unknowns).toEqual(['since', 'differently', 'process']);
    // How the process ran and what came out since could only explain it away; the rest stays.
    expect(scoreCheck(check, story({ unfair: ['personal-questions'] })).unknowns).toEqual(['differently', 'asked-feedback']);
    expect(scoreCheck(check, story({ unfair: ['personal-questions'] })).care).toBe(true);
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
        const outcome = decide({ notYou: [], learn: [], [axis]: [reasonOf(question, option, axis)!] }, check.thresholds).outcome;
        expect(outcome, `${question.id}:${option.id}`).toBe(axis === 'notYou' ? 'not-you' : 'learn-from-it');
      }
    }
  });

  it('word from someone inside is solid, as a definite answer is: it stands where a hint of the same weight does not', () => {
    const reason = (evidence: 'inside' | 'hint', weight: number) => ({ weight, evidence });
    expect(leanOf([reason('inside', threshold)], threshold)).toMatchObject({ solid: threshold, inside: 1, firm: true });
    expect(leanOf([reason('hint', threshold)], threshold)).toMatchObject({ solid: 0, hints: 1, firm: false });
    const kinds = strongestFirst(
      (['hint', 'definite', 'inside', 'first-hand'] as const).map((evidence) => ({ weight: 2, evidence })),
    ).map((r) => r.evidence);
    expect(kinds).toEqual(['first-hand', 'inside', 'definite', 'hint']);
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
      scoreCheck(check, story({ unfair: ['personal-questions', 'hostile', 'treated-differently', 'adjustments'] })).outcome,
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
        // An answer that discounts another (a standard email's stock line) is a declared interaction, tested on its own.
        if (question.options.some((o) => o.discounts)) return;
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
        // Answers that discount another are declared interactions, tested on their own.
        const neutral = shown.filter(
          (q) =>
            q.type === 'one' &&
            q.options.every((o) => !o.discounts) &&
            q.options.some((o) => o.id === answers[q.id]?.[0] && o.notYou === 0 && o.learn === 0),
        );
        if (neutral.length === 0) return;
        const question = neutral[pick % neutral.length]!;
        for (const option of question.options.filter((o) => o.notYou === 0 && o.learn === 0)) {
          const changed = keepShown(check, { ...answers, [question.id]: [option.id] });
          const after = scoreCheck(check, changed);
          // A change that stops asking a question the result rested on (after an offer, "what they told you" is not asked)
          // takes that reason away: then the result may well turn; otherwise never to the other side.
          const stillAsked = new Set(shownQuestions(check, changed).map((q) => q.id));
          const kept = [...before.reasons.notYou, ...before.reasons.learn].every((reason) => stillAsked.has(reason.questionId));
          if (kept) expect(after.outcome).not.toBe(opposite[before.outcome]);
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

describe('answers that interact (properties)', () => {
  const factOf = (code: string) => optionOf(check, code)?.option.fact;

  it('counts each fact once on each side: no two reasons on one side tell the same fact', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const result = scoreCheck(check, answers);
        for (const axis of ['notYou', 'learn'] as const) {
          const facts = result.reasons[axis].flatMap((reason) => factOf(reason.code) ?? []);
          expect(new Set(facts).size).toBe(facts.length);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('never gives a discounted answer as a reason, and only discounts what the person answered', () => {
    const adjustments = answersArbitrary(check).map((answers) =>
      keepShown(check, { ...answers, unfair: ['adjustments'], differently: ['nerves', 'task-time', 'prepare'] }),
    );
    fc.assert(
      fc.property(fc.oneof(answersArbitrary(check), adjustments), (answers) => {
        const result = scoreCheck(check, answers);
        const reasons = [...result.reasons.notYou, ...result.reasons.learn].map((reason) => reason.code);
        const given = Object.entries(answers).flatMap(([question, options]) => options.map((option) => `${question}:${option}`));
        for (const discounted of result.discounted) {
          expect(reasons).not.toContain(discounted.code);
          expect(given).toEqual(expect.arrayContaining([discounted.code, discounted.by]));
        }
        if (answers['unfair']?.includes('adjustments')) expect(reasons).not.toContain('differently:nerves');
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('decisive versus minor (properties)', () => {
  const options = check.questions.flatMap((question) => question.options.map((option) => ({ question, option })));
  /** A clear failing of the person's own, first-hand: a mistake the company named, or feedback they accept. */
  const failings = options
    .filter(({ option }) => option.evidence === 'first-hand' && option.learn >= threshold)
    .map(({ question, option }) => `${question.id}:${option.id}`);
  const decisive = options.filter(({ option }) => option.decisive).map(({ question, option }) => `${question.id}:${option.id}`);
  const slips = options.filter(({ option }) => option.hindsight).map(({ option }) => option.id);

  it('knows which answers are a clear failing, which are decisive, and which are hindsight', () => {
    expect(failings).toEqual(['offer:checks-mistake', 'feedback-view:fixable']);
    expect(decisive.length).toBeGreaterThanOrEqual(5);
    expect(options.filter(({ option }) => option.hindsight).every(({ question }) => question.id === 'differently')).toBe(true);
  });

  /** Answers with the company's decisive statement of why, and something of the person's own that is clear. */
  const decisiveAndClear = fc
    .tuple(
      answersArbitrary(check),
      fc.subarray(['role-changed', 'someone-internal', 'practical-fit', 'closer-match'], { minLength: 1 }),
      fc.oneof(
        fc.constant({ feedback: ['interview'], 'feedback-view': ['fixable'] } as Record<string, string[]>),
        fc.subarray(slips, { minLength: 2 }).map((two) => ({ differently: two })),
      ),
    )
    .map(([answers, told, own]) =>
      keepShown(check, {
        ...answers,
        stage: ['final-round'],
        told: [...told, ...('feedback' in own ? ['feedback'] : [])],
        unfair: ['none'],
        ...own,
      }),
    );

  it('never hides a clear failing of the person’s own: a mistake the company named, feedback they accept, or two slips', () => {
    fc.assert(
      fc.property(fc.oneof(answersArbitrary(check), decisiveAndClear), (answers) => {
        const result = scoreCheck(check, answers);
        const learn = result.reasons.learn;
        const clear = learn.some((r) => failings.includes(r.code)) || learn.filter((r) => r.hindsight).length >= 2;
        if (!clear) return;
        expect(['both', 'learn-from-it']).toContain(result.outcome);
        expect(result.sharpen).toBeUndefined();
      }),
      { numRuns: runs(1000) },
    );
  });

  it('with nothing decisive, never applies: the outcome is the evidence rule’s alone', () => {
    const arbitraryReason = fc.record({
      code: fc.constantFrom('a:b', 'c:d', 'e:f'),
      weight: fc.integer({ min: 1, max: 3 }),
      evidence: fc.constantFrom('first-hand', 'inside', 'definite', 'hint' as const),
      decisive: fc.constant(false),
      hindsight: fc.boolean(),
    }) as fc.Arbitrary<WeighedReason>;
    fc.assert(
      fc.property(fc.array(arbitraryReason, { maxLength: 4 }), fc.array(arbitraryReason, { maxLength: 4 }), (notYou, learn) => {
        const decision = decide({ notYou, learn }, check.thresholds);
        expect(decision.sharpen).toBeUndefined();
        expect(decision.lean.learn).toEqual(leanOf(learn, threshold));
        const firm = (axis: Axis) => leanOf({ notYou, learn }[axis], threshold).firm;
        const expected =
          firm('notYou') && firm('learn') ? 'both' : firm('notYou') ? 'not-you' : firm('learn') ? 'learn-from-it' : 'too-early';
        expect(decision.outcome).toBe(expected);
      }),
      { numRuns: runs(1000) },
    );
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const result = scoreCheck(check, answers);
        if (result.reasons.notYou.some((reason) => reason.decisive)) return;
        expect(result.sharpen).toBeUndefined();
        expect(result.lean.learn).toEqual(leanOf(result.reasons.learn, threshold));
      }),
      { numRuns: runs(500) },
    );
  });

  it('when it applies, the company’s side stands, and the one thing stays among the reasons as one to sharpen', () => {
    const oneSlip = fc
      .tuple(
        answersArbitrary(check),
        fc.constantFrom(...decisive.filter((code) => code.startsWith('told:'))),
        fc.constantFrom(...slips),
      )
      .map(([answers, told, slip]) =>
        keepShown(check, { ...answers, stage: ['final-round'], told: [told.slice(5)], unfair: ['none'], differently: [slip] }),
      );
    let applied = 0;
    fc.assert(
      fc.property(fc.oneof(answersArbitrary(check), oneSlip), (answers) => {
        const result = scoreCheck(check, answers);
        if (!result.sharpen) return;
        expect(result.outcome).toBe('not-you');
        expect(result.reasons.learn.map((reason) => reason.code)).toEqual([result.sharpen]);
        expect(result.reasons.learn[0]?.hindsight).toBe(true);
        expect(result.reasons.notYou.some((reason) => reason.decisive)).toBe(true);
        applied += 1;
      }),
      { numRuns: runs(500) },
    );
    expect(applied).toBeGreaterThan(0);
  });
});
