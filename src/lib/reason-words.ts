/**
 * The words of every reason a journal entry can hold, by `question:option` code: the current
 * check's, and those of answers earlier versions had that are gone (`retired.yaml`), so that entries
 * of every version keep their reasons in the person's own words.
 */
import type { Retired } from '../schemas/retired';
import { axes, type Axis, type ScoringCheck } from './scoring';

export interface ReasonWords {
  /** What the person answered, in the words they read. */
  label: string;
  /** Why it points where it does, for each side it moves. */
  because: Partial<Record<Axis, string>>;
}

/**
 * Every answer that moves a side, in the current check's words, and every retired answer in its
 * own. A code the current check still has keeps the current words: a retired answer whose code
 * lives on was never a reason (tests/unit/reason-words.test.ts sees to that), so one set of words
 * serves entries of every version.
 */
export function reasonWords(check: ScoringCheck, retired: Pick<Retired, 'options'>): Record<string, ReasonWords> {
  const texts = (because: { notYou?: string | undefined; learn?: string | undefined } | undefined) =>
    Object.fromEntries(axes.flatMap((axis) => (because?.[axis] ? [[axis, because[axis]]] : []))) as ReasonWords['because'];
  const words: Record<string, ReasonWords> = {};
  for (const option of retired.options) words[option.code] = { label: option.label, because: texts(option.because) };
  for (const question of check.questions) {
    for (const option of question.options) {
      if (axes.some((axis) => option[axis] > 0))
        words[`${question.id}:${option.id}`] = { label: option.label, because: texts(option.because) };
    }
  }
  return words;
}
