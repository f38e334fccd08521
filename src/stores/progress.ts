/**
 * The check in progress as stored, under `notnever:check:v1`, declared once through
 * `persisted.ts`: for the check's store (`check.ts`, which also acts on it) and for the pages that
 * show a result rather than ask questions (`finishedAnswers`). Read with the content of the check
 * it belongs to: progress from an older version is left in place, untouched, until the person
 * starts the new check; anything else that is not a state the check can be in is kept aside.
 */
import { atom } from 'nanostores';
import { decodeProgress, encodeProgress, resultStep, type CheckProgress } from '../lib/progress-codec';
import type { Answers, ScoringCheck } from '../lib/scoring';
import { KEY_PREFIX, persisted, type Persisted } from './persisted';

export const PROGRESS_KEY = `${KEY_PREFIX}check:v1`;

/** What is stored: a check in progress, or one from an older version of the check (with its text, left as it is). */
export interface StoredProgress {
  progress: CheckProgress | null;
  outdated: { checkVersion: number; text: string } | null;
}

/** The older version a check in progress was carried over from this visit (its answers kept their meaning): the page says so. */
export const carriedOver = atom<number | null>(null);

export const noProgress: StoredProgress = { progress: null, outdated: null };

const declared = new WeakMap<ScoringCheck, Persisted<StoredProgress>>();

/** The check in progress for this version of the check (declared once for each check's content). */
export function progressOf(check: ScoringCheck): Persisted<StoredProgress> {
  const known = declared.get(check);
  if (known) return known;
  const value = persisted<StoredProgress>({
    key: PROGRESS_KEY,
    empty: noProgress,
    read(text) {
      const decoded = decodeProgress(text, check);
      if (decoded.status === 'ok') return { value: { progress: decoded.value, outdated: null } };
      // Carried over to this version: written back in its new form at once, and the page says so.
      if (decoded.status === 'migrated') {
        carriedOver.set(decoded.checkVersion);
        return { value: { progress: decoded.value, outdated: null }, repaired: true };
      }
      if (decoded.status === 'outdated')
        return { value: { progress: null, outdated: { checkVersion: decoded.checkVersion, text } } };
      return undefined;
    },
    write: ({ progress, outdated }) => (progress ? encodeProgress(progress) : outdated?.text),
  });
  declared.set(check, value);
  return value;
}

/** The answers of the check finished in this browser with this version of the check, if there is one. */
export function finishedAnswers(check: ScoringCheck): Answers | undefined {
  const { progress } = progressOf(check).get();
  return progress?.step === resultStep(check) ? progress.answers : undefined;
}
