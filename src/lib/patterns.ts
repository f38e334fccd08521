/**
 * What a journal of several rejections shows: how many and over what time, the outcomes, the
 * reasons that recur, where the rejections come, and a plain-words reading of all that.
 */
import { entryDate, stages, type JournalEntry, type Stage } from './journal';
import type { Step } from './journal-track';
import { daysBetween } from './calendar';
import { standing, type Standing } from './journal-application';
import { capital } from './journal-words';
import type { OutcomeId } from '../schemas/outcome';

export interface Patterns {
  count: number;
  /** Days from the first rejection to the latest (by label date, else by save date). */
  spanDays: number;
  outcomes: Record<OutcomeId, number>;
  /** Reasons given in two or more entries, most frequent first. */
  recurring: { id: string; axis: 'notYou' | 'learn'; count: number }[];
  /** Rejections per stage, for the rejections whose stage is known, most first. */
  stages: { stage: Stage; count: number }[];
  /** The stage where more than half the staged rejections came, if there is one. */
  cluster?: { stage: Stage; count: number; of: number };
  /** Sentences that read the pattern, kindly and plainly. */
  reading: string[];
}

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Small numbers in words, as people say them. */
const inWords = (n: number) => words[n] ?? String(n);

/** "twice", "three times". */
export const timesInWords = (n: number) => (n === 2 ? 'twice' : `${inWords(n)} times`);

/**
 * Reads the patterns. `signal` turns a reason (a `question:option` code) into the words of the
 * answer it came from ("The company announced a hiring freeze, layoffs or cost cuts"); reasons the
 * current check does not have (version 1 kept question ids) are left out of the reading.
 */
export function computePatterns(entries: readonly JournalEntry[], signal: (id: string) => string | undefined): Patterns {
  const outcomes: Record<OutcomeId, number> = { 'not-you': 0, 'learn-from-it': 0, both: 0, 'too-early': 0 };
  const reasonCounts = new Map<string, { id: string; axis: 'notYou' | 'learn'; count: number }>();
  const stageCounts = new Map<Stage, number>();
  // Only a no is counted as one: not an application still waiting for word, one that went quiet (a
  // silence says nothing about a stage to practise), nor one that ended in an offer.
  const noes = entries.filter((entry) => standing(entry) === 'Rejected');
  const others = (which: Standing) => entries.filter((entry) => standing(entry) === which).length;
  for (const entry of entries) {
    outcomes[entry.outcome] += 1;
    for (const axis of ['notYou', 'learn'] as const) {
      for (const id of entry.reasons[axis]) {
        const key = `${axis}:${id}`;
        const known = reasonCounts.get(key) ?? { id, axis, count: 0 };
        known.count += 1;
        reasonCounts.set(key, known);
      }
    }
  }
  for (const { label } of noes) if (label.stage) stageCounts.set(label.stage, (stageCounts.get(label.stage) ?? 0) + 1);

  const days = noes.map(entryDate).sort();
  const spanDays =
    days.length < 2 ? 0 : Math.round((Date.parse(days.at(-1) ?? '') - Date.parse(days[0] ?? '')) / 86_400_000) || 0;
  const recurring = [...reasonCounts.values()]
    .filter((reason) => reason.count >= 2 && signal(reason.id) !== undefined)
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const stageList = [...stageCounts.entries()]
    .map(([stage, count]) => ({ stage, count }))
    .sort((a, b) => b.count - a.count || a.stage.localeCompare(b.stage));
  const staged = stageList.reduce((sum, { count }) => sum + count, 0);
  const top = stageList[0];
  const cluster = top && top.count >= 2 && top.count * 2 > staged ? { ...top, of: staged } : undefined;

  return {
    count: entries.length,
    spanDays,
    outcomes,
    recurring,
    stages: stageList,
    ...(cluster ? { cluster } : {}),
    reading: read(),
  };

  function read(): string[] {
    const count = entries.length;
    if (count === 0) return ['Nothing saved yet. Save a check from its result to start your journal.'];
    const waiting = others('Waiting for word');
    const quiet = others('Gone quiet');
    const offers = others('Offer');
    const still =
      (waiting
        ? ` ${capital(inWords(waiting))} ${waiting === 1 ? 'application is' : 'applications are'} still waiting for word.`
        : '') +
      (quiet ? ` ${capital(inWords(quiet))} went quiet.` : '') +
      (offers ? ` ${capital(inWords(offers))} ended in an offer.` : '');
    if (noes.length < 2) {
      return [
        `${noes.length ? 'One rejection' : 'No rejection'} so far.${still} A single result says little on its own; a few more will start to show a pattern.`,
      ];
    }
    const lines: string[] = [];
    const months = Math.round(spanDays / 30);
    lines.push(
      `${capital(inWords(noes.length))} rejections${spanDays >= 14 ? ` over ${months >= 2 ? `${inWords(months)} months` : `${inWords(Math.round(spanDays / 7))} weeks`}` : ''}. ` +
        `That is a normal part of a search, not a verdict.${still}`,
    );
    if (cluster) {
      const which =
        cluster.count < cluster.of
          ? `${capital(inWords(cluster.count))} of your ${inWords(cluster.of)} rejections`
          : cluster.of === 2
            ? 'Both of your rejections'
            : `All ${inWords(cluster.of)} of your rejections`;
      lines.push(`${which} came after ${stages[cluster.stage]}: that stage is the place to practise first.`);
    } else if (staged >= 2) {
      lines.push('Your rejections are spread across different stages, so no single stage stands out.');
    }
    const companySide = outcomes['not-you'] + outcomes.both;
    const yourSide = outcomes['learn-from-it'] + outcomes.both;
    if (companySide * 2 > count && companySide > yourSide) {
      lines.push('Most of your results point to the company’s side. The market is part of this; keep going.');
    } else if (yourSide * 2 > count && yourSide > companySide) {
      lines.push('Most of your results point to things you can practise, which means you can change them.');
    } else if (outcomes['too-early'] * 2 > count) {
      lines.push('Most of your results were too early to tell: following up would tell you more.');
    }
    const replies = replyDays(entries);
    if (replies && replies.of >= 2) {
      lines.push(
        `Where you recorded the dates (${inWords(replies.of)} applications), companies typically took ${replies.median === 1 ? 'a day' : `${replies.median} days`} to say no after your last stage. Their pace is theirs, not a measure of you.`,
      );
    }
    lines.push('A few noes do not mean never.');
    return lines;
  }
}

/**
 * How long companies took to say no: for each application with a recorded rejection after an
 * earlier stage, the days from its last stage before the no to the no. The median, and of how many.
 */
export function replyDays(entries: readonly JournalEntry[]): { median: number; of: number } | undefined {
  const days: number[] = [];
  for (const entry of entries) {
    let previous: Step | undefined;
    for (const step of entry.track?.steps ?? []) {
      if (step.step === 'rejected') {
        if (previous) days.push(daysBetween(previous.date, step.date));
        break;
      }
      previous = step;
    }
  }
  if (days.length === 0) return undefined;
  // The middle one, or the two in the middle averaged (rounded to whole days).
  const middle = days.sort((a, b) => a - b).slice(Math.ceil(days.length / 2) - 1, Math.floor(days.length / 2) + 1);
  return { median: Math.round(middle.reduce((sum, day) => sum + day, 0) / middle.length), of: days.length };
}
