/**
 * Scores the self-assessment check: a pure function of the check's content and a person's answers.
 * No framework, no storage, no randomness: the same answers always give the same result.
 */
import type { Check, CheckOption, Thresholds } from '../schemas/check';
import type { OutcomeId } from '../schemas/outcome';

/**
 * The part of the check that scoring and results need: no question texts or hints. Islands get
 * this instead of the whole check, to keep the pages' HTML small.
 */
export interface ScoringCheck {
  version: number;
  thresholds: Thresholds;
  questions: { id: string; signal: string; options: CheckOption[] }[];
}

/** Cuts the check down to what scoring needs (at build time, for island props). */
export function scoringPart(check: Check): ScoringCheck {
  return {
    version: check.version,
    thresholds: check.thresholds,
    questions: check.questions.map(({ id, signal, options }) => ({ id, signal, options })),
  };
}

/** A person's answers: question id to option id. Questions left out count as unanswered. */
export type Answers = Readonly<Record<string, string>>;

export type Axis = 'notYou' | 'learn';

/** One answer's push on one axis, for the explanation. */
export interface Contribution {
  questionId: string;
  optionId: string;
  weight: number;
}

export type TooEarlyBecause = 'little-evidence' | 'no-clear-lean';

export interface Scores {
  /** 0-100, midpoint 50: how strongly the answers point to causes on the company's side. */
  notYou: number;
  /** 0-100, midpoint 50: how strongly they point to causes the person can fix. */
  learn: number;
  /** 0-100: how much of what the check could know, the person knows. */
  evidence: number;
}

export interface ScoreResult extends Scores {
  outcome: OutcomeId;
  /** Set when the outcome is "too early to tell". */
  tooEarlyBecause?: TooEarlyBecause;
  /** The answers that moved each axis most, strongest first (at most three each). */
  reasons: Record<Axis, Contribution[]>;
  answered: number;
  total: number;
}

const MAX_REASONS = 3;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The option a person picked for a question, if it is one of the question's options. */
export function chosenOption(question: ScoringCheck['questions'][number], answers: Answers) {
  const id = answers[question.id];
  return question.options.find((option) => option.id === id);
}

/** Turns a summed weight into 0-100 around the midpoint 50, reaching the ends at ±fullScale. */
export function normalise(raw: number, fullScale: number): number {
  return Math.round(clamp(50 + (50 * raw) / fullScale, 0, 100));
}

/**
 * The outcome from the two axes and the evidence. Too little evidence gives "too early to tell"
 * whatever the axes say; a score exactly on a threshold counts as reaching it.
 */
export function decideOutcome(scores: Scores, thresholds: Thresholds): { outcome: OutcomeId; tooEarlyBecause?: TooEarlyBecause } {
  if (scores.evidence < thresholds.minEvidence) return { outcome: 'too-early', tooEarlyBecause: 'little-evidence' };
  const notYou = scores.notYou >= thresholds.notYou;
  const learn = scores.learn >= thresholds.learn;
  if (notYou && learn) return { outcome: 'both' };
  if (notYou) return { outcome: 'not-you' };
  if (learn) return { outcome: 'learn-from-it' };
  return { outcome: 'too-early', tooEarlyBecause: 'no-clear-lean' };
}

/** Scores a set of answers against the check. Unknown question or option ids are ignored. */
export function scoreCheck(check: ScoringCheck, answers: Answers): ScoreResult {
  const raw = { notYou: 0, learn: 0 };
  let evidence = 0;
  let maxEvidence = 0;
  let answered = 0;
  const contributions: Record<Axis, Contribution[]> = { notYou: [], learn: [] };

  for (const question of check.questions) {
    maxEvidence += Math.max(...question.options.map((option) => option.evidence));
    const option = chosenOption(question, answers);
    if (!option) continue;
    answered += 1;
    evidence += option.evidence;
    for (const axis of ['notYou', 'learn'] as const) {
      raw[axis] += option[axis];
      if (option[axis] > 0) contributions[axis].push({ questionId: question.id, optionId: option.id, weight: option[axis] });
    }
  }

  const scores: Scores = {
    notYou: normalise(raw.notYou, check.thresholds.fullScale),
    learn: normalise(raw.learn, check.thresholds.fullScale),
    evidence: maxEvidence === 0 ? 0 : Math.round((100 * evidence) / maxEvidence),
  };
  // Strongest first; among equals, the question asked first. Array.sort is stable.
  const strongest = (list: Contribution[]) => [...list].sort((a, b) => b.weight - a.weight).slice(0, MAX_REASONS);

  return {
    ...scores,
    ...decideOutcome(scores, check.thresholds),
    reasons: { notYou: strongest(contributions.notYou), learn: strongest(contributions.learn) },
    answered,
    total: check.questions.length,
  };
}
