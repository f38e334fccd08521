/**
 * Reads a check in progress back from storage, with the same rules the check's store writes by.
 * Stored data is untrusted: anything that is not JSON, not of our shape, from a newer check or not
 * a state the check can be in is reported as unreadable (never thrown). Progress saved under the
 * version before is carried over (`migrated`) when every answer in it kept its meaning
 * (`check-migrations.ts`); other progress from an older version is reported as outdated: the
 * questions changed, so the person is offered the new check, and nothing is kept aside as corrupt.
 */
import { answerProblems, canonicalAnswers, keepShown } from './answers';
import { migratedCode } from './check-migrations';
import { optionOf, shownQuestions } from './check-questions';
import type { ScoringCheck } from './scoring';

/** What a check in progress stores (key `notnever:check:v1`; the key names the storage format, not the check). */
export interface CheckProgress {
  /** The check's content version the answers were given under. */
  checkVersion: number;
  /** Question id to the option ids chosen. */
  answers: Record<string, readonly string[]>;
  /**
   * Where the person is: the index of a question in the check (one that is shown for these
   * answers); `questions.length` for "check your answers"; `questions.length + 1` for the result.
   */
  step: number;
  /** True after "Change" on "check your answers": Continue goes back there. */
  reviewing: boolean;
}

export type DecodedProgress =
  | { status: 'ok'; value: CheckProgress }
  /** Saved under an earlier version, and carried over: to be written back under this one. */
  | { status: 'migrated'; value: CheckProgress; checkVersion: number }
  | { status: 'outdated'; checkVersion: number }
  | { status: 'unreadable'; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= 20 &&
  value.every((id) => typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id));

/** The review and result steps for a check. */
export const reviewStep = (check: ScoringCheck) => check.questions.length;
export const resultStep = (check: ScoringCheck) => check.questions.length + 1;

/**
 * What is wrong with a progress value for this check; undefined when it is a state the check can
 * be in. The store checks every value with this before it writes it.
 */
export function progressProblem(progress: CheckProgress, check: ScoringCheck): string | undefined {
  const problems = answerProblems(check, progress.answers);
  if (problems.length > 0) return problems[0];
  const shown = shownQuestions(check, progress.answers);
  const { step } = progress;
  if (!Number.isInteger(step) || step < 0 || step > resultStep(check)) return `step ${step} is not a step of the check`;
  if (step >= reviewStep(check)) {
    if (progress.reviewing) return 'only a question can be changed from "check your answers"';
    return shown.every((question) => question.id in progress.answers) ? undefined : 'the answers are not complete';
  }
  const question = check.questions[step];
  if (!question || !shown.includes(question)) return `question ${step + 1} is not asked after these answers`;
  const skipped = shown.find((earlier) => check.questions.indexOf(earlier) < step && !(earlier.id in progress.answers));
  return skipped ? `"${skipped.id}" comes before this step and is not answered` : undefined;
}

/**
 * Progress from an earlier version, carried over: every answer given mapped to this version, the
 * answers to questions no longer asked dropped, and the step the first question still to answer
 * (or "check your answers"). Undefined when any answer does not carry over.
 */
function migrate(answers: unknown, from: number, check: ScoringCheck): CheckProgress | undefined {
  if (!isRecord(answers) || !Object.values(answers).every(isIdList)) return undefined;
  const carried: Record<string, string[]> = {};
  for (const [question, options] of Object.entries(answers as Record<string, string[]>)) {
    for (const option of options) {
      const code = migratedCode(`${question}:${option}`, from, check.version);
      const found = code === undefined ? undefined : optionOf(check, code);
      if (!found) return undefined;
      carried[found.question.id] = [...(carried[found.question.id] ?? []), found.option.id];
    }
  }
  // Answers to questions this version no longer asks after them are dropped (what they told you, after an offer).
  const kept = canonicalAnswers(check, keepShown(check, carried));
  if (answerProblems(check, kept).length > 0) return undefined;
  const next = shownQuestions(check, kept).find((question) => !(question.id in kept));
  return {
    checkVersion: check.version,
    answers: kept,
    step: next ? check.questions.indexOf(next) : reviewStep(check),
    reviewing: false,
  };
}

/** Reads what storage holds. */
export function decodeProgress(raw: string, check: ScoringCheck): DecodedProgress {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', problem: 'it is not JSON' };
  }
  if (!isRecord(data)) return { status: 'unreadable', problem: 'it is not a check in progress' };
  const { checkVersion, answers, step, reviewing } = data;
  if (!Number.isInteger(checkVersion) || (checkVersion as number) < 1)
    return { status: 'unreadable', problem: 'it has no check version' };
  if ((checkVersion as number) < check.version) {
    const migrated = migrate(answers, checkVersion as number, check);
    return migrated
      ? { status: 'migrated', value: migrated, checkVersion: checkVersion as number }
      : { status: 'outdated', checkVersion: checkVersion as number };
  }
  if (checkVersion !== check.version)
    return { status: 'unreadable', problem: `it is from a newer check (version ${String(checkVersion)})` };
  if (!isRecord(answers) || !Object.values(answers).every(isIdList))
    return { status: 'unreadable', problem: 'its answers are not lists of ids' };
  if (typeof step !== 'number' || typeof reviewing !== 'boolean')
    return { status: 'unreadable', problem: 'its step is not valid' };
  const progress: CheckProgress = { checkVersion: check.version, answers: answers as Record<string, string[]>, step, reviewing };
  const problem = progressProblem(progress, check);
  return problem ? { status: 'unreadable', problem } : { status: 'ok', value: progress };
}

export function encodeProgress(progress: CheckProgress): string {
  return JSON.stringify(progress);
}
