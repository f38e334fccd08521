/**
 * What a result's "Why this result" section says, as plain data for the page to show: how far each
 * side leans, in words; every reason in the words of the answer it came from, with that answer
 * when it is known; what would settle it or change it; the situation; and whether to point to
 * advice on unfair treatment. Pure: the same result always reads the same way.
 */
import type { EvidenceKind } from '../schemas/check';
import { decide, levelOf, optionOf, scoreCheck, type Answers, type Axis, type LeanLevel, type ScoringCheck } from './scoring';
import type { SharedResult } from './share-link';

export const sideTitles: Record<Axis, string> = {
  notYou: 'Pointing to the company’s side, or to fit',
  learn: 'Pointing to things you can practise',
};

export const levelWords: Record<LeanLevel, string> = {
  none: 'no lean',
  slight: 'a slight lean',
  clear: 'a clear lean',
  strong: 'a strong lean',
};

const evidenceWords: Record<EvidenceKind, string> = {
  'first-hand': 'Something they said or did',
  definite: 'Known to have happened',
  hint: 'A sign, not yet proof of why',
  // An answer that moves a side is never known or unknown (the check's schema sees to that).
  known: '',
  unknown: '',
};

export interface ResultSummary {
  /** How far each side leans; none for "too early to tell", where a lean is not a verdict. */
  leans: { axis: Axis; title: string; level: LeanLevel; words: string }[];
  /** The reasons on each side that has any. */
  reasons: { axis: Axis; title: string; items: { text: string; meta: string }[] }[];
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
  whose: 'own' | 'shared',
): ResultSummary {
  const tooEarly = result.outcome === 'too-early';
  const axes: Axis[] = ['notYou', 'learn'];
  const answerWord = whose === 'own' ? 'Your answer' : 'Their answer';
  // The options the link's reasons name (a decoded link names only real ones), by side.
  const chosen = (axis: Axis) =>
    result.reasons[axis].flatMap((code) => {
      const option = optionOf(check, code)?.option;
      return option ? [option] : [];
    });
  const lean = decide(
    {
      notYou: chosen('notYou').map((o) => ({ weight: o.notYou, evidence: o.evidence })),
      learn: chosen('learn').map((o) => ({ weight: o.learn, evidence: o.evidence })),
    },
    check.thresholds,
  ).lean;

  const reasons = axes
    .map((axis) => ({
      axis,
      title: sideTitles[axis],
      items: chosen(axis).map((option) => {
        const meta = evidenceWords[option.evidence];
        return { text: option.because?.[axis] ?? '', meta: answers ? `${meta}. ${answerWord}: “${option.label}”` : meta };
      }),
    }))
    .filter((side) => side.items.length > 0);

  // A firm result can change only if something unknown could add the side that does not stand yet:
  // the rest would only confirm it, and is not listed.
  const standing = {
    notYou: result.outcome === 'not-you' || result.outcome === 'both',
    learn: result.outcome === 'learn-from-it' || result.outcome === 'both',
  };
  const unknownItems = result.unknowns.flatMap((id) => {
    const question = check.questions.find((q) => q.id === id);
    const couldChange = tooEarly || axes.some((axis) => !standing[axis] && question?.options.some((option) => option[axis] > 0));
    return question?.findOut && couldChange ? [question.findOut] : [];
  });

  const contextLines = answers
    ? scoreCheck(check, answers).context.flatMap(({ questionId, optionId }) => {
        const line = check.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.context;
        return line ? [line] : [];
      })
    : [];

  return {
    leans: tooEarly
      ? []
      : axes.map((axis) => {
          const level = levelOf(lean[axis], check.thresholds.lean);
          return { axis, title: sideTitles[axis], level, words: levelWords[level] };
        }),
    reasons,
    unknowns:
      unknownItems.length > 0
        ? { title: tooEarly ? 'What would settle it' : 'What could still change it', items: unknownItems }
        : undefined,
    context:
      contextLines.length > 0
        ? { title: whose === 'own' ? 'About your situation' : 'About their situation', lines: contextLines }
        : undefined,
    care: [...chosen('notYou'), ...chosen('learn')].some((option) => option.care),
  };
}
