/**
 * The check's content (`/check/scoring.<hash>.json`, built from the check's content), for the result
 * pages, which load it rather than carry it in their HTML, and reason codes in words.
 */
import { isRecord } from './rules';
import { optionOf } from './check-questions';
import type { Axis, ScoringCheck } from './scoring';

/**
 * Checks that loaded data has the shape of the check's content, so that a file of another shape
 * (an old cached copy, a proxy's error page in JSON) gives a notice rather than an error. When the
 * check's content changes shape, change this reader with it.
 */
export function readScoringCheck(data: unknown): ScoringCheck | undefined {
  const text = (value: unknown) => typeof value === 'string';
  const fits =
    isRecord(data) &&
    Number.isInteger(data['version']) &&
    isRecord(data['thresholds']) &&
    Number.isFinite(data['thresholds']['lean']) &&
    Array.isArray(data['groups']) &&
    Array.isArray(data['questions']) &&
    data['questions'].every(
      (question: unknown) =>
        isRecord(question) &&
        text(question['id']) &&
        text(question['text']) &&
        (question['type'] === 'one' || question['type'] === 'many') &&
        Array.isArray(question['options']) &&
        question['options'].every(
          (option: unknown) =>
            isRecord(option) &&
            text(option['id']) &&
            text(option['label']) &&
            text(option['evidence']) &&
            Number.isFinite(option['notYou']) &&
            Number.isFinite(option['learn']),
        ),
    );
  return fits ? (data as unknown as ScoringCheck) : undefined;
}

/**
 * The check's content, or undefined when it cannot be loaded or is not of its shape. Its address
 * is named by its content and written into the page that needs it (`<link data-scoring>`, see
 * BaseLayout.astro), so a page loads exactly the check it was built with.
 */
export async function loadScoringCheck(): Promise<ScoringCheck | undefined> {
  try {
    const response = await fetch(document.querySelector<HTMLLinkElement>('link[data-scoring]')?.href ?? '');
    return response.ok ? readScoringCheck(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/** A function from a reason code (`question:option`) and its side to the reason's words; undefined for codes the check does not have. */
export function reasonTexts(check: ScoringCheck | undefined): (code: string, axis: Axis) => string | undefined {
  return (code, axis) => (check ? optionOf(check, code)?.option.because?.[axis] : undefined);
}
