/** Making a new journal entry: what only the save page needs, kept apart so that the journal's other pages do not load it. */
import type { CheckPart, JournalEntry, JournalLabel } from './journal';

/** The answers in a form that compares equal whatever order the questions or options were stored in. */
const canonical = (answers: Record<string, string | string[]>) =>
  JSON.stringify(
    Object.entries(answers)
      .map(([question, options]) => [question, [options].flat().sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** Whether the journal already holds this check: the same version and the same answers, in any order. */
export function isSaved(entries: readonly JournalEntry[], part: Pick<CheckPart, 'checkVersion' | 'answers'>): boolean {
  const answers = canonical(part.answers);
  return entries.some((entry) => entry.checkVersion === part.checkVersion && canonical(entry.answers) === answers);
}

/** A new entry's id: the time and a random part, readable and unique enough for one person's journal. */
export function newEntryId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** A new journal entry from a finished check and its label. */
export function newEntry(part: CheckPart, label: JournalLabel, now: Date, random?: () => number): JournalEntry {
  const at = now.toISOString();
  return { id: newEntryId(now, random), savedAt: at, updatedAt: at, ...part, label };
}
