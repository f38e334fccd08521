import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schemas/check';
import { decideOutcome, normalise, scoreCheck, type Answers } from '../../src/lib/scoring';
import { loadCheck, readCheckFile } from './content';

const check = loadCheck();
const { thresholds } = check;

/** Answers every question with the option whose id is first found in `preferences`, else leaves it out. */
function answerAll(preferences: string[], overrides: Record<string, string> = {}): Answers {
  const answers: Record<string, string> = {};
  for (const question of check.questions) {
    const option = preferences.map((id) => question.options.find((o) => o.id === id)).find(Boolean);
    if (option) answers[question.id] = option.id;
  }
  return { ...answers, ...overrides };
}

/** Every question answered with the option that moves neither axis and tells the most ("no", "first interview", …). */
const neutral: Answers = Object.fromEntries(
  check.questions.map((question) => {
    const still = question.options.filter((option) => option.notYou === 0 && option.learn === 0);
    return [question.id, still.sort((a, b) => b.evidence - a.evidence)[0]!.id];
  }),
);

describe('the real check file', () => {
  it('passes the schema, with at least 14 questions across four groups', () => {
    expect(check.version).toBeGreaterThanOrEqual(1);
    expect(check.questions.length).toBeGreaterThanOrEqual(14);
    expect(new Set(check.questions.map((q) => q.group))).toEqual(new Set(['company', 'you', 'knowledge', 'pattern']));
  });

  it('rejects a weight outside -2..2, a duplicate id and a "dont-know" that moves an axis, with messages an author understands', () => {
    const base = readCheckFile() as { questions: { id: string; options: { id: string; notYou: number }[] }[] };
    const broken = structuredClone(base);
    broken.questions[0]!.options[0]!.notYou = 3;
    broken.questions[1]!.id = broken.questions[0]!.id;
    broken.questions[2]!.options.find((o) => o.id === 'dont-know')!.notYou = 1;
    const result = checkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain('option weights must be between -2 and 2 (notYou)');
    expect(messages).toContain(`two questions have the id "${base.questions[0]!.id}"; ids must be unique`);
    expect(messages).toContain('"dont-know" options must move nothing: notYou, learn and evidence all 0');
  });
});

describe('scoreCheck', () => {
  it('reaches "not you" when the company froze hiring and pulled the role', () => {
    const result = scoreCheck(check, { ...neutral, 'hiring-freeze': 'yes', 'advert-pulled': 'yes' });
    expect(result.outcome).toBe('not-you');
    expect(result.notYou).toBeGreaterThanOrEqual(thresholds.notYou);
    expect(result.learn).toBe(50);
    expect(result.reasons.notYou.map((r) => r.questionId)).toEqual(['hiring-freeze', 'advert-pulled']);
    expect(result.reasons.learn).toEqual([]);
  });

  it('reaches "learn from it" when a foreseeable question caught the person out and feedback named a gap', () => {
    const result = scoreCheck(check, { ...neutral, 'could-not-answer': 'yes', 'feedback-named-gap': 'yes' });
    expect(result.outcome).toBe('learn-from-it');
    expect(result.reasons.learn.map((r) => r.questionId)).toEqual(['could-not-answer', 'feedback-named-gap']);
  });

  it('reaches "both" when there are strong signs on each side', () => {
    const result = scoreCheck(check, { ...neutral, 'hiring-freeze': 'yes', 'could-not-answer': 'yes' });
    expect(result.outcome).toBe('both');
  });

  it('reaches "too early to tell" when the answers point nowhere, saying why', () => {
    const result = scoreCheck(check, neutral);
    expect(result.evidence).toBeGreaterThanOrEqual(thresholds.minEvidence);
    expect(result).toMatchObject({ outcome: 'too-early', tooEarlyBecause: 'no-clear-lean', notYou: 50, learn: 50 });
  });

  it('gives "too early to tell" for all "don\'t know", whatever else', () => {
    const allDontKnow = answerAll(['dont-know']);
    expect(Object.keys(allDontKnow).length).toBeGreaterThan(10);
    const result = scoreCheck(check, allDontKnow);
    expect(result).toMatchObject({
      outcome: 'too-early',
      tooEarlyBecause: 'little-evidence',
      evidence: 0,
      notYou: 50,
      learn: 50,
    });
  });

  it('gives "too early to tell" on strong signs when little else is known', () => {
    const result = scoreCheck(check, { ...answerAll(['dont-know']), 'hiring-freeze': 'yes', 'could-not-answer': 'yes' });
    expect(result.notYou).toBeGreaterThanOrEqual(thresholds.notYou);
    expect(result.learn).toBeGreaterThanOrEqual(thresholds.learn);
    expect(result).toMatchObject({ outcome: 'too-early', tooEarlyBecause: 'little-evidence' });
  });

  it('treats an unanswered question like "don\'t know", and ignores unknown ids', () => {
    const withoutOne: Record<string, string> = { ...neutral };
    delete withoutOne['hiring-freeze'];
    const full = scoreCheck(check, { ...neutral, 'hiring-freeze': 'no' });
    const missing = scoreCheck(check, withoutOne);
    expect(missing.answered).toBe(full.answered - 1);
    expect(missing.evidence).toBeLessThan(full.evidence);
    expect([missing.notYou, missing.learn]).toEqual([full.notYou, full.learn]);
    const withJunk = scoreCheck(check, { ...withoutOne, 'no-such-question': 'yes', 'hiring-freeze': 'not-an-option' });
    expect(withJunk).toEqual(missing);
  });

  it('gives "too early to tell" with no answers at all', () => {
    expect(scoreCheck(check, {})).toMatchObject({
      outcome: 'too-early',
      evidence: 0,
      answered: 0,
      total: check.questions.length,
    });
  });

  it('lists at most three reasons per axis, strongest first', () => {
    const result = scoreCheck(check, answerAll(['yes', 'many', 'final-round']));
    for (const list of Object.values(result.reasons)) {
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list.map((r) => r.weight)).toEqual([...list.map((r) => r.weight)].sort((a, b) => b - a));
    }
    expect(result.reasons.notYou[0]!.weight).toBe(2);
  });
});

describe('decideOutcome on the thresholds', () => {
  const at = (notYou: number, learn: number, evidence: number) => decideOutcome({ notYou, learn, evidence }, thresholds).outcome;
  const e = thresholds.minEvidence;

  it('counts evidence exactly on the threshold as enough, and one below as too little', () => {
    expect(at(100, 50, e)).toBe('not-you');
    expect(at(100, 50, e - 1)).toBe('too-early');
    expect(at(100, 100, e - 1)).toBe('too-early');
  });

  it('counts an axis exactly on its threshold as pointing that way', () => {
    expect(at(thresholds.notYou, 50, 100)).toBe('not-you');
    expect(at(thresholds.notYou - 1, 50, 100)).toBe('too-early');
    expect(at(50, thresholds.learn, 100)).toBe('learn-from-it');
    expect(at(50, thresholds.learn - 1, 100)).toBe('too-early');
  });

  it('gives "both" when both axes sit exactly on their thresholds (a tie goes to both)', () => {
    expect(at(thresholds.notYou, thresholds.learn, e)).toBe('both');
    expect(at(thresholds.notYou, thresholds.learn - 1, e)).toBe('not-you');
  });

  it('normalises to the ends of the scale and no further', () => {
    const full = thresholds.fullScale;
    expect([normalise(0, full), normalise(full, full), normalise(-full, full), normalise(10 * full, full)]).toEqual([
      50, 100, 0, 100,
    ]);
  });
});

describe('scoring properties (fast-check)', () => {
  /** Any mix of answers: each question unanswered or answered with one of its options. */
  const anyAnswers = fc
    .tuple(
      ...check.questions.map((question) => fc.option(fc.constantFrom(...question.options.map((o) => o.id)), { nil: undefined })),
    )
    .map((choices) => {
      const answers: Record<string, string> = {};
      choices.forEach((choice, index) => {
        if (choice !== undefined) answers[check.questions[index]!.id] = choice;
      });
      return answers;
    });

  it('keeps every score within 0-100 and every outcome one of the four', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scoreCheck(check, answers);
        for (const value of [result.notYou, result.learn, result.evidence]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(['not-you', 'learn-from-it', 'both', 'too-early']).toContain(result.outcome);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lowers an axis when one answer is swapped for one that weighs more on that axis', () => {
    const swap = fc.tuple(anyAnswers, fc.nat(check.questions.length - 1), fc.nat(5), fc.nat(5));
    fc.assert(
      fc.property(swap, ([answers, questionIndex, a, b]) => {
        const question = check.questions[questionIndex]!;
        const first = question.options[a % question.options.length]!;
        const second = question.options[b % question.options.length]!;
        const before = scoreCheck(check, { ...answers, [question.id]: first.id });
        const after = scoreCheck(check, { ...answers, [question.id]: second.id });
        if (second.notYou >= first.notYou) expect(after.notYou).toBeGreaterThanOrEqual(before.notYou);
        if (second.learn >= first.learn) expect(after.learn).toBeGreaterThanOrEqual(before.learn);
        if (second.evidence >= first.evidence) expect(after.evidence).toBeGreaterThanOrEqual(before.evidence);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(scoreCheck(check, answers)).toEqual(scoreCheck(check, answers));
      }),
    );
  });
});
