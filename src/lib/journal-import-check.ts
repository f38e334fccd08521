/**
 * Checking an imported file's entries against the check before they go in, for the data page
 * only, loaded when a file is chosen (it needs the scoring). A file is the person's, but it may
 * have been edited, or made by a newer version of the site: what it claims is never believed.
 */
import { answerProblems } from './answers';
import { isVersion1, type JournalEntry } from './journal';
import { checkPartOf } from './journal-entry';
import type { ScoringCheck } from './scoring';
import { loadScoringCheck } from './signals';

export type CheckedImport = { ok: true; entries: JournalEntry[]; unchecked: number } | { ok: false; message: string };

/**
 * Entries of this version of the check get the outcome and reasons their own answers give
 * (whatever the file says); entries of an older version, which this site can no longer score,
 * are marked as not checked; a file with an entry from a newer version, or with answers that do
 * not fit the questions of their version, is refused.
 */
export function checkImported(entries: readonly JournalEntry[], check: ScoringCheck): CheckedImport {
  const newer = entries.find((entry) => entry.checkVersion > check.version);
  if (newer) {
    return {
      ok: false,
      message: `This file holds results from a newer version of the check (version ${newer.checkVersion}) than this site knows, so it cannot be read here.`,
    };
  }
  const checked: JournalEntry[] = [];
  let unchecked = 0;
  for (const [index, entry] of entries.entries()) {
    if (entry.checkVersion < check.version || isVersion1(entry)) {
      unchecked += 1;
      checked.push({ ...entry, unchecked: true });
      continue;
    }
    const answers = entry.answers;
    if (answerProblems(check, answers, true).length > 0) {
      return {
        ok: false,
        message: `Entry ${index + 1} in this file cannot be used: its answers do not fit the check’s questions.`,
      };
    }
    // The file's own claim to be unchecked, like its outcome and reasons, is not believed.
    const recomputed: JournalEntry = { ...entry, ...checkPartOf(check, answers) };
    delete recomputed.unchecked;
    checked.push(recomputed);
  }
  return { ok: true, entries: checked, unchecked };
}

/** Loads the check's content and checks a file's entries against it (see `checkImported`). */
export async function checkFile(entries: readonly JournalEntry[]): Promise<CheckedImport> {
  const check = await loadScoringCheck();
  return check
    ? checkImported(entries, check)
    : { ok: false, message: 'The check could not be loaded just now, so the file could not be checked. Try again in a moment.' };
}
