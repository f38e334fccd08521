/**
 * What a result's "Why this result" section says, as plain data for the page to show: how far each
 * side leans, in words; every reason in the words of the answer it came from, with that answer
 * when it is known; the one thing to sharpen anyway and the answers not counted, apart from the
 * reasons; what would settle it or change it; the situation; and whether to point to advice on
 * unfair treatment. Pure: the same result always reads the same way.
 *
 * `whose` says who reads it: the person (`own`), or a friend who opened their link (`shared`),
 * who reads every line about the person ("they"), never a "you" that means someone else.
 */
import type { CheckOption, EvidenceKind } from '../schemas/check';
import {
  axes,
  decide,
  levelOf,
  reasonOf,
  scoreCheck,
  type Answers,
  type Axis,
  type LeanLevel,
  type ScoringCheck,
} from './scoring';
import { optionOf } from './check-questions';
import type { SharedResult } from './share-link';

type Whose = 'own' | 'shared';

/** The sides' titles, for the person. */
export const sideTitles: Record<Axis, string> = {
  notYou: 'Pointing to the company’s side, or to fit',
  learn: 'Pointing to things you can practise',
};

/** The sides' titles, for a friend who opens the person's link. */
export const theirSideTitles: Record<Axis, string> = {
  notYou: 'Pointing to the company’s side, or to fit',
  learn: 'Pointing to things they can practise',
};

export const levelWords: Record<LeanLevel, string> = {
  none: 'no lean',
  slight: 'a slight lean',
  clear: 'a clear lean',
  strong: 'a strong lean',
};

const evidenceWords: Record<EvidenceKind, string> = {
  'first-hand': 'Something they said or did',
  inside: 'Heard from someone inside',
  definite: 'Known to have happened',
  hint: 'A sign, not yet proof of why',
  // An answer that moves a side is never known or unknown (the check's schema sees to that).
  known: '',
  unknown: '',
};

/** Unfair treatment is told as what was reported, never with a kind of evidence that reads as a verdict on it. */
const reportedWords: Record<Whose, string> = { own: 'What you reported', shared: 'What they reported' };

const words = {
  own: {
    answer: 'Your answer',
    sides: sideTitles,
    context: 'About your situation',
    discounted: 'Not counted, and why',
  },
  shared: {
    answer: 'Their answer',
    sides: theirSideTitles,
    context: 'About their situation',
    discounted: 'Not counted, and why',
  },
} as const;

export const sharpenTitle = 'One thing to sharpen anyway';

interface Item {
  text: string;
  meta: string;
}

export interface ResultSummary {
  /** How far each side leans, from the reasons that count; none for "too early to tell", where a lean is not a verdict. */
  leans: { axis: Axis; title: string; level: LeanLevel; words: string }[];
  /** The reasons on each side that has any (the one thing to sharpen is not among them). */
  reasons: { axis: Axis; title: string; items: Item[] }[];
  /** The one thing the person would do differently, beside a decisive reason on the company's side: not a cause. */
  sharpen: ({ title: string } & Item) | undefined;
  /** Answers given that count for nothing, because another answer may have caused them (known only with the answers). */
  discounted: { title: string; items: Item[] } | undefined;
  /** What would settle it (too early) or could still change it (otherwise). */
  unknowns: { title: string; items: { text: string; href: string; link: string }[] } | undefined;
  /** Lines about the situation, when the answers are known. */
  context: { title: string; lines: string[] } | undefined;
  /** An answer described treatment that may be unfair. */
  care: boolean;
}

/**
 * Reads a result for the page. `answers` are the person's own (`whose: 'own'`) or shared with the
 * link; without them the reasons are shown without the answers beside them.
 */
export function summariseResult(
  check: ScoringCheck,
  result: SharedResult,
  answers: Answers | undefined,
  whose: Whose,
): ResultSummary {
  const tooEarly = result.outcome === 'too-early';
  const said = words[whose];
  const own = whose === 'own';
  // The link's reasons with their answers, as the outcome rule reads them (a decoded link names only real ones).
  const named = (axis: Axis) =>
    result.reasons[axis].flatMap((code) => {
      const found = optionOf(check, code);
      const reason = found && reasonOf(found.question, found.option, axis);
      // An answer to a question of what the person would do differently is how they see it now, not a fact of what happened.
      return reason
        ? [{ reason, option: found.option, lookingBack: found.question.options.some((option) => option.hindsight) }]
        : [];
    });
  const given = { notYou: named('notYou'), learn: named('learn') };
  const decision = decide(
    { notYou: given.notYou.map(({ reason }) => reason), learn: given.learn.map(({ reason }) => reason) },
    check.thresholds,
  );

  const itemFor = (axis: Axis, option: CheckOption, lookingBack: boolean): Item => {
    const kind = option.care ? reportedWords[whose] : lookingBack ? 'Seen looking back' : evidenceWords[option.evidence];
    const text = (own ? option.because : option.theirs)?.[axis] ?? '';
    return { text, meta: answers ? `${kind}. ${said.answer}: “${option.label}”` : kind };
  };
  const sharpen = given.learn.find(({ reason }) => reason.code === decision.sharpen);

  const reasons = axes
    .map((axis) => ({
      axis,
      title: said.sides[axis],
      items: given[axis].filter((one) => one !== sharpen).map(({ option, lookingBack }) => itemFor(axis, option, lookingBack)),
    }))
    .filter((side) => side.items.length > 0);

  const scored = answers ? scoreCheck(check, answers) : undefined;
  const discountedItems = (scored?.discounted ?? []).map((discounted) => ({
    text: own ? discounted.because : discounted.theirs,
    meta: `${said.answer}: “${optionOf(check, discounted.code)?.option.label ?? ''}”`,
  }));

  // A firm result can change only if something unknown could add the side that does not stand yet:
  // the rest would only confirm it, and is not listed.
  const standing = {
    notYou: result.outcome === 'not-you' || result.outcome === 'both',
    learn: result.outcome === 'learn-from-it' || result.outcome === 'both',
  };
  const unknownItems = result.unknowns.flatMap((id) => {
    const question = check.questions.find((q) => q.id === id);
    const couldChange = tooEarly || axes.some((axis) => !standing[axis] && question?.options.some((option) => option[axis] > 0));
    const findOut = question?.findOut;
    return findOut && couldChange ? [{ text: own ? findOut.text : findOut.theirs, href: findOut.href, link: findOut.link }] : [];
  });

  const contextLines = (scored?.context ?? []).flatMap(({ questionId, optionId }) => {
    const option = check.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
    const line = own ? option?.context : option?.contextTheirs;
    return line ? [line] : [];
  });

  return {
    leans: tooEarly
      ? []
      : axes.map((axis) => {
          const level = levelOf(decision.lean[axis], check.thresholds.lean);
          return { axis, title: said.sides[axis], level, words: levelWords[level] };
        }),
    reasons,
    sharpen: sharpen ? { title: sharpenTitle, ...itemFor('learn', sharpen.option, sharpen.lookingBack) } : undefined,
    discounted: discountedItems.length > 0 ? { title: said.discounted, items: discountedItems } : undefined,
    unknowns:
      unknownItems.length > 0
        ? { title: tooEarly ? 'What would settle it' : 'What could still change it', items: unknownItems }
        : undefined,
    context: contextLines.length > 0 ? { title: said.context, lines: contextLines } : undefined,
    care: [...given.notYou, ...given.learn].some(({ option }) => option.care),
  };
}
