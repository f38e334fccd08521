/**
 * The check's scoring part (`/check/scoring.json`, built from the check's content), for the result
 * pages, which load it rather than carry it in their HTML. (The journal's pages carry the few
 * words they need, the reasons' signals, as props.)
 */
import type { ScoringCheck } from './scoring';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
        typeof question['id'] === 'string' &&
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
