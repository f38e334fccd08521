/**
 * The next steps a result lists: those of its outcome that fit the person's answers. A step with
 * no condition always applies; one with `when` applies when its condition holds (see
 * `StepCondition` in schemas/outcome.ts). Without the answers (a general page, or a link shared
 * without them) only the steps that always apply are listed.
 */
import type { NextStep, StepCondition } from '../schemas/outcome';
import { keepShown } from './answers';
import { conditionHolds } from './conditions';
import { scoreCheck, type Answers, type ScoringCheck } from './scoring';

export function stepsFor(
  outcome: { nextSteps: readonly NextStep[] },
  answers: Answers | undefined,
  check: ScoringCheck,
): string[] {
  const applies = stepsApply(
    outcome.nextSteps.map((step) => (typeof step === 'string' ? undefined : step.when)),
    answers,
    check,
  );
  return outcome.nextSteps.flatMap((step, i) => (applies[i] ? [typeof step === 'string' ? step : step.text] : []));
}

/**
 * For each step's condition (`undefined` for a step that always applies), whether the step applies
 * to these answers. The result page's script uses it on the steps its HTML lists.
 */
export function stepsApply(
  conditions: readonly (StepCondition | undefined)[],
  answers: Answers | undefined,
  check: ScoringCheck,
): boolean[] {
  const given = answers ? keepShown(check, answers) : undefined;
  const care = given ? scoreCheck(check, given).care : false;
  return conditions.map((condition) => !condition || (given !== undefined && conditionHolds(condition, given, care)));
}
