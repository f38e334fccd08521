import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import { checksum, encodeShareLink } from '../../src/lib/share-link';
import { resultPath, toSharedResult } from '../../src/lib/share-link-encoder';
import { decodeShareLink, MAX_FRAGMENT_LENGTH } from '../../src/lib/share-link-decoder';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
import { runs } from './runs';
import { neutralAnswers } from './fixtures';

const check = loadCheck();

const base = neutralAnswers;
const stories = {
  'not-you': { told: ['role-changed'] },
  'learn-from-it': { differently: ['prepare', 'caught-out'] },
  both: { told: ['role-changed'], differently: ['nerves'] },
  'too-early': { since: ['freeze-rumours'] },
};
const answersFor = (changes: Record<string, string[]>) => keepShown(check, { ...base, ...changes });

/** Re-signs a fragment after an edit, as someone forging a link would: the checksum then matches. */
function resign(fragment: string): string {
  const text = fragment.replace(/&c=[0-9a-f]{6}$/, '');
  return `${text}&c=${checksum(text)}`;
}

describe('share links', () => {
  it.each(Object.entries(stories))('round-trips a "%s" result, with and without answers', (outcome, changes) => {
    for (const includeAnswers of [false, true]) {
      const shared = toSharedResult(check, answersFor(changes), includeAnswers);
      expect(shared.outcome).toBe(outcome);
      expect(decodeShareLink(encodeShareLink(shared), check)).toEqual({ ok: true, result: shared });
      expect(resultPath(shared)).toMatch(new RegExp(`^/results/${outcome}/#v=${check.version}&o=${outcome}&`));
    }
  });

  it('round-trips every possible set of answers (fast-check)', () => {
    fc.assert(
      fc.property(answersArbitrary(check), fc.boolean(), (answers, includeAnswers) => {
        const shared = toSharedResult(check, answers, includeAnswers);
        const fragment = encodeShareLink(shared);
        expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        expect(decodeShareLink(fragment, check)).toEqual({ ok: true, result: shared });
      }),
      { numRuns: runs(1000) },
    );
  });

  it('is readable enough to debug, and carries no answers unless asked to', () => {
    const fragment = encodeShareLink(toSharedResult(check, answersFor(stories.both), false));
    expect(fragment).toMatch(/^v=2&o=both&rn=told:role-changed&rl=differently:nerves&u=since&c=[0-9a-f]{6}$/);
  });

  const good = encodeShareLink(toSharedResult(check, answersFor(stories.both), true));
  const swap = (key: string, value: string) => good.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);

  it.each([
    ['an empty fragment', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['an unknown version', swap('v', '99'), 'unknown-version'],
    ['a 10 kB fragment', 'v=2&' + 'x'.repeat(10_000), 'too-long'],
    ['markup', '<img src=x onerror=alert(1)>', 'malformed'],
    ['a script in a reason', swap('rn', '<script>alert(1)</script>'), 'edited'],
    ['an unknown outcome', swap('o', 'maybe'), 'malformed'],
    ['a repeated field', good + '&o=both', 'malformed'],
    ['an unknown field', good + '&x=1', 'malformed'],
    ['a missing checksum', good.replace(/&c=[0-9a-f]+$/, ''), 'edited'],
    ['one character edited', good.replace('o=both', 'o=bots'), 'malformed'],
    ['an edited reason', good.replace('rl=differently:nerves', 'rl=differently:prepare'), 'edited'],
  ])('refuses %s', (_, fragment, problem) => {
    expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem });
  });

  // A forger can recompute the checksum; what the link says must still be consistent with itself.
  it.each([
    ['an unknown reason', resign(swap('rn', 'made-up:reason')), 'edited'],
    ['a reason on the wrong side', resign(swap('rn', 'differently:nerves')), 'edited'],
    ['an outcome its reasons do not give', resign(swap('o', 'not-you')), 'edited'],
    ['a reason repeated', resign(swap('rn', 'told:role-changed,told:role-changed')), 'edited'],
    ['an unknown that is not a question with an unknown answer', resign(swap('u', 'stage')), 'edited'],
    ['answers that do not give these reasons', resign(swap('a', 'stage:final-round,told:role-changed')), 'edited'],
    ['reasons the answers do not give', resign(good.replace('rl=differently:nerves', 'rl=differently:prepare')), 'edited'],
  ])('refuses %s, even re-signed', (_, fragment, problem) => {
    expect(decodeShareLink(fragment, check)).toEqual({ ok: false, problem });
  });

  it('reads a link made with version 1 of the check for its outcome only', () => {
    const body = 'v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=';
    expect(decodeShareLink(`#${body}&c=${checksum(body)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 1, outcome: 'not-you' },
    });
    const thin = 'v=1&n=80&l=50&e=20&rn=hiring-freeze&rl=';
    expect(decodeShareLink(`${thin}&c=${checksum(thin)}`, check)).toEqual({
      ok: true,
      earlier: { checkVersion: 1, outcome: 'too-early' },
    });
    expect(decodeShareLink(`${body}&c=000000`, check)).toEqual({ ok: false, problem: 'edited' });
    expect(decodeShareLink('v=1&n=999&l=50&e=56&rn=&rl=&c=000000', check)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('never throws, and accepts only links whose outcome its reasons give (fast-check)', () => {
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 }), fc.nat(3))
      .map(([at, insert, cut]) => good.slice(0, at) + insert + good.slice(at + cut));
    const fragments = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: MAX_FRAGMENT_LENGTH + 50 }),
      mutated,
      mutated.map(resign),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const decoded = decodeShareLink(fragment, check);
        if (decoded.ok && 'result' in decoded) {
          const { reasons, outcome } = decoded.result;
          expect(['not-you', 'learn-from-it', 'both', 'too-early']).toContain(outcome);
          for (const code of [...reasons.notYou, ...reasons.learn]) expect(code).toMatch(/^[a-z0-9-]+:[a-z0-9-]+$/);
        }
      }),
      { numRuns: runs(5000) },
    );
  });
});
