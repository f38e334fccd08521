/**
 * Reads a result link's fragment (see `share-link.ts` for the format). Never throws: it returns
 * either a result that is well formed, consistent and unedited, or the reason it could not be
 * used. Nothing from the fragment is ever rendered as HTML; callers show only the check's own
 * texts for the codes it carries.
 */
import { answerProblems, canonicalAnswers } from './answers';
import { decide, optionOf, scoreCheck, type Answers, type Axis, type ScoringCheck } from './scoring';
import { body, checksum, type SharedResult } from './share-link';
import { decodeVersion1Link, fieldsOf, type Version1Result } from './share-link-v1';
import { CONTENT_ID, isOutcome } from './rules';

export type ShareLinkProblem = 'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'edited';

export type DecodedShareLink =
  { ok: true; result: SharedResult } | { ok: true; earlier: Version1Result } | { ok: false; problem: ShareLinkProblem };

/** Longer fragments are refused before any parsing. Answers to every question fit well within it. */
export const MAX_FRAGMENT_LENGTH = 1500;
/** More reasons on one side than any answers can give. */
const MAX_REASONS = 24;
const MAX_UNKNOWNS = 3;

const FIELDS = ['v', 'o', 'rn', 'rl', 'u', 'a', 'c'];

const list = (value: string) => (value === '' ? [] : value.split(','));

function parseAnswers(value: string): Answers | undefined {
  const answers: Record<string, string[]> = {};
  for (const pair of list(value)) {
    const [question, options, extra] = pair.split(':');
    if (extra !== undefined || !question || !options || !CONTENT_ID.test(question) || question in answers) return undefined;
    const ids = options.split('+');
    if (!ids.every((id) => CONTENT_ID.test(id))) return undefined;
    answers[question] = ids;
  }
  return answers;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Reads a fragment (with or without `#`) against the check's content. The result is accepted only
 * if every part is well formed, the reasons are real answers that move their side, the outcome is
 * the one those reasons give, the answers (if any) give exactly these reasons and unknowns, and the
 * checksum matches. A link from version 1 of the check is read for its outcome only.
 */
export function decodeShareLink(fragment: string, check: ScoringCheck): DecodedShareLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: 'too-long' };

  const version = /^v=([1-9][0-9]{0,5})(&|$)/.exec(text)?.[1];
  if (version === undefined) return { ok: false, problem: 'malformed' };
  if (version === '1' && check.version !== 1) {
    const earlier = decodeVersion1Link(text);
    return earlier.ok ? { ok: true, earlier: earlier.result } : { ok: false, problem: earlier.problem };
  }
  if (Number(version) !== check.version) return { ok: false, problem: 'unknown-version' };

  const fields = fieldsOf(text, FIELDS);
  const outcome = fields?.get('o');
  const codes = { notYou: fields?.get('rn'), learn: fields?.get('rl') };
  const unknownsText = fields?.get('u');
  const answersText = fields?.get('a');
  if (!fields || !isOutcome(outcome) || codes.notYou === undefined || codes.learn === undefined || unknownsText === undefined) {
    return { ok: false, problem: 'malformed' };
  }
  const answers = answersText === undefined ? undefined : parseAnswers(answersText);
  if (answersText !== undefined && !answers) return { ok: false, problem: 'malformed' };

  const reasons = { notYou: list(codes.notYou), learn: list(codes.learn) };
  const unknowns = list(unknownsText);
  const result: SharedResult = {
    checkVersion: check.version,
    outcome,
    reasons,
    unknowns,
    ...(answers ? { answers } : {}),
  };
  if (fields.get('c') !== checksum(body(result))) return { ok: false, problem: 'edited' };

  // From here the link is as it was made; what follows catches links made wrongly or forged with a checksum.
  const weighed: Record<Axis, { weight: number; evidence: ScoringCheck['questions'][number]['options'][number]['evidence'] }[]> =
    {
      notYou: [],
      learn: [],
    };
  for (const axis of ['notYou', 'learn'] as const) {
    if (reasons[axis].length > MAX_REASONS || new Set(reasons[axis]).size !== reasons[axis].length)
      return { ok: false, problem: 'edited' };
    for (const code of reasons[axis]) {
      const found = optionOf(check, code);
      if (!found || found.option[axis] <= 0) return { ok: false, problem: 'edited' };
      weighed[axis].push({ weight: found.option[axis], evidence: found.option.evidence });
    }
  }
  const unknownOk = unknowns.every((id) =>
    check.questions.find((q) => q.id === id)?.options.some((o) => o.evidence === 'unknown'),
  );
  if (!unknownOk || unknowns.length > MAX_UNKNOWNS || new Set(unknowns).size !== unknowns.length)
    return { ok: false, problem: 'edited' };

  const decided = decide(weighed, check.thresholds);
  if (decided.outcome !== outcome) return { ok: false, problem: 'edited' };

  if (answers) {
    // Shared answers must be the very answers these reasons came from.
    const scored = scoreCheck(check, answers);
    const same =
      answerProblems(check, answers, true).length === 0 &&
      sameList(Object.keys(answers), Object.keys(canonicalAnswers(check, answers))) &&
      Object.entries(canonicalAnswers(check, answers)).every(([id, options]) => sameList(options, answers[id] ?? [])) &&
      sameList(
        scored.reasons.notYou.map((reason) => reason.code),
        reasons.notYou,
      ) &&
      sameList(
        scored.reasons.learn.map((reason) => reason.code),
        reasons.learn,
      ) &&
      sameList(scored.unknowns, unknowns);
    if (!same) return { ok: false, problem: 'edited' };
  }

  return { ok: true, result: { ...result, ...(decided.tooEarlyBecause ? { tooEarlyBecause: decided.tooEarlyBecause } : {}) } };
}
