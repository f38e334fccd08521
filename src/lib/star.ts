/**
 * Drafts an answer to "How have you dealt with a rejection after an interview?" from a journal
 * entry, in the STAR order (situation, task, action, result) plus what was learned. A draft to
 * edit: the parts the journal cannot know are left as prompts in square brackets.
 */
import { stages, type JournalEntry } from './journal';

export interface StarDraft {
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string;
}

export const starParts: { key: keyof StarDraft; label: string }[] = [
  { key: 'situation', label: 'Situation' },
  { key: 'task', label: 'Task' },
  { key: 'action', label: 'Action' },
  { key: 'result', label: 'Result' },
  { key: 'learned', label: 'What I learned' },
];

/** "October 2026", from a label date (always a real date: the journal's reader sees to that). */
function month(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The check speaks to the person ("your examples"); an interview answer speaks as them ("my examples"). */
export function firstPerson(text: string): string {
  return text
    .replace(/\byour\b/g, 'my')
    .replace(/\bcaught you\b/g, 'caught me')
    .replace(/\byou\b/g, 'I');
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function draftStar(entry: JournalEntry, signal: (id: string) => string | undefined): StarDraft {
  const { company, role, date, stage } = entry.label;
  const when = date ? `In ${month(date)}, ` : '';
  const where = `${role ? `the ${role} role` : 'a role'}${company ? ` at ${company}` : ''}`;
  const reached = stage ? `I reached ${stages[stage]} for ${where}` : `I interviewed for ${where}`;
  const phrases = (ids: string[]) =>
    ids
      .map(signal)
      .filter((text): text is string => Boolean(text))
      .map(firstPerson);
  const companySide = phrases(entry.reasons.notYou);
  const mySide = phrases(entry.reasons.learn);

  const actions: Record<JournalEntry['outcome'], string> = {
    'not-you': `I sent a short thank-you note, asked for feedback and looked for facts rather than guessing. The signs pointed to the company’s side${companySide.length ? `: ${list(companySide)}` : ''}. So I kept the contact warm and put my energy into my other applications.`,
    'learn-from-it': `I asked for feedback and reviewed my interview honestly, without being hard on myself. The things to work on were clear${mySide.length ? `: ${list(mySide)}` : ''}. I practised them out loud with a friend and reworked my main examples so each ended with a result.`,
    both: `I asked for feedback and looked at both sides. Part of it was out of my hands${companySide.length ? ` (${list(companySide)})` : ''}; part of it was mine to practise${mySide.length ? ` (${list(mySide)})` : ''}. I kept in touch with the company and practised the part I could change.`,
    'too-early':
      'I resisted jumping to conclusions. I followed up politely, asked for feedback and checked the company’s news, so that I could judge from facts rather than guesses.',
  };
  const lessons: Record<JournalEntry['outcome'], string> = {
    'not-you': 'A rejection is not always about me, and keeping a good relationship can open the door again later.',
    'learn-from-it': 'A rejection is most useful when I turn it into one specific thing to practise.',
    both: 'Most rejections have reasons on both sides: I focus on the part I can change and let go of the rest.',
    'too-early': 'It pays to find out before deciding what a rejection means.',
  };
  return {
    situation: `${when}${reached}, and was told they would not be going ahead with me.`,
    task: 'I wanted to understand why, so that I could do better in the interviews that followed.',
    action: actions[entry.outcome],
    result: '[What happened next: a better interview, an offer, or feedback that confirmed the change.]',
    learned: lessons[entry.outcome],
  };
}

/** The draft as one answer to copy, part by part. */
export function starText(draft: StarDraft): string {
  return starParts.map(({ key, label }) => `${label}: ${draft[key].trim()}`).join('\n\n');
}
