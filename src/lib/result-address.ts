/**
 * The result page's address for a finished check. The check page loads it (and with it the scoring)
 * as its own chunk when the answers are reviewed (scripts/lazy-chunk.ts), not with the questions.
 */
import type { Answers, ScoringCheck } from './scoring';
import { resultPath, toSharedResult } from './share-link-encoder';

export function resultAddress(check: ScoringCheck, answers: Answers): string {
  return resultPath(toSharedResult(check, answers, false));
}
