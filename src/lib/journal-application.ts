/**
 * What the journal reads of one application from its entry: where it stands, the day of its no,
 * when to reapply, and its company, as compared with the others'. Plain functions of the entries,
 * so that they are tested apart; the journal page, the stages page and the record all use them.
 */
import { addMonths } from './calendar';
import { entryDate, type JournalEntry } from './journal';
import { isCalendarDate } from './rules';
import { isEndStep, type Step, type Track } from './journal-track';

/** How long many employers ask people to wait before applying again: the default "reapply after". */
export const REAPPLY_MONTHS = 6;
/** The check's answer for "they stopped replying": an entry saved with it is waiting for word. */
export const NO_WORD = { question: 'how-told', option: 'no-word' } as const;

/** Whether the entry's check has this answer. */
export const answered = (entry: JournalEntry, answer: { question: string; option: string }) =>
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
