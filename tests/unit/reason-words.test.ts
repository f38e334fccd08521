/**
 * Journal entries keep their reasons as codes, whatever version of the check they were saved with:
 * the words of answers that are gone are kept in retired.yaml, checked here against version 2 as
 * released.
 */
import { describe, expect, it } from 'vitest';
import { answerMigrations } from '../../src/lib/check-migrations';
import { computePatterns } from '../../src/lib/patterns';
import { reasonWords } from '../../src/lib/reason-words';
import { optionOf } from '../../src/lib/check-questions';
import { retiredSchema } from '../../src/schemas/retired';
import { loadCheck, loadRetired, loadVersion2Check } from './content';
import { entryV2 } from './fixtures';

const check = loadCheck();
const version2 = loadVersion2Check();
const retired = loadRetired();
const words = reasonWords(check, retired);

describe('the words of retired answers', () => {
  it('hold every version-2 answer whose code is gone or changed meaning, in its own words then', () => {
    const gone = version2.questions.flatMap((question) =>
      question.options
        .map((option) => ({ code: `${question.id}:${option.id}`, option }))
        .filter(({ code }) => !optionOf(check, code) || Object.hasOwn(answerMigrations[2]!.changed, code)),
    );
    expect(gone.map(({ code }) => code).sort()).toEqual(['offer:after-checks', 'unfair:cut-short']);
    for (const { code, option } of gone) {
      const kept = retired.options.find((r) => r.code === code);
      expect(kept, code).toMatchObject({ version: 2, label: option.label, because: option.because ?? {} });
    }
  });

  it('never word a code the check still has as a reason: one set of words serves entries of every version', () => {
    for (const option of retired.options) {
      const now = optionOf(check, option.code);
      if (now) expect(option.because, option.code).toEqual({});
    }
  });

  it('are refused by their schema when an answer is listed twice or its code is not question:option', () => {
    const one = retired.options[0]!;
    expect(retiredSchema.safeParse({ options: [one, one] }).success).toBe(false);
    expect(retiredSchema.safeParse({ options: [{ ...one, code: 'cut-short' }] }).success).toBe(false);
  });
});

describe('reasonWords', () => {
  it('gives each reason in the person’s words: the check’s own, and a retired one’s as it was', () => {
    expect(words['told:role-changed']).toEqual({
      label: 'The role was cancelled, frozen, changed or lost its funding',
      because: { notYou: 'They told you the role was cancelled, frozen, changed or lost its funding.' },
    });
    expect(words['unfair:cut-short']?.label).toBe(
      'The interview was cut very short, or an interviewer was hostile or dismissive',
    );
    expect(words['feedback-view:long-term']?.because).toHaveProperty('learn');
    // Answers that move nothing are never reasons, so they have no words here.
    expect(words['stage:offer']).toBeUndefined();
  });

  it('lets the journal read a pattern across entries of version 2 and 3 alike', () => {
    const reasons = { notYou: ['unfair:cut-short', 'told:role-changed'], learn: [] };
    const entries = [
      entryV2({ id: 'a', reasons, answers: { unfair: ['cut-short'], told: ['role-changed'] } }),
      entryV2({ id: 'b', checkVersion: 3, reasons: { notYou: ['unfair:hostile', 'told:role-changed'], learn: [] } }),
      entryV2({ id: 'c', reasons, answers: { unfair: ['cut-short'] } }),
    ];
    const patterns = computePatterns(entries, (code) => words[code]?.label);
    expect(patterns.recurring).toEqual([
      { id: 'told:role-changed', axis: 'notYou', count: 3 },
      { id: 'unfair:cut-short', axis: 'notYou', count: 2 },
    ]);
  });
});
