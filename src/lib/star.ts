/**
 * Drafts an answer to "How have you dealt with a rejection after an interview?" from a journal
 * entry, in the STAR order (situation, task, action, result) plus what was learned. It says only
 * what the person told the check: anything it cannot know, such as how they practised or what
 * happened next, is left as a prompt in square brackets for them to fill in. It names at most one
 * reason on the company's side, neutrally, and never one that was only a sign or unfair treatment.
 */
import { isVersion1, type JournalEntry, type StarDraft } from './journal';
import { longDate } from './dates';

export type { StarDraft };

export const starParts: { key: keyof StarDraft; label: string }[] = [
  { key: 'situation', label: 'Situation' },
  { key: 'task', label: 'Task' },
  { key: 'action', label: 'Action' },
  { key: 'result', label: 'Result' },
  { key: 'learned', label: 'What I learned' },
];

/** The check's words for interview answers, by `question:option` code (the options' `star`). */
export type StarWords = Readonly<Record<string, string>>;

/** "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  // A comma before the last "and" with three or more, or when an item has a comma or an "and" of its
  // own ("timing, travel and equipment"), so that each reads as one.
  const serial = items.length > 2 || items.some((item) => /,| and /.test(item));
  return `${items.slice(0, -1).join(', ')}${serial ? ',' : ''} and ${items.at(-1)}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const lessons: Record<JournalEntry['outcome'], string> = {
  'not-you': 'A rejection is not always about me, and keeping a good relationship can open the door again later.',
  'learn-from-it': 'A rejection is most useful when I turn it into one specific thing to practise.',
  both: 'Most rejections have reasons on both sides: I focus on the part I can change and let go of the rest.',
  'too-early': 'It pays to find out more before deciding what a rejection means.',
};

const tasks: Record<JournalEntry['outcome'], string> = {
  'not-you': 'I wanted to understand what had happened, and to leave the door open with them for the future.',
  'learn-from-it': 'I wanted to understand what had happened, so that I could do better in the interviews that followed.',
  both: 'I wanted to understand what had happened, so that I could do better in the interviews that followed.',
  'too-early': 'I wanted to understand what had happened before deciding what to change.',
};

/** How the situation ends after an offer, by the answer about what happened to it. */
const offerEndings: Record<string, string> = {
  'offer:withdrawn-reason': 'but the offer was later withdrawn for reasons on their side',
  'offer:withdrawn': 'but the offer was later withdrawn',
  'offer:after-checks': 'but the offer was withdrawn after the final checks',
  'offer:checks-mistake': 'but the offer was withdrawn after the final checks',
  'offer:silence': 'but then heard nothing more from them',
  'offer:terms': 'but we could not agree on terms',
};

const results: Record<JournalEntry['outcome'], string> = {
  'not-you': '[What happened next: another application, a new role, or staying in touch with them.]',
  'learn-from-it': '[What happened next: a better interview, an offer, or feedback that confirmed the change.]',
  both: '[What happened next: a better interview, an offer, or feedback that confirmed the change.]',
  'too-early': '[What happened next: what you found out, and what you changed because of it.]',
};

/** How the person came to know a reason on the company's side: they were told it, or found it out. */
function factSource(code: string): string {
  if (/^(told|feedback|feedback-view|offer):/.test(code)) return 'They told me that';
  if (code.startsWith('since:')) return 'I later found out that';
  return 'I saw that';
}

/** The answers an entry holds, as `question:option` codes, for entries made with version 2 of the check on. */
function codesOf(entry: JournalEntry): string[] {
  if (isVersion1(entry)) return [];
  return Object.entries(entry.answers).flatMap(([question, options]) => options.map((option) => `${question}:${option}`));
}

export function draftStar(entry: JournalEntry, words: StarWords): StarDraft {
  const { company, role, date } = entry.label;
  const codes = codesOf(entry);
  const has = (code: string) => codes.includes(code);
  const said = (code: string) => (has(code) ? words[code] : undefined);

  const when = date ? `In ${longDate(date).replace(/^\d+ /, '')}, ` : '';
  const where = `${role ? `the ${role} role` : 'a role'}${company ? ` at ${company}` : ''}`;
  const stage = codes.filter((code) => code.startsWith('stage:')).map((code) => words[code])[0];
  // After an offer, what became of it is the end of the story, not "they would not be going ahead".
  const offer = codes.find((code) => code.startsWith('offer:'));
  const ending = offer ? offerEndings[offer] : undefined;
  // Nobody said no to a person whose company stopped replying.
  const told = has('how-told:no-word')
    ? 'but then heard nothing more from them'
    : 'and was told they would not be going ahead with me';
  const situation = `${when}I ${stage ? `${stage} for ${where}` : `interviewed for ${where}`}, ${ending ?? told}.`;

  const actions: string[] = [];
  if (has('asked-feedback:waiting') || has('asked-feedback:refused')) actions.push('I asked them for feedback.');
  if (codes.some((code) => code.startsWith('since:')) && !has('since:not-looked')) {
    actions.push('I looked into what had happened on their side.');
  }
  const practice = entry.reasons.learn.filter((code) => !entry.reasons.notYou.includes(code)).map((code) => words[code]);
  const practised = practice.filter((text): text is string => Boolean(text));
  if (practised.length > 0) actions.push(`Looking back honestly, I saw that I could ${list(practised)}.`);
  const factCode = entry.reasons.notYou.find((code) => said(code) && !(ending && code.startsWith('offer:')));
  if (factCode) actions.push(`${factSource(factCode)} ${said(factCode)}, which was outside my control.`);
  actions.push(practised.length > 0 ? '[What I did next: how I practised, and who helped me.]' : '[What I did next.]');

  return {
    situation,
    task: tasks[entry.outcome],
    action: capital(actions.join(' ')),
    result: results[entry.outcome],
    learned: lessons[entry.outcome],
  };
}

/** The draft as one answer to copy, part by part. */
export function starText(draft: StarDraft): string {
  return starParts.map(({ key, label }) => `${label}: ${draft[key].trim()}`).join('\n\n');
}
