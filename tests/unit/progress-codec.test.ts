import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, encodeProgress, type CheckProgress } from '../../src/lib/progress-codec';
import { loadCheck } from './content';

const check = loadCheck();
const [first, second] = check.questions;
const saved: CheckProgress = {
  checkVersion: check.version,
  answers: { [first!.id]: first!.options[0]!.id, [second!.id]: second!.options[1]!.id },
  step: 2,
  reviewing: false,
};

describe('decodeProgress', () => {
  it('reads back what was written', () => {
    expect(decodeProgress(encodeProgress(saved), check)).toEqual({ status: 'ok', value: saved });
  });

  it.each([
    ['not JSON', '{"checkVersion":1,'],
    ['an empty string', ''],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['another program’s object', '{"theme":"dark"}'],
    ['a missing field', JSON.stringify({ checkVersion: check.version, answers: {}, step: 0 })],
    ['a negative step', JSON.stringify({ ...saved, step: -1 })],
    ['a fractional step', JSON.stringify({ ...saved, step: 1.5 })],
    ['answers that are not strings', JSON.stringify({ ...saved, answers: { [first!.id]: 3 } })],
    ['an over-long answer', JSON.stringify({ ...saved, answers: { [first!.id]: 'x'.repeat(65) } })],
    ['a newer check version', JSON.stringify({ ...saved, checkVersion: check.version + 1 })],
    [
      'an unknown question at this version',
      JSON.stringify({ ...saved, answers: { ...saved.answers, 'no-such-question': 'yes' } }),
    ],
    ['an unknown option at this version', JSON.stringify({ ...saved, answers: { [first!.id]: 'maybe' } })],
    ['a step beyond the result', JSON.stringify({ ...saved, step: check.questions.length + 5 })],
  ])('calls %s unreadable, without throwing', (_, raw) => {
    expect(decodeProgress(raw, check)).toEqual({ status: 'unreadable' });
  });

  it('migrates progress saved under an older version of the questions, keeping the answers that still apply', () => {
    // The next release of the questions: version bumped and the second question retired. The saved
    // progress also holds an option that the third question no longer offers.
    const next = { version: check.version + 1, questions: check.questions.filter((question) => question.id !== second!.id) };
    const old = { ...saved, answers: { ...saved.answers, [check.questions[2]!.id]: 'retired-option' }, step: 3 };
    const result = decodeProgress(JSON.stringify(old), next);
    expect(result.status).toBe('migrated');
    if (result.status !== 'migrated') return;
    expect(result.value.checkVersion).toBe(next.version);
    expect(result.value.answers).toEqual({ [first!.id]: first!.options[0]!.id });
    // Resumes at the first question left without an answer.
    expect(result.value.step).toBe(1);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const result = decodeProgress(raw, check);
        expect(['ok', 'migrated', 'unreadable']).toContain(result.status);
      }),
      { numRuns: 2000 },
    );
  });
});
