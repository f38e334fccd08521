/**
 * Reads a check in progress back from storage. Stored data is untrusted: anything that is not JSON,
 * not of our shape, or from a newer check is reported as unreadable (never thrown); a check saved
 * under an older version of the questions is migrated, keeping the answers that still apply.
 */
/** What a check in progress stores (key `notnever:check:v1`). */
export interface CheckProgress {
  /** The check's content version the answers were given under. */
  checkVersion: number;
  /** Question id to option id. */
  answers: Record<string, string>;
  /** 0 to questions - 1: a question; questions: "check your answers"; questions + 1: the result. */
  step: number;
  /** True after "Change" on "check your answers": Continue goes back there. */
  reviewing: boolean;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/**
 * The stored shape, checked field by field. Written out by hand rather than with zod because this
 * runs in the check's island, where even zod/mini added about 6 kB gzip to a 25 kB budget.
 */
function parseStored(data: unknown): CheckProgress | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { checkVersion, answers, step, reviewing } = data as Record<string, unknown>;
  if (!Number.isInteger(checkVersion) || (checkVersion as number) < 1) return undefined;
  if (!Number.isInteger(step) || (step as number) < 0 || typeof reviewing !== 'boolean') return undefined;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const entries = Object.entries(answers);
  if (!entries.every(([key, value]) => isId(key) && isId(value))) return undefined;
  return {
    checkVersion: checkVersion as number,
    answers: Object.fromEntries(entries) as Record<string, string>,
    step: step as number,
    reviewing,
  };
}

/** The part of the check's content that reading progress needs. */
export interface CheckShape {
  version: number;
  questions: readonly { id: string; options: readonly { id: string }[] }[];
}

export type DecodedProgress =
  { status: 'ok'; value: CheckProgress } | { status: 'migrated'; value: CheckProgress } | { status: 'unreadable' };

/** Keeps only answers to questions that exist, with options that exist, and a step in range. */
function fitToCheck(progress: CheckProgress, check: CheckShape): CheckProgress {
  const answers: Record<string, string> = {};
  for (const question of check.questions) {
    const answer = progress.answers[question.id];
    if (answer !== undefined && question.options.some((option) => option.id === answer)) answers[question.id] = answer;
  }
  const firstUnanswered = check.questions.findIndex((question) => !(question.id in answers));
  const lastStep = check.questions.length + 1;
  const step = firstUnanswered === -1 ? Math.min(progress.step, lastStep) : Math.min(progress.step, firstUnanswered);
  return { checkVersion: check.version, answers, step, reviewing: progress.reviewing && step < check.questions.length };
}

export function decodeProgress(raw: unknown, check: CheckShape): DecodedProgress {
  let data: unknown;
  try {
    data = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { status: 'unreadable' };
  }
  const stored = parseStored(data);
  if (!stored || stored.checkVersion > check.version) return { status: 'unreadable' };
  const fitted = fitToCheck(stored, check);
  if (stored.checkVersion < check.version) return { status: 'migrated', value: fitted };
  // Same version: the data must already fit; anything else was edited by hand or by another program.
  const fits =
    Object.keys(fitted.answers).length === Object.keys(stored.answers).length &&
    fitted.step === stored.step &&
    fitted.reviewing === stored.reviewing;
  return fits ? { status: 'ok', value: fitted } : { status: 'unreadable' };
}

export function encodeProgress(progress: CheckProgress): string {
  return JSON.stringify(progress);
}
