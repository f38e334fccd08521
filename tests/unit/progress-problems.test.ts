import { describe, expect, it } from 'vitest';
import { decodeProgress, progressProblem, resultStep, reviewStep } from '../../src/lib/progress-codec';
import { loadCheck } from './content';

const check = loadCheck();
const raw = (value: unknown) => JSON.stringify(value);
const valid = { checkVersion: check.version, answers: {}, step: 0, reviewing: false };
const problemOf = (value: unknown) => {
  const decoded = decodeProgress(raw(value), check);
  return decoded.status === 'unreadable' ? decoded.problem : decoded.status;
};

describe('what stored progress the check refuses, and the words it gives for each', () => {
  it('names each kind of damage', () => {
    expect(problemOf([])).toBe('it is not a check in progress');
    expect(problemOf(null)).toBe('it is not a check in progress');
    expect(problemOf({ ...valid, checkVersion: 0 })).toBe('it has no check version');
    expect(problemOf({ ...valid, checkVersion: 1.5 })).toBe('it has no check version');
    expect(problemOf({ ...valid, checkVersion: check.version + 1 })).toBe(
      `it is from a newer check (version ${check.version + 1})`,
    );
    expect(problemOf({ ...valid, answers: [] })).toBe('its answers are not lists of ids');
    expect(problemOf({ ...valid, step: '0' })).toBe('its step is not valid');
    expect(problemOf({ ...valid, reviewing: 'no' })).toBe('its step is not valid');
    expect(problemOf(valid)).toBe('ok');
  });

  it('reads answers only as short lists of ids in lower case', () => {
    const answers = (list: unknown) => problemOf({ ...valid, answers: { stage: list } });
    expect(answers(Array.from({ length: 21 }, (_, i) => `o${i}`))).toBe('its answers are not lists of ids');
    for (const id of ['-a', 'A', 'a b', 'a'.repeat(65), 3])
      expect(answers([id]), String(id)).toBe('its answers are not lists of ids');
    // Well formed, but not an option of the question: refused by the check's own rules, with their words.
    expect(answers(['a'.repeat(64)])).not.toBe('ok');
    expect(problemOf({ ...valid, answers: { stage: Array.from({ length: 20 }, (_, i) => `o${i}`) } })).not.toBe(
      'its answers are not lists of ids',
    );
    expect(problemOf({ ...valid, answers: { stage: ['a'.repeat(64)] } })).not.toBe('its answers are not lists of ids');
  });

  it('accepts only steps the check can be at', () => {
    const at = (step: number) => progressProblem({ ...valid, step }, check);
    expect(at(-1)).toBe('step -1 is not a step of the check');
    expect(at(1.5)).toBe('step 1.5 is not a step of the check');
    expect(at(resultStep(check) + 1)).toBe(`step ${resultStep(check) + 1} is not a step of the check`);
    expect(at(reviewStep(check))).toBe('the answers are not complete');
    const offer = check.questions.findIndex((question) => question.id === 'offer');
    expect(at(offer)).toBe(`question ${offer + 1} is not asked after these answers`);
    expect(at(2)).toMatch(/^"stage" comes before this step and is not answered$/);
  });
});
