/**
 * What the journal's "Due now" list reads from the entries: what has come due today, which
 * applications have gone quiet, and what Done and Snooze leave. Plain functions of the entries and
 * today's date, so that they are tested apart.
 */
import { addDays, daysBetween } from './calendar';
import { entryDate, type JournalEntry } from './journal';
import { NO_WORD, answered, standing } from './journal-application';
import type { StepCondition } from '../schemas/outcome';
import { QUIET_DAYS, type NextKind, type Track } from './journal-track';

/** "Snooze a week". */
export const SNOOZE_DAYS = 7;

/** "Snooze a week": a week from today, or from the date when that is later. */
export const snoozed = (date: string, today: string) => addDays(date > today ? date : today, SNOOZE_DAYS);

/** An answer to one question that rules something out: any of these options. */
export interface RuledOutBy {
  question: string;
  anyOf: readonly string[];
}

/**
 * An email's rule (`when` in emails.yaml) as the answers that rule it out, which is the one shape
 * of rule "Due now" reads: `notAnswered`, alone or in an `all`. Any other throws (at build time,
 * from the journal page), saying so.
 */
export function answersThatRuleOut(when: StepCondition | undefined): RuledOutBy[] {
  return (when ? ('all' in when ? when.all : [when]) : []).map((part) => {
    if (!('notAnswered' in part))
      throw new Error(
        'The feedback-request email’s `when` (emails.yaml) can list only answers that rule it out (`notAnswered`), which is what the journal’s "Due now" reads.',
      );
    return part.notAnswered;
  });
}

/**
 * Which of the follow-up kit's emails fits a follow-up: asking for news while waiting; after a no,
 * the feedback request unless the entry's answers rule it out by the kit's own rule (`ruledOutBy`,
 * from its `when` in emails.yaml: after feedback, when it was asked already or refused, or when
 * there is no one to ask). A no recorded after "they stopped replying" means an answer came after
 * all: that answer then rules nothing out.
 */
export function followUpEmail(entry: JournalEntry, ruledOutBy: readonly RuledOutBy[]) {
  if (standing(entry) !== 'Rejected') return 'status-check' as const;
  const ruledOut = ruledOutBy.some(({ question, anyOf }) =>
    anyOf.some(
      (option) => !(question === NO_WORD.question && option === NO_WORD.option) && answered(entry, { question, option }),
    ),
  );
  return ruledOut ? undefined : ('feedback-request' as const);
}

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
