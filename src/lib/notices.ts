/**
 * What the pages say when storage lets the person down: one set of words and one rule for which to
 * show, used by the islands (`StorageNotices.svelte`, or the same line written out where the component
 * cost more bytes), the result page's save and the follow-up kit (`ActionPlan.astro`).
 */
import type { SetAside, StorageState } from '../stores/persisted';

export const storageWords = {
  unavailable: 'Your browser is not letting this site save anything, so what you do here will be lost when you leave this page.',
  failed: 'This browser’s storage is full, so your answers will be lost when you leave this page.',
  copied:
    'We could not read something this site saved in your browser earlier, so we kept a copy aside, untouched, and carried on without it. Your journal’s data page lets you download or delete it.',
  notCopied:
    'We could not read something this site saved in your browser earlier, and there was no room to copy it aside. We left it untouched and will not save over it, so your changes here last only until you leave this page.',
} as const;

/** The notices to show, most pressing first; none when all is well. */
export function storageNotices(state: StorageState, setAside: readonly SetAside[]): string[] {
  const notices: string[] = [];
  if (setAside.some((item) => !item.copied)) notices.push(storageWords.notCopied);
  else if (state !== 'ok') notices.push(storageWords[state]);
  if (setAside.some((item) => item.copied)) notices.push(storageWords.copied);
  return notices;
}
