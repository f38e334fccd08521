/**
 * The check's scoring part (`/check/scoring.json`, built from the check's content), for the pages
 * that load it rather than carry it in their HTML (results, journal), and reason ids in words.
 */
import { CONTENT_ID, isRecord } from './rules';
import type { ScoringCheck } from './scoring';

/**
 * Checks that loaded data has the shape of the check's scoring part, so that a file of another
 * shape (an old cached copy, a proxy's error page in JSON) gives a notice rather than an error.
 * When the scoring part changes shape, change this reader with it.
 */
export function readScoringCheck(data: unknown): ScoringCheck | undefined {
  const numbers = (value: unknown, keys: string[]) => isRecord(value) && keys.every((key) => Number.isFinite(value[key]));
  const fits =
    isRecord(data) &&
    Number.isInteger(data['version']) &&
    numbers(data['thresholds'], ['minEvidence', 'notYou', 'learn', 'fullScale']) &&
    Array.isArray(data['questions']) &&
    data['questions'].every(
      (question: unknown) =>
        isRecord(question) &&
        CONTENT_ID.test(String(question['id'])) &&
        typeof question['signal'] === 'string' &&
        Array.isArray(question['options']) &&
        question['options'].every((option: unknown) => numbers(option, ['notYou', 'learn', 'evidence'])),
    );
  return fits ? (data as unknown as ScoringCheck) : undefined;
}

/** The check's scoring part, or undefined when it cannot be loaded or is not of its shape. */
export async function loadScoringCheck(): Promise<ScoringCheck | undefined> {
  try {
    const response = await fetch('/check/scoring.json');
    return response.ok ? readScoringCheck(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** A function from reason id to its words; undefined for ids the check does not have (any more). */
export function signalsOf(check: ScoringCheck | undefined): (id: string) => string | undefined {
  const byId = new Map(check?.questions.map((question) => [question.id, question.signal]));
  return (id) => byId.get(id);
}

/** Said where the reasons' words could not be loaded: the page carries on without them. */
export const signalsMissing =
  'The words for the reasons behind each result could not be loaded just now, so they are left out. Nothing in your journal is lost: reload the page to try again.';
