/**
 * The check's scoring part (`/check/scoring.json`, built from the check's content), for the pages
 * that load it rather than carry it in their HTML (results, journal), and reason ids in words.
 */
import type { ScoringCheck } from './scoring';

export async function loadScoringCheck(): Promise<ScoringCheck | undefined> {
  try {
    const response = await fetch('/check/scoring.json');
    return response.ok ? ((await response.json()) as ScoringCheck) : undefined;
  } catch {
    return undefined;
  }
}

/** A function from reason id to its words; undefined for ids the check does not have (any more). */
export function signalsOf(check: ScoringCheck | undefined): (id: string) => string | undefined {
  const byId = new Map(check?.questions.map((question) => [question.id, question.signal]));
  return (id) => byId.get(id);
}
