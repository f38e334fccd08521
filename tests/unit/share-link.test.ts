import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoringPart, type Answers } from '../../src/lib/scoring';
import { encodeShareLink } from '../../src/lib/share-link';
import { resultPath, toSharedResult } from '../../src/lib/share-link-encoder';
import { decodeShareLink, MAX_FRAGMENT_LENGTH } from '../../src/lib/share-link-decoder';
import { loadCheck } from './content';

const check = scoringPart(loadCheck());

/** Answers by option position (1-based) in question order. */
const byPosition = (positions: number[]): Answers =>
  Object.fromEntries(check.questions.map((question, i) => [question.id, question.options[(positions[i] ?? 1) - 1]!.id]));

const plans = {
  'not-you': [1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  'learn-from-it': [3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  both: [1, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 4, 1, 1, 2, 1, 4],
  'too-early': [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 2, 1, 4],
};

describe('share links', () => {
  it.each(Object.entries(plans))('round-trips a "%s" result, with and without answers', (outcome, positions) => {
    const answers = byPosition(positions);
    for (const includeAnswers of [false, true]) {
      const shared = toSharedResult(check, answers, includeAnswers);
      expect(shared.outcome).toBe(outcome);
      const decoded = decodeShareLink(encodeShareLink(shared), check);
      expect(decoded).toEqual({ ok: true, result: shared });
      expect(resultPath(shared)).toMatch(new RegExp(`^/results/${outcome}/#v=${check.version}&n=\\d+&l=\\d+&e=\\d+&`));
    }
  });

  it('is readable enough to debug', () => {
    const fragment = encodeShareLink(toSharedResult(check, byPosition(plans.both), false));
    expect(fragment).toMatch(/^v=1&n=67&l=67&e=59&rn=hiring-freeze&rl=could-not-answer&c=[0-9a-f]{6}$/);
  });

  const good = encodeShareLink(toSharedResult(check, byPosition(plans.both), true));
  const swap = (key: string, value: string) => good.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);

  it.each([
    ['an empty fragment', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['an unknown version', swap('v', '99'), 'unknown-version'],
    ['a score of 999', swap('n', '999'), 'out-of-range'],
    ['a negative score', swap('n', '-5'), 'malformed'],
    ['a score with leading zeros', swap('l', '067'), 'malformed'],
    ['a 10 kB fragment', 'v=1&' + 'x'.repeat(10_000), 'too-long'],
    ['markup', '<img src=x onerror=alert(1)>', 'malformed'],
    ['a script in a reason', swap('rn', '<script>alert(1)</script>'), 'malformed'],
    ['an unknown reason', swap('rn', 'made-up-reason'), 'edited'],
    ['a reason on the wrong axis', swap('rn', 'could-not-answer'), 'edited'],
    ['four reasons', swap('rn', 'hiring-freeze,advert-pulled,process-stalled,internal-candidate'), 'out-of-range'],
    ['a repeated field', good + '&n=50', 'malformed'],
    ['an unknown field', good + '&x=1', 'malformed'],
    ['a missing checksum', good.replace(/&c=[0-9a-f]+$/, ''), 'edited'],
    ['one character edited', good.replace('n=67', 'n=68'), 'edited'],
    ['answers that do not give these scores', swap('a', 'hiring-freeze:no'), 'edited'],
  ])('refuses %s', (_, fragment, problem) => {
    expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem });
  });

  it('never throws and never accepts out-of-range values, whatever the fragment (fast-check)', () => {
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 }), fc.nat(3))
      .map(([at, insert, cut]) => good.slice(0, at) + insert + good.slice(at + cut));
    const fragments = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: MAX_FRAGMENT_LENGTH + 50 }), mutated);
    fc.assert(
      fc.property(fragments, (fragment) => {
        const decoded = decodeShareLink(fragment, check);
        if (decoded.ok) {
          const { notYou, learn, evidence, reasons } = decoded.result;
          for (const score of [notYou, learn, evidence]) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
          expect(reasons.notYou.length).toBeLessThanOrEqual(3);
          expect(reasons.learn.length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
