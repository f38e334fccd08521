/**
 * What a valid set of answers is, in one place: the check's store, its stored progress, share links,
 * journal entries and the calibration stories all read answers with these rules.
 */
import { shownQuestions, type Answers } from './check-questions';
import type { ScoringCheck } from './scoring';

/**
 * What is wrong with a set of answers, in words; empty when they fit the check. Answers may only
 * be given to questions shown for them; a single-choice question has one option, a "tick any"
 * question at least one, and an exclusive option ("None of these") stands alone. With `complete`,
 * every shown question must be answered.
 */
export function answerProblems(check: ScoringCheck, answers: Answers, complete = false): string[] {
  const problems: string[] = [];
  const shown = shownQuestions(check, answers);
  const shownIds = new Set(shown.map((question) => question.id));
  for (const [questionId, optionIds] of Object.entries(answers)) {
    const question = check.questions.find((q) => q.id === questionId);
    if (!question) {
      problems.push(`"${questionId}" is not a question of this check`);
      continue;
    }
    if (!shownIds.has(questionId)) problems.push(`"${questionId}" is not asked after the answers before it`);
    const options = optionIds.map((id) => question.options.find((option) => option.id === id));
    if (options.some((option) => !option)) problems.push(`"${questionId}" has an answer that is not one of its options`);
    if (new Set(optionIds).size !== optionIds.length) problems.push(`"${questionId}" lists an answer twice`);
    if (question.type === 'one' && optionIds.length !== 1) problems.push(`"${questionId}" takes exactly one answer`);
    if (question.type === 'many' && optionIds.length === 0) problems.push(`"${questionId}" needs at least one answer`);
    if (optionIds.length > 1 && options.some((option) => option?.exclusive)) {
      problems.push(`"${questionId}" has an answer that cannot be ticked with others`);
    }
  }
  if (complete) {
    for (const question of shown) if (!(question.id in answers)) problems.push(`"${question.id}" is not answered`);
  }
  return problems;
}

/** Keeps only the answers to questions that are still shown (after an answer changes which questions apply). */
export function keepShown(check: ScoringCheck, answers: Answers): Record<string, readonly string[]> {
  const kept: Record<string, readonly string[]> = {};
  for (const question of shownQuestions(check, answers)) {
    const chosen = answers[question.id];
    if (chosen) kept[question.id] = chosen;
  }
  // One pass is enough: whether a question is shown depends only on answers to questions that are shown.
  return kept;
}

/** The answers in question order, each list in its options' order: one spelling for equal answers. */
export function canonicalAnswers(check: ScoringCheck, answers: Answers): Record<string, string[]> {
  const sorted: Record<string, string[]> = {};
  for (const question of check.questions) {
    const chosen = answers[question.id];
    if (chosen) sorted[question.id] = question.options.filter((option) => chosen.includes(option.id)).map((option) => option.id);
  }
  return sorted;
}

/**
 * A question's answer after a person picks or unpicks an option: a single-choice question takes
 * the option alone; in a "tick any" question an exclusive option ("None of these") clears the
 * others, and ticking another clears it.
 */
export function toggledAnswer(
  question: ScoringCheck['questions'][number],
  current: readonly string[],
  optionId: string,
  ticked: boolean,
): string[] {
  if (question.type === 'one') return ticked ? [optionId] : [];
  if (!ticked) return current.filter((id) => id !== optionId);
  const exclusive = (id: string) => question.options.find((option) => option.id === id)?.exclusive ?? false;
  const kept = exclusive(optionId) ? [] : current.filter((id) => !exclusive(id) && id !== optionId);
  // In the options' order, so equal answers are spelt the same way.
  return question.options.map((option) => option.id).filter((id) => id === optionId || kept.includes(id));
}

/**
 * The fewest and the most questions a person is asked, over every answer still open to the
 * questions that decide what else is asked: for the check's introduction (with no answers yet), and
 * for its progress, whose total then only ever shrinks as answers rule questions out.
 */
export function questionRange(check: ScoringCheck, given: Answers = {}): { fewest: number; most: number } {
  const deciding = check.questions.filter((question) => check.questions.some((other) => other.showIf?.question === question.id));
  let fewest = Infinity;
  let most = 0;
  const walk = (index: number, answers: Answers) => {
    const question = deciding[index];
    if (!question) {
      const asked = shownQuestions(check, answers).length;
      fewest = Math.min(fewest, asked);
      most = Math.max(most, asked);
      return;
    }
    const answered = given[question.id];
    const choices = answered?.length ? [answered] : question.options.map((option) => [option.id]);
    for (const choice of choices) walk(index + 1, { ...answers, [question.id]: choice });
  };
  walk(0, given);
  return { fewest, most };
}
