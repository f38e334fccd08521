import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerMigrations, migratedCode } from '../../src/lib/check-migrations';
import { decodeProgress, encodeProgress, progressProblem, type CheckProgress } from '../../src/lib/progress-codec';
import { optionOf } from '../../src/lib/check-questions';
import { answersArbitrary, answersFromChoices } from './check-arbitraries';
import { loadCheck, loadVersion2Check } from './content';
import { runs } from './runs';

const check = loadCheck();
const index = (id: string) => check.questions.findIndex((q) => q.id === id);
const saved: CheckProgress = {
  checkVersion: check.version,
  answers: { stage: ['final-round'], 'internal-applicant': ['no'] },
  step: index('differently'),
  reviewing: false,
};

describe('decodeProgress', () => {
  it('reads back what was written', () => {
    expect(decodeProgress(encodeProgress(saved), check)).toEqual({ status: 'ok', value: saved });
  });

  it('reads back every state a complete check can be in: any question asked, "check your answers" and the result', () => {
    fc.assert(
      fc.property(answersArbitrary(check), (answers) => {
        const steps = [check.questions.length, check.questions.length + 1];
        for (const step of steps) {
          const progress = { checkVersion: check.version, answers, step, reviewing: false };
          expect(decodeProgress(encodeProgress(progress), check)).toEqual({ status: 'ok', value: progress });
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it.each([
    ['not JSON', '{"checkVersion":2,'],
    ['an empty string', ''],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['another program’s object', '{"theme":"dark"}'],
    ['a missing field', JSON.stringify({ checkVersion: check.version, answers: {}, step: 0 })],
    ['a negative step', JSON.stringify({ ...saved, step: -1 })],
    ['a fractional step', JSON.stringify({ ...saved, step: 1.5 })],
    ['answers that are not lists', JSON.stringify({ ...saved, answers: { stage: 'final-round' } })],
    ['a newer check version', JSON.stringify({ ...saved, checkVersion: check.version + 1 })],
    ['an unknown question', JSON.stringify({ ...saved, answers: { ...saved.answers, 'no-such-question': ['yes'] } })],
    ['an unknown option', JSON.stringify({ ...saved, answers: { stage: ['maybe'] } })],
    ['a step beyond the result', JSON.stringify({ ...saved, step: check.questions.length + 5 })],
    ['a step past questions left unanswered', JSON.stringify({ ...saved, step: index('since') })],
    ['a question that does not apply', JSON.stringify({ ...saved, step: index('offer') })],
    ['the result with answers missing', JSON.stringify({ ...saved, step: check.questions.length + 1 })],
    ['"reviewing" on the result', JSON.stringify({ ...saved, step: check.questions.length + 1, reviewing: true })],
  ])('calls %s unreadable, without throwing', (_, raw) => {
    expect(decodeProgress(raw, check).status).toBe('unreadable');
  });

  it('calls progress from an earlier version of the check outdated (to start afresh), not unreadable', () => {
    // Exactly what version 1 of the check stored: one option id per question, as text.
    const version1 = '{"checkVersion":1,"answers":{"hiring-freeze":"yes","under-prepared":"partly"},"step":2,"reviewing":false}';
    expect(decodeProgress(version1, check)).toEqual({ status: 'outdated', checkVersion: 1 });
  });

  it('never throws on any string or any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), (raw) => {
        expect(['ok', 'outdated', 'unreadable']).toContain(decodeProgress(raw, check).status);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('names what is wrong, for the store’s own check before it writes', () => {
    expect(progressProblem({ ...saved, step: check.questions.length + 1 }, check)).toBe('the answers are not complete');
    expect(progressProblem(saved, check)).toBeUndefined();
  });
});

/** Version 2 of the check, as released, for the answers its progress could hold. */
const version2 = loadVersion2Check();
const v2 = (answers: Record<string, string[]>, step = 0) => JSON.stringify({ checkVersion: 2, answers, step, reviewing: false });

describe('progress saved under version 2 of the check', () => {
  it('is read from the version as released', () => {
    expect(version2.version).toBe(2);
    expect(check.version).toBe(3);
  });

  it('names every answer whose words changed: either its meaning changed (not carried), or only its wording did', () => {
    // Reviewed by hand: these kept their meaning, in new words.
    const reworded = ['told:no-reason', 'same-stage:same', 'since:internal-known'];
    for (const question of version2.questions) {
      for (const option of question.options) {
        const code = `${question.id}:${option.id}`;
        const now = optionOf(check, code)?.option;
        if (now?.label === option.label) {
          expect(answerMigrations[2]!.changed[code], code).toBeUndefined();
          continue;
        }
        if (reworded.includes(code)) expect(now, code).toBeDefined();
        else expect(answerMigrations[2]!.changed, code).toHaveProperty([code]);
      }
    }
    expect(Object.keys(answerMigrations[2]!.changed).sort()).toEqual(['offer:after-checks', 'unfair:cut-short']);
  });

  it('maps each answer by the table: the same code, none where the meaning changed, and nothing across versions it does not cover', () => {
    expect(migratedCode('since:freeze-announced', 2, 3)).toBe('since:freeze-announced');
    expect(migratedCode('unfair:cut-short', 2, 3)).toBeUndefined();
    expect(migratedCode('since:freeze-announced', 1, 3)).toBeUndefined();
    expect(migratedCode('since:freeze-announced', 2, 4)).toBeUndefined();
  });

  it('carries over, at the first question still to answer, when every answer kept its meaning', () => {
    const answers = { stage: ['final-round'], 'internal-applicant': ['no'], differently: ['prepare', 'nerves'] };
    expect(decodeProgress(v2(answers, 3), check)).toEqual({
      status: 'migrated',
      checkVersion: 2,
      value: { checkVersion: 3, answers, step: index('unfair'), reviewing: false },
    });
  });

  it('carries a finished check to "check your answers", dropping answers to questions version 3 no longer asks', () => {
    const finished = {
      stage: ['offer'],
      offer: ['withdrawn'],
      'internal-applicant': ['no'],
      differently: ['nothing'],
      unfair: ['none'],
      'how-told': ['personal'],
      // Version 2 asked what they told you after an offer; version 3 does not (what happened to the offer says why).
      told: ['role-changed'],
      process: ['none'],
      since: ['none'],
      earlier: ['few'],
      // One or two others are no pattern yet: version 3 asks where they came only after three or more.
      'same-stage': ['same'],
    };
    const decoded = decodeProgress(v2(finished, 14), check);
    expect(decoded.status).toBe('migrated');
    const value = decoded.status === 'migrated' ? decoded.value : undefined;
    expect(value?.step).toBe(check.questions.length);
    expect(value?.answers).not.toHaveProperty('told');
    expect(value?.answers).not.toHaveProperty('same-stage');
    expect(value?.answers['offer']).toEqual(['withdrawn']);
    expect(progressProblem(value!, check)).toBeUndefined();
  });

  it.each([
    ['a short interview and a hostile one, which version 3 asks apart', { unfair: ['cut-short'] }],
    [
      'an offer withdrawn after checks, which version 3 asks apart from a mistake of their own',
      { stage: ['offer'], offer: ['after-checks'] },
    ],
    ['an answer no version has', { stage: ['moon'] }],
    ['a question no version has', { weather: ['rain'] }],
    ['two answers to a pick-one question', { stage: ['screening', 'offer'] }],
  ])('is offered as "start the new check" for %s, with nothing kept aside', (_, answers) => {
    expect(decodeProgress(v2(answers), check)).toEqual({ status: 'outdated', checkVersion: 2 });
  });

  it('is offered as "start the new check" when its answers are not lists of ids', () => {
    expect(decodeProgress(JSON.stringify({ checkVersion: 2, answers: { stage: 'final-round' }, step: 0 }), check)).toEqual({
      status: 'outdated',
      checkVersion: 2,
    });
    expect(decodeProgress(JSON.stringify({ checkVersion: 2, answers: null, step: 0 }), check).status).toBe('outdated');
  });

  it('carries every set of version-2 answers that kept its meaning to a state version 3 can be in (fast-check)', () => {
    const changed = Object.keys(answerMigrations[2]!.changed);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1 << 12 }), { minLength: 80, maxLength: 80 }), fc.nat(), (choices, cut) => {
        const complete = answersFromChoices(version2, choices);
        // Progress part of the way through, or finished.
        const answers = Object.fromEntries(Object.entries(complete).slice(0, 1 + (cut % Object.keys(complete).length)));
        const codes = Object.entries(answers).flatMap(([q, options]) => options.map((o) => `${q}:${o}`));
        const decoded = decodeProgress(v2(answers), check);
        if (codes.some((code) => changed.includes(code))) {
          expect(decoded.status).toBe('outdated');
          return;
        }
        expect(decoded.status).toBe('migrated');
        if (decoded.status !== 'migrated') return;
        expect(progressProblem(decoded.value, check)).toBeUndefined();
        for (const [question, options] of Object.entries(decoded.value.answers)) expect(answers[question]).toEqual(options);
      }),
      { numRuns: runs(500) },
    );
  });
});
