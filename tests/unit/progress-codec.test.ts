import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, encodeProgress, progressProblem, type CheckProgress } from '../../src/lib/progress-codec';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck } from './content';
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
