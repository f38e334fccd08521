/**
 * The check in progress: answers, the current step and what the page shows around them, with the
 * actions a person takes. Persisted under `notnever:check:v1` through the safe storage engine;
 * the only code that reads or writes that key.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodeProgress, encodeProgress, type CheckProgress, type CheckShape } from '../lib/progress-codec';
import { KEY_PREFIX, keepAside } from './storage';

export const PROGRESS_KEY = `${KEY_PREFIX}check:v1`;

/** The stored text, exactly as in localStorage; decoded into `checkProgress` by `sync`. */
const stored = persistentAtom<string | undefined>(PROGRESS_KEY, undefined);

/** The check in progress, or null before it starts. */
export const checkProgress = atom<CheckProgress | null>(null);

/** The id of the question whose Continue was pressed without an answer. */
export const missingAnswer = atom<string | null>(null);

/** True when the page opened on a saved check: the person chooses to resume or start again. */
export const resumeOffered = atom(false);

/** True when a check saved under older questions was carried over. */
export const migrated = atom(false);

let check: CheckShape | undefined;

export type CheckView = { kind: 'start' | 'review' | 'result' } | { kind: 'question'; index: number };

/** What the page shows for a check in progress: steps are one per question, then "check your answers", then the result. */
export function viewOf(progress: CheckProgress | null, total: number): CheckView {
  if (!progress) return { kind: 'start' as const };
  if (progress.step < total) return { kind: 'question' as const, index: progress.step };
  if (progress.step === total) return { kind: 'review' as const };
  return { kind: 'result' as const };
}

function sync(raw: string | undefined): void {
  if (!check) return;
  if (raw === undefined) {
    checkProgress.set(null);
    return;
  }
  const decoded = decodeProgress(raw, check);
  if (decoded.status === 'unreadable') {
    // Replace the unreadable value only once a copy is safe under a backup key.
    if (keepAside(PROGRESS_KEY, raw)) stored.set(undefined);
    checkProgress.set(null);
  } else if (decoded.status === 'migrated') {
    migrated.set(true);
    stored.set(encodeProgress(decoded.value));
  } else {
    checkProgress.set(decoded.value);
  }
}

function save(progress: CheckProgress | null): void {
  if (progress) stored.set(encodeProgress(progress));
  else stored.set(undefined);
  // `stored` notifies `sync` only when the text changed; keep the decoded value current either way.
  checkProgress.set(progress);
}

function update(change: (progress: CheckProgress) => Partial<CheckProgress>): void {
  const progress = checkProgress.get();
  if (progress) save({ ...progress, ...change(progress) });
}

/** Connects the store to the check's content and to storage. Call once, before rendering. */
export function initCheck(shape: CheckShape): void {
  if (check) return;
  check = shape;
  stored.subscribe(sync);
  const progress = checkProgress.get();
  resumeOffered.set(Boolean(progress && progress.step > 0 && progress.step <= shape.questions.length));
}

const total = () => check?.questions.length ?? 0;

export function start(): void {
  if (!check) return;
  missingAnswer.set(null);
  resumeOffered.set(false);
  save({ checkVersion: check.version, answers: {}, step: 0, reviewing: false });
}

/** Start again: every answer is cleared. */
export const restart = start;

export function resume(): void {
  resumeOffered.set(false);
}

/** Back to the start screen (the browser's Back from the first question): answers are kept. */
export function goToStart(): void {
  const progress = checkProgress.get();
  if (progress && Object.keys(progress.answers).length > 0) resumeOffered.set(true);
  else save(null);
}

export function answer(questionId: string, optionId: string): void {
  const question = check?.questions.find((q) => q.id === questionId);
  if (!question?.options.some((option) => option.id === optionId)) return;
  if (missingAnswer.get() === questionId) missingAnswer.set(null);
  update((progress) => ({ answers: { ...progress.answers, [questionId]: optionId } }));
}

/** Continue: to the next question, or back to "check your answers" after a Change. */
export function next(): void {
  const progress = checkProgress.get();
  const question = progress && check?.questions[progress.step];
  if (!progress || !question) return;
  if (!(question.id in progress.answers)) {
    missingAnswer.set(question.id);
    return;
  }
  missingAnswer.set(null);
  save({ ...progress, step: progress.reviewing ? total() : progress.step + 1, reviewing: false });
}

export function back(): void {
  missingAnswer.set(null);
  update((progress) => ({ step: Math.max(0, Math.min(progress.step, total()) - 1), reviewing: false }));
}

/** From "check your answers": go to one question, then come back. */
export function change(questionId: string): void {
  const index = check?.questions.findIndex((q) => q.id === questionId) ?? -1;
  if (index < 0) return;
  missingAnswer.set(null);
  update(() => ({ step: index, reviewing: true }));
}

/** Go to a step the browser's history remembers (Back and Forward). */
export function goToStep(step: number): void {
  if (!Number.isInteger(step) || step < 0 || step > total() + 1) return;
  missingAnswer.set(null);
  update(() => ({ step, reviewing: false }));
}

export function finish(): void {
  update(() => ({ step: total() + 1, reviewing: false }));
}
