/**
 * The check's content as result and journal pages load it (`/check/scoring.json`, built from the
 * check's content), and reason codes in words.
 */
import { optionOf, type Axis, type ScoringCheck } from './scoring';

export async function loadScoringCheck(): Promise<ScoringCheck | undefined> {
  try {
    const response = await fetch('/check/scoring.json');
    return response.ok ? ((await response.json()) as ScoringCheck) : undefined;
  } catch {
    return undefined;
  }
}

/** A function from a reason code (`question:option`) and its side to the reason's words; undefined for codes the check does not have. */
export function reasonTexts(check: ScoringCheck | undefined): (code: string, axis: Axis) => string | undefined {
  return (code, axis) => (check ? optionOf(check, code)?.option.because?.[axis] : undefined);
}

/** TEMPORARY (until the journal moves to version 2): reason ids to words. */
export function signalsOf(check: ScoringCheck | undefined): (id: string) => string | undefined {
  const texts = reasonTexts(check);
  return (id) => texts(id, 'notYou') ?? texts(id, 'learn');
}
