/**
 * Random but valid answers to the real check, for property tests: the questions are walked in
 * order, and each question shown for the answers so far gets an answer a person could give.
 */
import fc from 'fast-check';
import { shownQuestions } from '../../src/lib/check-questions';
import type { ScoringCheck } from '../../src/lib/scoring';

/** Builds a complete set of answers from a list of numbers (each choice takes the next one). */
export function answersFromChoices(check: ScoringCheck, choices: readonly number[]): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  let next = 0;
  const take = () => choices[next++ % choices.length] ?? 0;
  for (const question of check.questions) {
    if (!shownQuestions(check, answers).includes(question)) continue;
    const options = question.options;
    if (question.type === 'one') {
      answers[question.id] = [options[take() % options.length]!.id];
      continue;
    }
    const exclusive = options.filter((option) => option.exclusive);
    const others = options.filter((option) => !option.exclusive);
    // About one time in four, an exclusive answer alone ("None of these", "I'm not sure").
    if (exclusive.length > 0 && take() % 4 === 0) {
      answers[question.id] = [exclusive[take() % exclusive.length]!.id];
      continue;
    }
    const mask = take() % 2 ** others.length || 1;
    answers[question.id] = others.filter((_, i) => mask & (1 << i)).map((option) => option.id);
  }
  return answers;
}

/** Complete, valid answers to the check. */
export const answersArbitrary = (check: ScoringCheck) =>
  fc.array(fc.nat({ max: 1 << 12 }), { minLength: 80, maxLength: 80 }).map((choices) => answersFromChoices(check, choices));
