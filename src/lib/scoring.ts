/**
 * Scores the self-assessment check: a pure function of the check's content and a person's answers.
 * No framework, no storage, no randomness: the same answers always give the same result.
 *
 * The model, in plain words (also on /guide/how-the-check-decides/):
 * - Each answer can point toward "not you" (a cause outside how the person did) or toward "learn
 *   from it" (something they can change), by a whole-number weight, and says how sure it is:
 *   first-hand (the company said or did it), definite (the person knows it happened) or a hint.
 * - A side *leans* when the weights on it add up to the threshold. The lean *stands* when the
 *   first-hand and definite answers reach the threshold on their own, and include something
 *   first-hand or at least two definite answers. Hints add weight but never make a lean stand.
 * - Both sides standing: "both". One side standing: that side, whatever is unknown on the other.
 *   Neither: "too early to tell", naming the unknowns that would settle it.
 * - Context (the stage reached, follow-up, the pattern so far) never moves a side.
 */
import type { Check, EvidenceKind } from '../schemas/check';
import type { OutcomeId } from './rules';

/** The check as scoring and the result pages use it (the whole content, served as `/check/scoring.json`). */
export type ScoringCheck = Check;
type ScoringQuestion = ScoringCheck['questions'][number];
type ScoringOption = ScoringQuestion['options'][number];

/** A person's answers: question id to the option ids chosen (one, or several for "tick any"). */
export type Answers = Readonly<Record<string, readonly string[]>>;

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
}

/** How one side stands. */
export interface Lean {
  /** All the weight on this side. */
  points: number;
  /** The weight from first-hand and definite answers only. */
  solid: number;
  firstHand: number;
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
  lean: Record<Axis, Lean>;
}

export interface ScoreResult extends Decision {
  /** Every answer that moves each side, strongest first (first-hand before definite before hints among equals). */
  reasons: Record<Axis, Reason[]>;
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

const MAX_UNKNOWNS = 3;
const solidKinds: readonly EvidenceKind[] = ['first-hand', 'definite'];
const kindOrder: Record<EvidenceKind, number> = { 'first-hand': 0, definite: 1, hint: 2, known: 3, unknown: 4 };

/**
 * The questions shown for these answers, in order: a question with `showIf` only when its
 * condition holds, and one with `hideIf` only when its condition does not.
 */
export function shownQuestions(check: ScoringCheck, answers: Answers): ScoringQuestion[] {
  const shown: ScoringQuestion[] = [];
  const visible = new Set<string>();
  const holds = (rule: { question: string; anyOf: readonly string[] }) =>
    visible.has(rule.question) && (answers[rule.question] ?? []).some((id) => rule.anyOf.includes(id));
  for (const question of check.questions) {
    if (question.showIf && !holds(question.showIf)) continue;
    if (question.hideIf && holds(question.hideIf)) continue;
    visible.add(question.id);
    shown.push(question);
  }
  return shown;
}

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
  let definite = 0;
  let hints = 0;
  for (const reason of reasons) {
    points += reason.weight;
    if (solidKinds.includes(reason.evidence)) solid += reason.weight;
    if (reason.evidence === 'first-hand') firstHand += 1;
    else if (reason.evidence === 'definite') definite += 1;
    else hints += 1;
  }
  const firm = solid >= threshold;
  return { points, solid, firstHand, definite, hints, leaning: points >= threshold, firm };
}

/** The outcome from the reasons on each side: the evidence rule, as one function that links and pages share. */
export function decide(
  reasons: Record<Axis, readonly Pick<Reason, 'weight' | 'evidence'>[]>,
  thresholds: ScoringCheck['thresholds'],
): Decision {
  const lean = { notYou: leanOf(reasons.notYou, thresholds.lean), learn: leanOf(reasons.learn, thresholds.lean) };
  if (lean.notYou.firm && lean.learn.firm) return { outcome: 'both', lean };
  if (lean.notYou.firm) return { outcome: 'not-you', lean };
  if (lean.learn.firm) return { outcome: 'learn-from-it', lean };
  const tooEarlyBecause = lean.notYou.leaning || lean.learn.leaning ? 'hints-only' : 'no-lean';
  return { outcome: 'too-early', tooEarlyBecause, lean };
}

/** Strongest first; then first-hand, definite, hint; then the order the questions were asked. Array.sort is stable. */
export function strongestFirst<T extends Pick<Reason, 'weight' | 'evidence'>>(reasons: readonly T[]): T[] {
  return [...reasons].sort((a, b) => b.weight - a.weight || kindOrder[a.evidence] - kindOrder[b.evidence]);
}

/** The largest weight any answer to a question can carry: how much knowing it could change. */
function potential(question: ScoringQuestion): number {
  return Math.max(...question.options.map((option) => Math.max(option.notYou, option.learn)));
}

/** Scores a set of answers against the check. Hidden questions, unknown ids and extra options are ignored. */
export function scoreCheck(check: ScoringCheck, answers: Answers): ScoreResult {
  const reasons: Record<Axis, Reason[]> = { notYou: [], learn: [] };
  const unknown: ScoringQuestion[] = [];
  const context: ScoreResult['context'] = [];
  let care = false;
  let answered = 0;
  const shown = shownQuestions(check, answers);

  for (const question of shown) {
    const chosen = chosenOptions(question, answers);
    if (chosen.length > 0) answered += 1;
    for (const option of chosen) {
      if (option.evidence === 'unknown') unknown.push(question);
      if (option.context) context.push({ questionId: question.id, optionId: option.id });
      if (option.care) care = true;
      for (const axis of axes) {
        if (option[axis] > 0) {
          const code = `${question.id}:${option.id}`;
          reasons[axis].push({
            questionId: question.id,
            optionId: option.id,
            code,
            weight: option[axis],
            evidence: option.evidence,
          });
        }
      }
    }
  }

  const sorted = { notYou: strongestFirst(reasons.notYou), learn: strongestFirst(reasons.learn) };
  return {
    ...decide(sorted, check.thresholds),
    reasons: sorted,
    unknowns: [...unknown]
      .sort((a, b) => potential(b) - potential(a))
      .slice(0, MAX_UNKNOWNS)
      .map((question) => question.id),
    context,
    care,
    shown: shown.length,
    answered,
  };
}

/** Finds the question and option a `question:option` code names, if the check has them. */
export function optionOf(check: ScoringCheck, code: string): { question: ScoringQuestion; option: ScoringOption } | undefined {
  const [questionId, optionId] = code.split(':');
  const question = check.questions.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.id === optionId);
  return question && option ? { question, option } : undefined;
}

/** How strongly one side leans, in words a result can show: never a percentage. */
export type LeanLevel = 'none' | 'slight' | 'clear' | 'strong';

/** `none`: nothing points this way; `slight`: something does, but not enough that is solid; `clear`: the lean stands; `strong`: it stands twice over. */
export function levelOf(lean: Lean, threshold: number): LeanLevel {
  if (lean.points === 0) return 'none';
  if (!lean.firm) return 'slight';
  return lean.solid >= 2 * threshold ? 'strong' : 'clear';
}
