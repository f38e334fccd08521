/**
 * The check's step policies, kept apart from its component (CheckIsland.svelte) so that they are
 * tested on their own: what the document's title says at each step, which step an entry of the
 * browser's history holds, and what a key press does.
 */

/** A question as its step's title names it: its words, where it comes, and whether an error shows. */
export interface TitledQuestion {
  text: string;
  number: number;
  total: number;
  error: boolean;
}

/**
 * The document's title names the step, as GOV.UK does, with "Error: " while an error shows: the start screen (its
 * heading), a question, or else the review of the answers (`review`) or the end.
 */
export function stepTitle(start: string | undefined, question: TitledQuestion | undefined, review: boolean): string {
  const words =
    start ??
    (question
      ? `${question.error ? 'Error: ' : ''}Question ${question.number} of ${question.total}: ${question.text}`
      : review
        ? 'Check your answers'
        : 'You have finished this check');
  return `${words} · Not Never`;
}

/** The step a history entry holds (`{ step }`, pushed as the person moves on): a step's index, or undefined for the start. */
export function stepInHistory(state: unknown): number | undefined {
  const step: unknown = (state as { step?: unknown } | null)?.step;
  return typeof step === 'number' && step >= 0 ? step : undefined;
}

/**
 * Which option a key press picks, by its number (1 to 9): only without a modifier, and never while
 * the person types in a text field.
 */
export function optionForKey<T>(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
  options: readonly T[],
): T | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target as Element | null;
  if (target?.closest('input[type="text"], input[type="search"], textarea, select')) return undefined;
  return /^[1-9]$/.test(event.key) ? options[Number(event.key) - 1] : undefined;
}
