/**
 * What a journal of several rejections shows: how many and over what time, the outcomes, the
 * reasons that recur, where the rejections come, and a plain-words reading of all that.
 */
import { entryDate, stages, type JournalEntry, type Stage } from './journal';
import { replyDays } from './journal-due';
import { capital } from './journal-words';
import type { OutcomeId } from '../schemas/outcome';

export interface Patterns {
  count: number;
  /** Days from the first rejection to the latest (by label date, else by save date). */
  spanDays: number;
  outcomes: Record<OutcomeId, number>;
  /** Reasons given in two or more entries, most frequent first. */
  recurring: { id: string; axis: 'notYou' | 'learn'; count: number }[];
  /** Rejections per stage, for the entries whose stage is known, most first. */
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
    if (entry.label.stage) stageCounts.set(entry.label.stage, (stageCounts.get(entry.label.stage) ?? 0) + 1);
  }

  const days = entries.map(entryDate).sort();
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
    if (count === 1) {
      return ['One rejection so far. A single result says little on its own; a few more will start to show a pattern.'];
    }
    const lines: string[] = [];
    const months = Math.round(spanDays / 30);
    lines.push(
      `${capital(inWords(count))} rejections${spanDays >= 14 ? ` over ${months >= 2 ? `${inWords(months)} months` : `${Math.round(spanDays / 7)} weeks`}` : ''}. ` +
        'That is a normal part of a search, not a verdict.',
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
        `Where you recorded the dates, companies took ${replies.median === 1 ? 'a day' : `${replies.median} days`} (the middle of ${inWords(replies.of)}) to say no after your last stage. Their pace is theirs, not a measure of you.`,
      );
    }
    const first = recurring[0];
    if (first) lines.push(`“${capital(signal(first.id) ?? first.id)}” came up in ${inWords(first.count)} of your rejections.`);
    lines.push('A few noes do not mean never.');
    return lines;
  }
}
