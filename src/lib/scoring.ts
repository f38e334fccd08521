/**
 * Scores the self-assessment check: a pure function of the check's content and a person's answers.
 * No framework, no storage, no randomness: the same answers always give the same result.
 *
 * The model, in plain words (also on /guide/how-the-check-decides/):
 * - Each answer can point toward "not you" (a cause outside how the person did) or toward "learn
 *   from it" (something they can change), by a whole-number weight, and says how sure it is:
 *   first-hand (the company said or did it), inside (someone inside told them), definite (the
 *   person knows it happened) or a hint.
 * - A side *leans* when the weights on it add up to the threshold. The lean *stands* when the
 *   first-hand, inside and definite answers reach the threshold on their own. Hints add weight but
 *   never make a lean stand.
 * - Answers interact, as the check's content declares: one fact told two ways counts once, by its
 *   strongest answer; an answer that may have caused another (adjustments refused, then nerves)
 *   discounts it; and one thing to sharpen in hindsight does not outweigh the company's own
 *   decisive statement of why.
 * - Both sides standing: "both". One side standing: that side, whatever is unknown on the other.
 *   Neither: "too early to tell", naming the unknowns that would settle it.
 * - Context (the stage reached, follow-up, how the no arrived) never moves a side.
 */
import type { Check, EvidenceKind } from '../schemas/check';
import type { OutcomeId } from './rules';
import { optionOf, shownQuestions, type Answers } from './check-questions';

/** The check as scoring and the result pages use it (the whole content, served as `/check/scoring.<hash>.json`). */
export type ScoringCheck = Check;
type ScoringQuestion = ScoringCheck['questions'][number];
type ScoringOption = ScoringQuestion['options'][number];

export type { Answers };

export type Axis = 'notYou' | 'learn';
export const axes: readonly Axis[] = ['notYou', 'learn'];

/** One answer's push on one side, with its reason. */
export interface Reason {
  questionId: string;
  optionId: string;
  /** `question:option`, as share links and journal entries carry it. */
  code: string;
  weight: number;
  evidence: EvidenceKind;
  /** The company's own statement of a reason that explains the no on its own. */
  decisive: boolean;
  /** Something the person would do differently looking back. */
  hindsight: boolean;
}

/** What the outcome rule needs of a reason: share links rebuild it from a code, scoring from an answer. */
export type WeighedReason = Pick<Reason, 'code' | 'weight' | 'evidence' | 'decisive' | 'hindsight'>;

/** How one side stands. */
export interface Lean {
  /** All the weight on this side. */
  points: number;
  /** The weight from first-hand, inside and definite answers only. */
  solid: number;
  firstHand: number;
  inside: number;
  definite: number;
  hints: number;
  /** The weight reaches the threshold. */
  leaning: boolean;
  /** The lean stands on solid evidence. */
  firm: boolean;
}

/** `hints-only`: something leans, but rests on hints or too little that is solid; `no-lean`: nothing points either way. */
export type TooEarlyBecause = 'hints-only' | 'no-lean';

export interface Decision {
  outcome: OutcomeId;
  tooEarlyBecause?: TooEarlyBecause;
  /**
   * The code of the one thing the person would sharpen anyway, beside a decisive reason on the
   * company's side: it stays among the reasons on the "learn" side, but does not make that side stand.
   */
  sharpen?: string;
  /** How each side stands, from the reasons that count (a thing to sharpen does not). */
  lean: Record<Axis, Lean>;
}

/** An answer that counts for nothing because another answer may have caused it. */
export interface Discounted {
  /** The discounted answer, as `question:option`. */
  code: string;
  /** The answer that discounts it, as `question:option`. */
  by: string;
  /** Why, to the person. */
  because: string;
  /** Why, to a friend who opens their link. */
  theirs: string;
}

export interface ScoreResult extends Decision {
  /**
   * Every answer that counts on each side, strongest first (first-hand before inside before
   * definite before hints among equals): one fact told two ways counts once, and a discounted
   * answer not at all.
   */
  reasons: Record<Axis, Reason[]>;
  /** Answers given that count for nothing, because another answer discounts them, in question order. */
  discounted: Discounted[];
  /** Questions answered "don't know" (or the like), most telling first: at most three. */
  unknowns: string[];
  /** Answers to context questions that carry a line for the next steps, in question order. */
  context: { questionId: string; optionId: string }[];
  /** An answer described treatment that may be unfair: the result shows where to get advice. */
  care: boolean;
  /** Questions shown for these answers, and how many of them are answered. */
  shown: number;
  answered: number;
}

export const MAX_UNKNOWNS = 3;
const solidKinds: readonly EvidenceKind[] = ['first-hand', 'inside', 'definite'];
/** Strongest first among answers of equal weight. */
const kindOrder: Record<EvidenceKind, number> = { 'first-hand': 0, inside: 1, definite: 2, hint: 3, known: 4, unknown: 5 };

/** The options a person chose for a question, in the question's order; unknown ids are left out. */
export function chosenOptions(question: ScoringQuestion, answers: Answers): ScoringOption[] {
  const ids = answers[question.id] ?? [];
  const chosen = question.options.filter((option) => ids.includes(option.id));
  return question.type === 'one' ? chosen.slice(0, 1) : chosen;
}

/** How one side stands, from the reasons on it. */
export function leanOf(reasons: readonly Pick<Reason, 'weight' | 'evidence'>[], threshold: number): Lean {
  let points = 0;
  let solid = 0;
  let firstHand = 0;
  let inside = 0;
  let definite = 0;
  let hints = 0;
  for (const reason of reasons) {
    points += reason.weight;
    if (solidKinds.includes(reason.evidence)) solid += reason.weight;
    if (reason.evidence === 'first-hand') firstHand += 1;
    else if (reason.evidence === 'inside') inside += 1;
    else if (reason.evidence === 'definite') definite += 1;
    else hints += 1;
  }
  const firm = solid >= threshold;
  return { points, solid, firstHand, inside, definite, hints, leaning: points >= threshold, firm };
}

/**
 * Decisive versus minor: when the company's own statement explains the no (the decisive reasons
 * on the "not you" side stand on their own) and all the person names on the other side is one
 * thing they would do differently in hindsight, that thing is one to sharpen anyway, not a cause.
 * A mistake the company named, feedback the person accepts, or two things of their own are never
 * this: they are not one hindsight answer.
 */
function oneThingToSharpen(reasons: Record<Axis, readonly WeighedReason[]>, threshold: number): string | undefined {
  const [only, ...more] = reasons.learn;
  if (!only || more.length > 0 || !only.hindsight) return undefined;
  const decisive = reasons.notYou.filter((reason) => reason.decisive);
  return leanOf(decisive, threshold).firm ? only.code : undefined;
}

/** The outcome from the reasons on each side: the evidence rule, as one function that links and pages share. */
export function decide(reasons: Record<Axis, readonly WeighedReason[]>, thresholds: ScoringCheck['thresholds']): Decision {
  const sharpen = oneThingToSharpen(reasons, thresholds.lean);
  const lean = {
    notYou: leanOf(reasons.notYou, thresholds.lean),
    learn: leanOf(sharpen ? [] : reasons.learn, thresholds.lean),
  };
  const also = sharpen ? { sharpen } : {};
  if (lean.notYou.firm && lean.learn.firm) return { outcome: 'both', lean };
  if (lean.notYou.firm) return { outcome: 'not-you', ...also, lean };
  if (lean.learn.firm) return { outcome: 'learn-from-it', lean };
  const tooEarlyBecause = lean.notYou.leaning || lean.learn.leaning ? 'hints-only' : 'no-lean';
  return { outcome: 'too-early', tooEarlyBecause, lean };
}

/** Strongest first; then first-hand, inside, definite, hint; then the order the questions were asked. Array.sort is stable. */
export function strongestFirst<T extends Pick<Reason, 'weight' | 'evidence'>>(reasons: readonly T[]): T[] {
  return [...reasons].sort((a, b) => b.weight - a.weight || kindOrder[a.evidence] - kindOrder[b.evidence]);
}

/** The reason an option gives on one side, or undefined when it does not move that side. */
export function reasonOf(question: ScoringQuestion, option: ScoringOption, axis: Axis): Reason | undefined {
  if (option[axis] <= 0) return undefined;
  return {
    questionId: question.id,
    optionId: option.id,
    code: `${question.id}:${option.id}`,
    weight: option[axis],
    evidence: option.evidence,
    decisive: option.decisive,
    hindsight: option.hindsight,
  };
}

/** The largest weight any answer to a question can carry: how much knowing it could change. */
function potential(question: ScoringQuestion): number {
  return Math.max(...question.options.map((option) => Math.max(option.notYou, option.learn)));
}

/**
 * A question that can only add an explanation on the company's side that is not unfair treatment
 * (the company's news, how the process ran): after unfair treatment, it is not offered as
 * something to look into, as if an innocent explanation could explain that away.
 */
export function onlyExplainsAway(question: ScoringQuestion): boolean {
  return (
    question.options.some((option) => option.notYou > 0) && question.options.every((option) => option.learn === 0 && !option.care)
  );
}

/**
 * Of the questions answered "don't know" (in the order asked), the ids of the few that would tell
 * the most: the largest weight first, at most `MAX_UNKNOWNS`; after unfair treatment, none that
 * could only explain it away.
 */
export function mostTelling(unknown: readonly ScoringQuestion[], care: boolean): string[] {
  return unknown
    .filter((question) => !(care && onlyExplainsAway(question)))
    .sort((a, b) => potential(b) - potential(a))
    .slice(0, MAX_UNKNOWNS)
    .map((question) => question.id);
}

/** Scores a set of answers against the check. Hidden questions, unknown ids and extra options are ignored. */
export function scoreCheck(check: ScoringCheck, answers: Answers): ScoreResult {
  const unknown: ScoringQuestion[] = [];
  const context: ScoreResult['context'] = [];
  let care = false;
  let answered = 0;
  const shown = shownQuestions(check, answers);
  const given: { question: ScoringQuestion; option: ScoringOption; code: string }[] = [];

  for (const question of shown) {
    const chosen = chosenOptions(question, answers);
    if (chosen.length > 0) answered += 1;
    for (const option of chosen) {
      if (option.evidence === 'unknown') unknown.push(question);
      if (option.context) context.push({ questionId: question.id, optionId: option.id });
      if (option.care) care = true;
      given.push({ question, option, code: `${question.id}:${option.id}` });
    }
  }

  // An answer that another answer may have caused counts for nothing (adjustments refused, then nerves).
  const discounted: Discounted[] = given.flatMap(({ question, option, code }) => {
    const by = given.find(({ option: other }) =>
      other.discounts?.some((rule) => rule.question === question.id && rule.options.includes(option.id)),
    );
    const rule = by?.option.discounts?.find((d) => d.question === question.id && d.options.includes(option.id));
    return by && rule ? [{ code, by: by.code, because: rule.because, theirs: rule.theirs }] : [];
  });
  const counted = given.filter(({ code }) => !discounted.some((d) => d.code === code));

  // One fact told two ways (an announced freeze, and being told the role was frozen) counts once on
  // each side, by the strongest of its answers: strongestFirst puts that one first.
  const reasons = { notYou: [] as Reason[], learn: [] as Reason[] };
  for (const axis of axes) {
    const facts = new Set<string>();
    const moving = counted.flatMap(({ question, option }) => {
      const reason = reasonOf(question, option, axis);
      return reason ? [{ ...reason, fact: option.fact }] : [];
    });
    for (const { fact, ...reason } of strongestFirst(moving)) {
      if (fact !== undefined && facts.has(fact)) continue;
      if (fact !== undefined) facts.add(fact);
      reasons[axis].push(reason);
    }
  }

  return {
    ...decide(reasons, check.thresholds),
    reasons,
    discounted,
    unknowns: mostTelling(unknown, care),
    context,
    care,
    shown: shown.length,
    answered,
  };
}

/**
 * The reasons a link or an entry names by code, as the outcome rule reads them; undefined when a
 * code is not an answer that moves its side.
 */
export function reasonsOf(check: ScoringCheck, codes: Record<Axis, readonly string[]>): Record<Axis, Reason[]> | undefined {
  const reasons = { notYou: [] as Reason[], learn: [] as Reason[] };
  for (const axis of axes) {
    for (const code of codes[axis]) {
      const found = optionOf(check, code);
      const reason = found && reasonOf(found.question, found.option, axis);
      if (!reason) return undefined;
      reasons[axis].push(reason);
    }
  }
  return reasons;
}

/** How strongly one side leans, in words a result can show: never a percentage. */
export type LeanLevel = 'none' | 'slight' | 'clear' | 'strong';

/** `none`: nothing points this way; `slight`: something does, but not enough that is solid; `clear`: the lean stands; `strong`: it stands twice over. */
export function levelOf(lean: Lean, threshold: number): LeanLevel {
  if (lean.points === 0) return 'none';
  if (!lean.firm) return 'slight';
  return lean.solid >= 2 * threshold ? 'strong' : 'clear';
}
