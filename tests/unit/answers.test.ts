import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems, canonicalAnswers, keepShown, questionRange, toggledAnswer } from '../../src/lib/answers';
import { shownQuestions } from '../../src/lib/check-questions';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
import { runs } from './runs';

const check = loadCheck();
const question = (id: string) => check.questions.find((q) => q.id === id)!;

describe('what a valid set of answers is', () => {
  it('accepts any answers a person can give, complete or not', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        expect(answerProblems(check, answers, true)).toEqual([]);
        const partial = Object.fromEntries(Object.entries(answers).slice(0, 3));
        expect(answerProblems(check, partial)).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it.each([
    ['an unknown question', { nonsense: ['yes'] }, '"nonsense" is not a question of this check'],
    ['an unknown option', { stage: ['moon'] }, '"stage" has an answer that is not one of its options'],
    ['two answers to a single-choice question', { stage: ['screening', 'offer'] }, '"stage" takes exactly one answer'],
    ['an empty "tick any" answer', { differently: [] }, '"differently" needs at least one answer'],
    [
      '"None of these" ticked with another',
      { since: ['none', 'freeze-rumours'] },
      '"since" has an answer that cannot be ticked with others',
    ],
    ['an answer twice', { since: ['freeze-rumours', 'freeze-rumours'] }, '"since" lists an answer twice'],
    [
      'a question that is not asked for these answers',
      { stage: ['screening'], offer: ['silence'] },
      '"offer" is not asked after the answers before it',
    ],
  ])('refuses %s', (_, answers, problem) => {
    expect(answerProblems(check, answers)).toContain(problem);
  });

  it('with `complete`, names every question still to answer', () => {
    expect(answerProblems(check, { stage: ['offer'] }, true)).toContain('"offer" is not answered');
  });
});

describe('changing answers', () => {
  it('a single-choice question takes the new option alone', () => {
    expect(toggledAnswer(question('stage'), ['screening'], 'offer', true)).toEqual(['offer']);
  });

  it('"tick any": ticking adds in the options’ order, unticking removes, an exclusive option stands alone', () => {
    const since = question('since');
    expect(toggledAnswer(since, ['internal-suspected'], 'freeze-rumours', true)).toEqual([
      'freeze-rumours',
      'internal-suspected',
    ]);
    expect(toggledAnswer(since, ['freeze-rumours', 'internal-suspected'], 'freeze-rumours', false)).toEqual([
      'internal-suspected',
    ]);
    expect(toggledAnswer(since, ['freeze-rumours', 'internal-suspected'], 'not-looked', true)).toEqual(['not-looked']);
    expect(toggledAnswer(since, ['not-looked'], 'freeze-rumours', true)).toEqual(['freeze-rumours']);
  });

  it('drops answers to questions that no longer apply, down the chain', () => {
    const answers = {
      told: ['feedback'],
      feedback: ['gap'],
      'feedback-view': ['fixable'],
      earlier: ['several'],
      'same-stage': ['same'],
    };
    expect(keepShown(check, { ...answers, told: ['no-reason'] })).toEqual({
      told: ['no-reason'],
      earlier: ['several'],
      'same-stage': ['same'],
    });
    expect(keepShown(check, { ...answers, feedback: ['praise'] })).toEqual({
      told: ['feedback'],
      feedback: ['praise'],
      earlier: ['several'],
      'same-stage': ['same'],
    });
    // One or two others are no pattern yet, so where they came is not asked.
    expect(keepShown(check, { ...answers, earlier: ['few'] })).not.toHaveProperty('same-stage');
    // After an offer, what happened to it says why, so "what they told you" (and all that follows from it) is not asked.
    expect(keepShown(check, { ...answers, stage: ['offer'], offer: ['withdrawn'] })).toEqual({
      stage: ['offer'],
      offer: ['withdrawn'],
      earlier: ['several'],
      'same-stage': ['same'],
    });
  });

  it('spells equal answers the same way', () => {
    expect(canonicalAnswers(check, { since: ['internal-suspected', 'freeze-rumours'], stage: ['offer'] })).toEqual({
      stage: ['offer'],
      since: ['freeze-rumours', 'internal-suspected'],
    });
  });
});

describe('how many questions a person is asked', () => {
  it('is 9 at the fewest (an offer, so not what they told you; a first rejection) and 12 at the most (feedback; a pattern)', () => {
    expect(questionRange(check)).toEqual({ fewest: 9, most: 12 });
  });

  it('counts what a "tick any" answer opens and closes: feedback given closes "have you asked for feedback?"', () => {
    // Feedback and a closer match: what the feedback said (and whether it rings true), never "have you asked?".
    expect(questionRange(check, { stage: ['final-round'], told: ['closer-match', 'feedback'] })).toEqual({
      fewest: 10,
      most: 12,
    });
    // A closer match alone: "have you asked for feedback?", and nothing about feedback.
    expect(questionRange(check, { stage: ['final-round'], told: ['closer-match'] })).toEqual({ fewest: 10, most: 11 });
  });

  it('counts down as a person answers, one question after another: the total never goes up', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (complete) => {
        const given: Record<string, readonly string[]> = {};
        let last = questionRange(check, given).most;
        for (;;) {
          const next = shownQuestions(check, given).find((q) => !(q.id in given));
          if (!next) break;
          given[next.id] = complete[next.id] ?? [next.options[0]!.id];
          const { fewest, most } = questionRange(check, given);
          expect(most).toBeLessThanOrEqual(last);
          expect(most).toBeGreaterThanOrEqual(shownQuestions(check, given).length);
          expect(fewest).toBeLessThanOrEqual(most);
          last = most;
        }
        // Every question answered: the total is what was asked.
        expect(questionRange(check, given)).toEqual({ fewest: last, most: shownQuestions(check, given).length });
      }),
      { numRuns: runs(200) },
    );
  });

  it('after an offer, counts the question about the offer', () => {
    // After an offer, what happened to it is asked, and what they told you (with all that follows from it) is not.
    expect(questionRange(check, { stage: ['offer'] }).most).toBe(10);
    expect(questionRange(check, { stage: ['final-round'] }).most).toBe(12);
  });
});
