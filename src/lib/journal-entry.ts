/** Making a new journal entry: what only the result page needs when it saves, kept apart so that the journal's own pages do not load it. */
import type { CheckPart, CheckPartV2, JournalEntry, JournalLabel } from './journal';
import { canonicalAnswers, keepShown } from './answers';
import { MAX_NAME, isStage } from './rules';
import type { Answers, ScoringCheck } from './scoring';
import { toSharedResult } from './share-link-encoder';

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

/**
 * What a journal entry keeps of a check finished with the current version: its outcome and every
 * reason, as its link gives them, and the answers.
 */
export function checkPartOf(check: ScoringCheck, answers: Answers): CheckPartV2 {
  const { checkVersion, outcome, reasons } = toSharedResult(check, answers, false);
  return { checkVersion, outcome, reasons, answers: canonicalAnswers(check, keepShown(check, answers)) };
}

/**
 * The label a new entry starts with: nothing the person did not say; the stage, when their answers
 * give it, and the company and role they typed in this result's follow-up kit, if a label can hold them.
 */
export function firstLabel(answers: Answers, typed: { company: string; role: string } = { company: '', role: '' }): JournalLabel {
  const stage = answers['stage']?.[0];
  const fits = (text: string) => (text.trim().length <= MAX_NAME ? text.trim() : '');
  return { company: fits(typed.company), role: fits(typed.role), date: '', stage: isStage(stage) ? stage : '' };
}
