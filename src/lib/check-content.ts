import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import type { Check } from '../schemas/check';
import type { Retired } from '../schemas/retired';
import { reasonWords } from './reason-words';
import { storyAnswers } from './calibration';
import { scoreCheck } from './scoring';
import type { CalibrationStory } from '../schemas/calibration';
import { outcomeIds, type Outcome, type OutcomeId } from '../schemas/outcome';

/** The check's questions, weights and thresholds (`src/content/check/check.yaml`). */
export async function getCheck(): Promise<Check> {
  const entry = await getEntry('check', 'check');
  if (!entry) throw new Error('src/content/check/check.yaml is missing');
  return entry.data;
}

/**
 * The check as the check page asks it: every question, option, weight and rule, without the words
 * only a result shows (each optional in the schema: the reasons in the person's and a friend's words, a context line for a friend,
 * how to find out, the interview-answer words). The result page reads those from the scoring file;
 * leaving them out of the check page's HTML saves about 3 kB gzip there.
 */
export function checkToAsk(check: Check): Check {
  // Set to undefined, these are left out of the props' JSON.
  return {
    ...check,
    questions: check.questions.map((question) => ({
      ...question,
      findOut: undefined,
      options: question.options.map((option) => ({
        ...option,
        because: undefined,
        theirs: undefined,
        star: undefined,
        contextTheirs: undefined,
      })),
    })),
  };
}

/**
 * The four outcomes' texts, by id. Fails the build when one is missing, or when "too early to
 * tell" does not say why in both of its cases.
 */
export async function getOutcomes(): Promise<Record<OutcomeId, Outcome>> {
  const entries = await getCollection('outcomes');
  const byId = new Map(entries.map((entry) => [entry.id, entry.data]));
  const unknown = entries.map((entry) => entry.id).filter((id) => !(outcomeIds as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`Unknown outcome files: ${unknown.join(', ')}. Outcomes are ${outcomeIds.join(', ')}.`);
  const outcomes = {} as Record<OutcomeId, Outcome>;
  for (const id of outcomeIds) {
    const outcome = byId.get(id);
    if (!outcome) throw new Error(`src/content/outcomes/${id}.yaml is missing`);
    outcomes[id] = outcome;
  }
  if (!outcomes['too-early'].becauseHintsOnly || !outcomes['too-early'].becauseNoLean) {
    throw new Error('too-early.yaml needs becauseHintsOnly and becauseNoLean');
  }
  return outcomes;
}

/** Each outcome's title, by id: what the journal's pages call a saved result. */
export async function getOutcomeTitles(): Promise<Record<OutcomeId, string>> {
  const outcomes = await getOutcomes();
  return Object.fromEntries(outcomeIds.map((id) => [id, outcomes[id].title])) as Record<OutcomeId, string>;
}

/** The check's content as the result pages load it, and its address, named by a hash of that content. */
export async function getScoringData(): Promise<{ json: string; hash: string; path: string }> {
  const json = JSON.stringify(await getCheck());
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  return { json, hash, path: `/check/scoring.${hash}.json` };
}

/** The words of answers earlier versions of the check had that are gone (`src/content/check/retired.yaml`). */
export async function getRetired(): Promise<Retired> {
  const entry = await getEntry('retired', 'retired');
  if (!entry) throw new Error('src/content/check/retired.yaml is missing');
  return entry.data;
}

/**
 * The words of every answer that can be a reason, by `question:option`, retired ones included: what
 * the journal's pages show for an entry's reasons, whatever version it was saved with, in the
 * person's own words, carried in their HTML rather than loaded.
 */
export async function getReasonLabels(): Promise<Record<string, string>> {
  const words = reasonWords(await getCheck(), await getRetired());
  return Object.fromEntries(Object.entries(words).map(([code, { label }]) => [code, label]));
}

/** The labelled calibration stories (`src/content/check/calibration.yaml`), in file order. */
export async function getCalibration(): Promise<CalibrationStory[]> {
  return (await getCollection('calibration')).map((entry) => entry.data);
}

/** Each calibration story with its set (the first letter of its id) and the check's outcome for its answers. */
export async function getCalibrationResults(): Promise<(CalibrationStory & { set: string; check: OutcomeId })[]> {
  const check = await getCheck();
  return (await getCalibration()).map((story) => ({
    ...story,
    set: story.id.charAt(0),
    check: scoreCheck(check, storyAnswers(story)).outcome,
  }));
}

/** The check's words for interview answers (the options' `star`), by `question:option`: what the STAR builder may say. */
export async function getStarWords(): Promise<Record<string, string>> {
  const words: Record<string, string> = {};
  for (const question of (await getCheck()).questions) {
    for (const option of question.options) if (option.star) words[`${question.id}:${option.id}`] = option.star;
  }
  return words;
}
