import { getCollection, getEntry } from 'astro:content';
import type { Check } from '../schemas/check';
import { outcomeIds, type Outcome, type OutcomeId } from '../schemas/outcome';

/** The check's questions, weights and thresholds (`src/content/check/check.yaml`). */
export async function getCheck(): Promise<Check> {
  const entry = await getEntry('check', 'check');
  if (!entry) throw new Error('src/content/check/check.yaml is missing');
  return entry.data;
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
  if (!outcomes['too-early'].becauseLittleEvidence || !outcomes['too-early'].becauseNoClearLean) {
    throw new Error('too-early.yaml needs becauseLittleEvidence and becauseNoClearLean');
  }
  return outcomes;
}

/** Each question's signal (the reason in a few words), by question id: what the journal's pages show for a reason. */
export async function getSignals(): Promise<Record<string, string>> {
  return Object.fromEntries((await getCheck()).questions.map((question) => [question.id, question.signal]));
}
