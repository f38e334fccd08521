/**
 * The check this browser finished, read without the check's store, for the pages that show a
 * result rather than ask questions. Reading only: the check's store (`check.ts`) is the one that
 * writes this key, and sets aside what it cannot read.
 */
import { decodeProgress, resultStep } from '../lib/progress-codec';
import type { Answers, ScoringCheck } from '../lib/scoring';
import { KEY_PREFIX, readKey } from './storage-core';

export const PROGRESS_KEY = `${KEY_PREFIX}check:v1`;

/** The answers of the check finished in this browser with this version of the check, if there is one. */
export function finishedAnswers(check: ScoringCheck): Answers | undefined {
  const raw = readKey(PROGRESS_KEY);
  const decoded = raw === undefined ? undefined : decodeProgress(raw, check);
  return decoded?.status === 'ok' && decoded.value.step === resultStep(check) ? decoded.value.answers : undefined;
}
