/**
 * Reads a result link's fragment (see `share-link.ts` for the format). Never throws: it returns
 * either a result that is well formed, in range and unedited, or the reason it could not be used.
 * Nothing from the fragment is ever rendered as HTML; callers show only the validated numbers and
 * the check's own texts for the reason ids.
 */
import { decideOutcome, scoreCheck, type ScoringCheck } from './scoring';
import { body, checksum, type SharedResult } from './share-link';

export type ShareLinkProblem = 'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'out-of-range' | 'edited';

export type DecodedShareLink = { ok: true; result: SharedResult } | { ok: false; problem: ShareLinkProblem };

/** Longer fragments are refused before any parsing. Answers to every question fit well within it. */
export const MAX_FRAGMENT_LENGTH = 1500;
const MAX_REASONS = 3;

const ID = /^[a-z][a-z0-9-]{0,63}$/;

function parseIds(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (value === '') return [];
  const ids = value.split(',');
  return ids.every((id) => ID.test(id)) ? ids : undefined;
}

/**
 * Reads a fragment (with or without `#`) against the check's content. The result is accepted only
 * if every part is well formed and in range, the reasons are real reasons on their axis, the
 * answers (if any) give exactly these scores, and the checksum matches.
 */
export function decodeShareLink(fragment: string, check: ScoringCheck): DecodedShareLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: 'too-long' };

  const fields = new Map<string, string>();
  for (const pair of text.split('&')) {
    const split = pair.indexOf('=');
    const key = split === -1 ? pair : pair.slice(0, split);
    if (split === -1 || fields.has(key) || !['v', 'n', 'l', 'e', 'rn', 'rl', 'a', 'c'].includes(key)) {
      return { ok: false, problem: 'malformed' };
    }
    fields.set(key, pair.slice(split + 1));
  }

  const version = fields.get('v');
  if (version === undefined || !/^[1-9][0-9]{0,5}$/.test(version)) return { ok: false, problem: 'malformed' };
  if (Number(version) !== check.version) return { ok: false, problem: 'unknown-version' };

  // Scores are whole numbers written plainly: "07", "-5", "1e2" and "" are not scores.
  const rawScores = [fields.get('n'), fields.get('l'), fields.get('e')];
  if (!rawScores.every((value) => value !== undefined && /^(0|[1-9][0-9]{0,5})$/.test(value)))
    return { ok: false, problem: 'malformed' };
  const [notYou, learn, evidence] = rawScores.map(Number) as [number, number, number];
  if (Math.max(notYou, learn, evidence) > 100) return { ok: false, problem: 'out-of-range' };

  const reasons = { notYou: parseIds(fields.get('rn')), learn: parseIds(fields.get('rl')) };
  if (!reasons.notYou || !reasons.learn) return { ok: false, problem: 'malformed' };
  for (const axis of ['notYou', 'learn'] as const) {
    const ids = reasons[axis] ?? [];
    if (ids.length > MAX_REASONS || new Set(ids).size !== ids.length) return { ok: false, problem: 'out-of-range' };
    // A reason must be a question with an answer that moves this axis toward its side.
    const real = ids.every((id) => check.questions.some((q) => q.id === id && q.options.some((o) => o[axis] > 0)));
    if (!real) return { ok: false, problem: 'edited' };
  }

  let answers: Record<string, string> | undefined;
  const rawAnswers = fields.get('a');
  if (rawAnswers !== undefined) {
    answers = {};
    for (const pair of rawAnswers === '' ? [] : rawAnswers.split(',')) {
      const [question, option, extra] = pair.split(':');
      if (extra !== undefined || !question || !option || !ID.test(question) || !ID.test(option) || question in answers) {
        return { ok: false, problem: 'malformed' };
      }
      answers[question] = option;
    }
  }

  const result: SharedResult = {
    checkVersion: check.version,
    notYou,
    learn,
    evidence,
    outcome: 'too-early',
    reasons: { notYou: reasons.notYou, learn: reasons.learn },
    ...(answers ? { answers } : {}),
  };
  if (fields.get('c') !== checksum(body(result))) return { ok: false, problem: 'edited' };

  if (answers) {
    const scored = scoreCheck(check, answers);
    const same =
      scored.answered === Object.keys(answers).length &&
      scored.notYou === notYou &&
      scored.learn === learn &&
      scored.evidence === evidence;
    if (!same) return { ok: false, problem: 'edited' };
  }

  const decided = decideOutcome({ notYou, learn, evidence }, check.thresholds);
  return { ok: true, result: { ...result, ...decided } };
}
