/**
 * The check in progress: answers, the current step and what the page shows around them, with the
 * actions a person takes. Stored through its declaration in `progress.ts`, whose reader
 * (`decodeProgress`, with `progressProblem`) checks every value before it is written, so the check
 * never mistakes its own data for corrupt data.
 */
import { atom } from 'nanostores';
import { keepShown, toggledAnswer } from '../lib/answers';
import { progressProblem, resultStep, reviewStep, type CheckProgress } from '../lib/progress-codec';
import { shownQuestions } from '../lib/check-questions';
import type { ScoringCheck } from '../lib/scoring';
import type { Persisted } from './persisted';
import { carriedOver, progressOf, PROGRESS_KEY, type StoredProgress } from './progress';

export { carriedOver };

export { PROGRESS_KEY };

/** The check in progress, or null before it starts. */
export const checkProgress = atom<CheckProgress | null>(null);

/** The id of the question whose Continue was pressed without an answer. */
export const missingAnswer = atom<string | null>(null);

/** True when the page opened on a saved check: the person chooses to resume or start again. */
export const resumeOffered = atom(false);

/** The version of the check a saved check in progress was made with, when it is older than this one. */
export const outdatedVersion = atom<number | null>(null);

let check: ScoringCheck | undefined;
let stored: Persisted<StoredProgress> | undefined;

export type CheckView = { kind: 'start' | 'review' | 'result' } | { kind: 'question'; index: number };

/** What the page shows for a check in progress: a question, "check your answers", or the result. */
export function viewOf(progress: CheckProgress | null, total: number): CheckView {
  if (!progress) return { kind: 'start' };
  if (progress.step < total) return { kind: 'question', index: progress.step };
  if (progress.step === total) return { kind: 'review' };
  return { kind: 'result' };
}

/** Writes a value the reader will accept; a value it would refuse is a bug, reported and not written. */
function save(progress: CheckProgress | null): void {
  if (progress && check) {
    const problem = progressProblem(progress, check);
    // Every action keeps to the reader's rules (the model-based test runs thousands of them): this is the guard if one ever does not.
    /* v8 ignore next 4 */
    if (problem) {
      console.error(`Not Never: the check was not saved, as its reader would refuse it (${problem}).`);
      return;
    }
  }
  stored?.set({ progress, outdated: null });
}

/** Connects the store to the check's content and to storage (other tabs, the back/forward cache). Call once, before rendering. */
export function initCheck(content: ScoringCheck): void {
  if (check) return;
  check = content;
  stored = progressOf(content);
  stored.$value.subscribe(({ progress, outdated }) => {
    checkProgress.set(progress);
    outdatedVersion.set(outdated?.checkVersion ?? null);
  });
  const progress = checkProgress.get();
  resumeOffered.set(Boolean(progress && progress.step > 0 && progress.step <= reviewStep(content)));
}

/** The index in the check of each question shown for these answers. */
function shownSteps(answers: CheckProgress['answers']): number[] {
  return check ? shownQuestions(check, answers).map((question) => check?.questions.indexOf(question) ?? -1) : [];
}

/** Starts a new check with no answers (also "start again", and the way past an outdated one). */
export function start(): void {
  if (!check) return;
  missingAnswer.set(null);
  resumeOffered.set(false);
  outdatedVersion.set(null);
  save({ checkVersion: check.version, answers: {}, step: shownSteps({})[0] ?? 0, reviewing: false });
}

export function resume(): void {
  resumeOffered.set(false);
}

/** Back to the start screen (the browser's Back from the first question): answers are kept. */
export function goToStart(): void {
  const progress = checkProgress.get();
  if (progress && Object.keys(progress.answers).length > 0) resumeOffered.set(true);
  else save(null);
}

/**
 * Chooses an option: for a single-choice question it replaces the answer; for "tick any" it ticks
 * or unticks it (an exclusive option clears the others, and the others clear it). Answers to
 * questions that no longer apply are dropped.
 */
export function choose(questionId: string, optionId: string, ticked = true): void {
  const progress = checkProgress.get();
  const question = progress && check?.questions[progress.step];
  // Only the question on screen can be answered: any other change could leave the check in a state it cannot be in.
  if (!check || !progress || question?.id !== questionId || !question.options.some((option) => option.id === optionId)) return;
  if (missingAnswer.get() === questionId) missingAnswer.set(null);
  const chosen = toggledAnswer(question, progress.answers[questionId] ?? [], optionId, ticked);
  // Unticking the last box leaves the question unanswered.
  const answers = Object.fromEntries(
    Object.entries({ ...progress.answers, [questionId]: chosen }).filter(([, options]) => options.length > 0),
  );
  save({ ...progress, answers: keepShown(check, answers) });
}

/** Continue: to the next question that applies, or back to "check your answers" after a Change (by way of any new question). */
export function next(): void {
  const progress = checkProgress.get();
  const question = progress && check?.questions[progress.step];
  if (!progress || !question) return;
  if (!(question.id in progress.answers)) {
    missingAnswer.set(question.id);
    return;
  }
  missingAnswer.set(null);
  const content = check as ScoringCheck;
  const steps = shownSteps(progress.answers);
  const isAnswered = (step: number) => (content.questions[step]?.id ?? '') in progress.answers;
  const following = progress.reviewing ? steps.find((step) => !isAnswered(step)) : steps.find((step) => step > progress.step);
  const step = following ?? reviewStep(content);
  save({ ...progress, step, reviewing: progress.reviewing && step < reviewStep(content) });
}

/** Back: to the question before, among those that apply. */
export function back(): void {
  missingAnswer.set(null);
  const progress = checkProgress.get();
  if (!progress) return;
  const before = shownSteps(progress.answers).filter((step) => step < progress.step);
  const step = before.at(-1);
  if (step === undefined) goToStart();
  else save({ ...progress, step, reviewing: false });
}

/** From "check your answers": go to one question, then come back. */
export function change(questionId: string): void {
  const progress = checkProgress.get();
  if (!check || progress?.step !== reviewStep(check)) return;
  const question = shownQuestions(check, progress.answers).find((q) => q.id === questionId);
  if (!question) return;
  missingAnswer.set(null);
  save({ ...progress, step: check.questions.indexOf(question), reviewing: true });
}

/**
 * Goes to a step the browser's history remembers (Back and Forward), if it is a step the check
 * can be at with the answers as they are now; otherwise stays where it is.
 */
export function goToStep(step: number): void {
  const progress = checkProgress.get();
  if (!progress || !check) return;
  const target = { ...progress, step, reviewing: false };
  if (progressProblem(target, check)) return;
  missingAnswer.set(null);
  save(target);
}

/** To the result: only when every question that applies is answered. */
export function finish(): void {
  if (check) goToStep(resultStep(check));
}
