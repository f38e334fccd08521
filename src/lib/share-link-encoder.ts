/** Writes result links from a finished check (the format is in `share-link.ts`). */
import { scoreCheck, type ScoringCheck } from './scoring';
import { encodeShareLink, type SharedResult } from './share-link';

/** The shareable form of a scored check; answers only when the person opts in. */
export function toSharedResult(check: ScoringCheck, answers: Record<string, string>, includeAnswers: boolean): SharedResult {
  const scored = scoreCheck(check, answers);
  const kept: Record<string, string> = {};
  for (const question of check.questions) {
    const answer = answers[question.id];
    if (answer !== undefined && question.options.some((option) => option.id === answer)) kept[question.id] = answer;
  }
  return {
    checkVersion: check.version,
    notYou: scored.notYou,
    learn: scored.learn,
    evidence: scored.evidence,
    outcome: scored.outcome,
    ...(scored.tooEarlyBecause ? { tooEarlyBecause: scored.tooEarlyBecause } : {}),
    reasons: {
      notYou: scored.reasons.notYou.map((reason) => reason.questionId),
      learn: scored.reasons.learn.map((reason) => reason.questionId),
    },
    ...(includeAnswers ? { answers: kept } : {}),
  };
}

/** The path of a result page, with its fragment. */
export function resultPath(result: SharedResult): string {
  return `/results/${result.outcome}/#${encodeShareLink(result)}`;
}
