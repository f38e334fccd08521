/**
 * What the journal's "Due now" list and its company memory read from the entries: what has come
 * due today, which applications have gone quiet, and which entries are at a company already in
 * the journal. Plain functions of the entries and today's date, so that they are tested apart.
 */
import { addDays, addMonths, daysBetween } from './calendar';
import { entryDate, type JournalEntry } from './journal';
import { isCalendarDate } from './rules';
import { QUIET_DAYS, isEndStep, type NextKind, type Step, type Track } from './journal-track';

/** How long many employers ask people to wait before applying again: the default "reapply after". */
export const REAPPLY_MONTHS = 6;
/** "Snooze a week". */
export const SNOOZE_DAYS = 7;

/** The check's answer for "they stopped replying": an entry saved with it is waiting for word. */
export const NO_WORD = { question: 'how-told', option: 'no-word' } as const;

/** Whether the entry's check has this answer. */
const answered = (entry: JournalEntry, answer: { question: string; option: string }) =>
  [(entry.answers as Record<string, string | string[] | undefined>)[answer.question] ?? []].flat().includes(answer.option);

/** Where an application stands, as the journal and the record of the search say it. */
export type Standing = 'Rejected' | 'Gone quiet' | 'Offer' | 'Waiting for word';

/**
 * Where an application stands: what its last recorded "Rejected", "Gone quiet" or "Offer" says.
 * With none of those, a journal entry is a check of a rejection, unless the person told the check
 * that the company stopped replying: then it is still waiting for word (after an offer too).
 */
export function standing(entry: JournalEntry): Standing {
  const end = entry.track?.steps.findLast((step) => isEndStep(step.step))?.step;
  if (end === 'rejected') return 'Rejected';
  if (end === 'quiet') return 'Gone quiet';
  if (answered(entry, NO_WORD)) return 'Waiting for word';
  return end === 'offer' ? 'Offer' : 'Rejected';
}

/**
 * The day of the no, where the person gave it: the last "Rejected" stage, else the date on the
 * entry's label. Never the day the check was saved, which may be another day.
 */
export function rejectedOn(entry: JournalEntry): string | undefined {
  const recorded = entry.track?.steps.findLast((step) => step.step === 'rejected')?.date;
  return recorded ?? ((standing(entry) === 'Rejected' && entry.label.date) || undefined);
}

/**
 * The suggested "reapply after": six months after the last "Rejected" among `steps` with a real
 * date (a form may hold one half typed). None while no rejection is dated: an application still
 * waiting for word has nothing to reapply after.
 */
export function suggestedReapply(steps: readonly Step[]): string | undefined {
  const rejected = steps.findLast((step) => step.step === 'rejected' && isCalendarDate(step.date));
  return rejected && addMonths(rejected.date, REAPPLY_MONTHS);
}

/**
 * What the stages form starts from: the entry's own stages, or for an entry that records none, its
 * rejection (unless it is waiting for word), dated only by the label: the day of the save is not
 * the day of the no, so without a label date the person dates it or removes it.
 */
export const startingTrack = (entry: JournalEntry): Track =>
  entry.track ?? { steps: standing(entry) === 'Rejected' ? [{ step: 'rejected', date: entry.label.date }] : [] };

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
 * done is gone, a reapply date done is kept as done, and a quiet application is marked as gone
 * quiet today, or given another week to hear back.
 */
export function dealtWith(item: DueItem, today: string, snooze: boolean): Track {
  const track: Track = { steps: [], ...item.entry.track };
  if (item.kind === 'reapply' && track.reapply) {
    track.reapply = snooze ? { date: snoozed(item.date, today) } : { ...track.reapply, done: true };
  } else if (item.kind === 'quiet') {
    if (snooze) track.next = { kind: 'hear-back', date: snoozed(today, today) };
    else track.steps = [...track.steps, { step: 'quiet', date: today }];
  } else if (snooze && track.next) track.next = { ...track.next, date: snoozed(item.date, today) };
  else delete track.next;
  return track;
}

/** Words that name a company's legal form, not the company: "Acme Ltd" and "ACME limited" are one company. */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'plc',
  'llp',
  'llc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'nv',
  'pty',
  'group',
]);

/**
 * A company's name as compared: letters and digits in lower case, "&" as "and", spacing and
 * punctuation ignored, a leading "the" and trailing legal forms dropped. Empty when nothing is left
 * (a name that is only "Ltd" matches nothing).
 */
export function companyKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1) ?? '')) words.pop();
  return words.length === 1 && LEGAL_FORMS.has(words[0] ?? '') ? '' : words.join(' ');
}

/** The other entries at the same company as `entry`, the earliest first: none when it names no company. */
export function sameCompany(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] {
  const key = companyKey(entry.label.company);
  if (!key) return [];
  return entries
    .filter((other) => other.id !== entry.id && companyKey(other.label.company) === key)
    .sort((a, b) => entryDate(a).localeCompare(entryDate(b)) || a.savedAt.localeCompare(b.savedAt));
}
