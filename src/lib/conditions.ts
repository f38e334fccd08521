/**
 * Whether a condition on the person's answers holds (`StepCondition`, in schemas/outcome.ts): the
 * one evaluator for the next steps a result lists and the emails its follow-up kit offers. The
 * journal's "Due now" reads the feedback request's rule as the answers that rule it out instead
 * (`answersThatRuleOut` in journal-due.ts), which costs its page fewer bytes.
 */
import type { StepCondition } from '../schemas/outcome';

/**
 * `given`: the answers, kept to the questions asked; `care`: whether they describe treatment that
 * may be unfair (the scoring says so).
 */
export function conditionHolds(
  condition: StepCondition,
  given: Readonly<Record<string, readonly string[] | undefined>>,
  care: boolean,
): boolean {
  const answered = (rule: { question: string; anyOf: readonly string[] }) =>
    (given[rule.question] ?? []).some((id) => rule.anyOf.includes(id));
  const holds = (part: StepCondition): boolean => {
    if ('care' in part) return part.care === care;
    if ('any' in part) return part.any.some(holds);
    if ('all' in part) return part.all.every(holds);
    if ('notAnswered' in part) return !answered(part.notAnswered);
    return answered(part);
  };
  return holds(condition);
}
