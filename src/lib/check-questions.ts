/**
 * The check's questions as a person's answers reach them: which are shown, and which option a
 * `question:option` code names. Apart from the scoring, so that the check page can ask its
 * questions without loading the rules that weigh the answers (those load at the end).
 */
import type { Check } from '../schemas/check';

type Question = Check['questions'][number];
type Option = Question['options'][number];

/** A person's answers: question id to the option ids chosen (one, or several for "tick any"). */
export type Answers = Readonly<Record<string, readonly string[]>>;

/**
 * The questions shown for these answers, in order: a question with `showIf` only when its
 * condition holds, and one with `hideIf` only when its condition does not.
 */
export function shownQuestions(check: Check, answers: Answers): Question[] {
  const shown: Question[] = [];
  const visible = new Set<string>();
  const holds = (rule: { question: string; anyOf: readonly string[] }) =>
    visible.has(rule.question) && (answers[rule.question] ?? []).some((id) => rule.anyOf.includes(id));
  for (const question of check.questions) {
    if (question.showIf && !holds(question.showIf)) continue;
    if (question.hideIf && holds(question.hideIf)) continue;
    visible.add(question.id);
    shown.push(question);
  }
  return shown;
}

/** Finds the question and option a `question:option` code names, if the check has them. */
export function optionOf(check: Check, code: string): { question: Question; option: Option } | undefined {
  const [questionId, optionId, extra] = code.split(':');
  const question = check.questions.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.id === optionId);
  return question && option && extra === undefined ? { question, option } : undefined;
}
