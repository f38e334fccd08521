/**
 * Reads a result link's fragment (see `share-link.ts` for the format). Never throws: it returns
 * either a result that is well formed, consistent and unedited, or the reason it could not be
 * used. Nothing from the fragment is ever rendered as HTML; callers show only the check's own
 * texts for the codes it carries.
 */
import { answerProblems, canonicalAnswers } from './answers';
import { answersBehind } from './possible-answers';
import { MAX_UNKNOWNS, decide, reasonsOf, scoreCheck, type Answers, type ScoringCheck } from './scoring';
import { body, checksum, type SharedResult } from './share-link';
import { decodeVersion1Link, fieldsOf, type EarlierResult } from './share-link-v1';
import { decodeVersion2Link } from './share-link-v2';
import { CONTENT_ID, MAX_REASONS, isOutcome } from './rules';

export type ShareLinkProblem = 'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'edited';

export type DecodedShareLink =
  { ok: true; result: SharedResult } | { ok: true; earlier: EarlierResult } | { ok: false; problem: ShareLinkProblem };

/** Longer fragments are refused before any parsing. Answers to every question fit well within it. */
export const MAX_FRAGMENT_LENGTH = 1500;

const FIELDS = ['v', 'o', 'rn', 'rl', 'u', 'a', 'c'];

/** Readers for links of earlier versions of the check, which are read for their outcome only. */
const earlierReaders: Record<string, (text: string) => ReturnType<typeof decodeVersion1Link>> = {
  '1': decodeVersion1Link,
  '2': decodeVersion2Link,
};

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

/** Whether shared answers are the very answers a link's reasons and unknowns came from. */
function givesExactly(check: ScoringCheck, answers: Answers, result: SharedResult): boolean {
  const scored = scoreCheck(check, answers);
  const canonical = canonicalAnswers(check, answers);
  return (
    answerProblems(check, answers, true).length === 0 &&
    sameList(Object.keys(answers), Object.keys(canonical)) &&
    Object.entries(canonical).every(([id, options]) => sameList(options, answers[id] ?? [])) &&
    sameList(
      scored.reasons.notYou.map((reason) => reason.code),
      result.reasons.notYou,
    ) &&
    sameList(
      scored.reasons.learn.map((reason) => reason.code),
      result.reasons.learn,
    ) &&
    sameList(scored.unknowns, result.unknowns)
  );
}

/**
 * Reads a fragment (with or without `#`) against the check's content. The result is accepted only
 * if every part is well formed, the reasons are real answers that move their side, the outcome is
 * the one those reasons give, the reasons and unknowns could come from one set of answers (the
 * shared answers themselves, when the link has them), and the checksum matches. A link from an
 * earlier version of the check is read for its outcome only.
 */
export function decodeShareLink(fragment: string, check: ScoringCheck): DecodedShareLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, problem: 'too-long' };

  const version = /^v=([1-9][0-9]{0,5})(&|$)/.exec(text)?.[1];
  if (version === undefined) return { ok: false, problem: 'malformed' };
  const earlier = Number(version) < check.version ? earlierReaders[version] : undefined;
  if (earlier) {
    const read = earlier(text);
    return read.ok ? { ok: true, earlier: read.result } : { ok: false, problem: read.problem };
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
  const tooMany = [reasons.notYou, reasons.learn].some(
    (codes) => codes.length > MAX_REASONS || new Set(codes).size !== codes.length,
  );
  const weighed = tooMany ? undefined : reasonsOf(check, reasons);
  if (!weighed) return { ok: false, problem: 'edited' };
  const unknownOk = unknowns.every((id) =>
    check.questions.find((q) => q.id === id)?.options.some((o) => o.evidence === 'unknown'),
  );
  if (!unknownOk || unknowns.length > MAX_UNKNOWNS || new Set(unknowns).size !== unknowns.length)
    return { ok: false, problem: 'edited' };

  const decided = decide(weighed, check.thresholds);
  if (decided.outcome !== outcome) return { ok: false, problem: 'edited' };

  // Shared answers must be the very answers these reasons came from; without them, some answers must be able to give them.
  const possible = answers ? givesExactly(check, answers, result) : answersBehind(check, reasons, unknowns) !== undefined;
  if (!possible) return { ok: false, problem: 'edited' };

  const derived = {
    ...(decided.tooEarlyBecause ? { tooEarlyBecause: decided.tooEarlyBecause } : {}),
    ...(decided.sharpen ? { sharpen: decided.sharpen } : {}),
  };
  return { ok: true, result: { ...result, ...derived } };
}
