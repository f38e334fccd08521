/**
 * What the journal's "Due now" list reads from the entries: what has come due today, which
 * applications have gone quiet, and what Done and Snooze leave. Plain functions of the entries and
 * today's date, so that they are tested apart.
 */
import { addDays, daysBetween } from './calendar';
import { entryDate, type JournalEntry } from './journal';
import { answered, standing } from './journal-application';
import { QUIET_DAYS, type NextKind, type Track } from './journal-track';

/** "Snooze a week". */
export const SNOOZE_DAYS = 7;

/** "Snooze a week": a week from today, or from the date when that is later. */
export const snoozed = (date: string, today: string) => addDays(date > today ? date : today, SNOOZE_DAYS);

/** The check's answer for "they gave feedback": the feedback request then asks for what the person has. */
const GAVE_FEEDBACK = { question: 'told', option: 'feedback' } as const;

/**
 * Which of the follow-up kit's emails fits a follow-up: asking for news while waiting, else asking
 * for feedback after a no, unless the person told the check they had feedback (as the result
 * page's emails do): then none.
 */
export const followUpEmail = (entry: JournalEntry) =>
  standing(entry) !== 'Rejected'
    ? ('status-check' as const)
    : answered(entry, GAVE_FEEDBACK)
      ? undefined
      : ('feedback-request' as const);

export type DueItem =
  | { kind: NextKind | 'reapply'; entry: JournalEntry; date: string }
  /** No word since `since`, for `days` days: offered "Mark as gone quiet". */
  | { kind: 'quiet'; entry: JournalEntry; date: string; days: number };

/**
 * When an application last moved, if it is still waiting for word (see `standing`): its last
 * recorded stage, else the entry's day. Undefined when it is over.
 */
export function waitingSince(entry: JournalEntry): string | undefined {
  if (standing(entry) !== 'Waiting for word') return undefined;
  return entry.track?.steps.at(-1)?.date ?? entryDate(entry);
}

/**
 * What has come due by `today` (YYYY-MM-DD, the person's own day), oldest first: next steps whose
 * date has come, reapply dates that have come and are not dealt with, and applications with no
 * word for `quietDays` or more (unless a next step is set for later, which the person chose).
 */
export function dueNow(entries: readonly JournalEntry[], today: string, quietDays = QUIET_DAYS): DueItem[] {
  const due: DueItem[] = [];
  for (const entry of entries) {
    const { next, reapply } = entry.track ?? {};
    if (next && next.date <= today) due.push({ kind: next.kind, entry, date: next.date });
    if (reapply && !reapply.done && reapply.date <= today) due.push({ kind: 'reapply', entry, date: reapply.date });
    const since = waitingSince(entry);
    const days = since === undefined ? 0 : daysBetween(since, today);
    if (since !== undefined && days >= quietDays && !next) due.push({ kind: 'quiet', entry, date: since, days });
  }
  return due.sort((a, b) => a.date.localeCompare(b.date) || a.entry.id.localeCompare(b.entry.id));
}

/**
 * The entry's track once an item is dealt with ("Done") or moved on ("Snooze a week"): a next step
 * done is gone (a follow-up of an application still waiting becomes a week to hear back), a
 * reapply date done is kept as done, and a quiet application is marked as gone quiet today, or
 * given another week to hear back.
 */
export function dealtWith(item: DueItem, today: string, snooze: boolean): Track {
  const track: Track = { steps: [], ...item.entry.track };
  if (item.kind === 'reapply' && track.reapply) {
    track.reapply = snooze ? { date: snoozed(item.date, today) } : { ...track.reapply, done: true };
  } else if (item.kind === 'quiet') {
    if (snooze) track.next = { kind: 'hear-back', date: snoozed(today, today) };
    else track.steps = [...track.steps, { step: 'quiet', date: today }];
  } else if (snooze && track.next) track.next = { ...track.next, date: snoozed(item.date, today) };
  // A follow-up sent on an application still waiting for word: a week to hear back, before "gone quiet" is offered.
  else if (item.kind === 'follow-up' && standing(item.entry) === 'Waiting for word')
    track.next = { kind: 'hear-back', date: snoozed(today, today) };
  else delete track.next;
  return track;
}
