/** Writes result links from a finished check (the format is in `share-link.ts`). */
import { canonicalAnswers, keepShown } from './answers';
import { scoreCheck, type Answers, type ScoringCheck } from './scoring';
import { encodeShareLink, type SharedResult } from './share-link';

/** The shareable form of a scored check; answers only when the person opts in. */
export function toSharedResult(check: ScoringCheck, answers: Answers, includeAnswers: boolean): SharedResult {
  const scored = scoreCheck(check, answers);
  return {
    checkVersion: check.version,
    outcome: scored.outcome,
    ...(scored.tooEarlyBecause ? { tooEarlyBecause: scored.tooEarlyBecause } : {}),
    ...(scored.sharpen ? { sharpen: scored.sharpen } : {}),
    reasons: {
      notYou: scored.reasons.notYou.map((reason) => reason.code),
      learn: scored.reasons.learn.map((reason) => reason.code),
    },
    unknowns: scored.unknowns,
    ...(includeAnswers ? { answers: canonicalAnswers(check, keepShown(check, answers)) } : {}),
  };
}

/** The path of a result page, with its fragment. */
export function resultPath(result: SharedResult): string {
  return `/results/${result.outcome}/#${encodeShareLink(result)}`;
}
