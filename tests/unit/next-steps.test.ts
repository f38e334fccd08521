/**
 * The next steps each result lists, from the real outcome files and the real check: every step says
 * when it applies, names only the check's own questions and answers, and a result lists only the
 * steps that fit the answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import { stepsFor } from '../../src/lib/next-steps';
import { scoreCheck } from '../../src/lib/scoring';
import { outcomeSchema, type StepCondition } from '../../src/schemas/outcome';
import { answersArbitrary } from './check-arbitraries';
import { loadCheck, loadEmails, loadOutcomes } from './content';
import { neutralAnswers } from './fixtures';
import { runs } from './runs';

const check = loadCheck();
const outcomes = loadOutcomes();
const answersFor = (changes: Record<string, string[]>) => keepShown(check, { ...neutralAnswers, ...changes });
/** The steps the outcome's own result lists for these answers. */
const stepsOf = (outcome: string, answers: Record<string, readonly string[]> | undefined) =>
  stepsFor(outcomes[outcome]!, answers, check);

const always = (outcome: string) => outcomes[outcome]!.nextSteps.filter((step) => typeof step === 'string');
const conditioned = (outcome: string, words: RegExp) =>
  outcomes[outcome]!.nextSteps.flatMap((step) => (typeof step !== 'string' && words.test(step.text) ? [step.text] : []));

const asksForFeedback = /feedback request|ask them for feedback|ask for it/i;

/** Every question and answer a condition names. */
function named(condition: StepCondition): { question: string; anyOf: string[] }[] {
  if ('care' in condition) return [];
  if ('any' in condition) return condition.any.flatMap(named);
  if ('all' in condition) return condition.all.flatMap(named);
  if ('notAnswered' in condition) return [condition.notAnswered];
  return [condition];
}

describe('the outcomes’ next steps', () => {
  it('name only questions and answers the check has (and so do the conditions on the follow-up kit’s emails)', () => {
    for (const [id, outcome] of Object.entries(outcomes)) {
      const emails = [
        ...outcome.emails.flatMap((email) => (typeof email === 'string' ? [] : [{ text: email.id, when: email.when }])),
        ...Object.values(loadEmails()).flatMap((email) => (email.when ? [{ text: email.id, when: email.when }] : [])),
      ];
      for (const step of [...outcome.nextSteps, ...emails]) {
        if (typeof step === 'string') continue;
        for (const { question, anyOf } of named(step.when)) {
          const options = check.questions.find((q) => q.id === question)?.options.map((o) => o.id);
          expect(options, `${id}: "${step.text}" names question "${question}"`).toBeDefined();
          for (const option of anyOf) expect(options, `${id}: "${step.text}" names "${question}: ${option}"`).toContain(option);
        }
      }
    }
  });

  it('are refused by the schema without three that always apply, or with a condition of another shape', () => {
    const withSteps = (nextSteps: unknown[]) => outcomeSchema.safeParse({ ...outcomes['not-you'], nextSteps }).success;
    expect(withSteps(['One step to take.', 'Another step.', 'A third step.'])).toBe(true);
    expect(withSteps(['One step to take.', 'Another step.', { text: 'A third step.', when: { care: true } }])).toBe(false);
    const three = ['One step to take.', 'Another step.', 'A third step.'];
    expect(withSteps([...three, { text: 'Only sometimes.', when: { question: 'offer', anyOf: [] } }])).toBe(false);
    expect(withSteps([...three, { text: 'Only sometimes.', when: { weather: 'rain' } }])).toBe(false);
    expect(withSteps([...three, { text: 'Only sometimes.', when: { any: [{ care: true }] } }])).toBe(false);
    expect(
      withSteps([
        ...three,
        { text: 'Only sometimes.', when: { all: [{ care: false }, { notAnswered: { question: 'told', anyOf: ['feedback'] } }] } },
      ]),
    ).toBe(true);
  });

  it('without the answers, lists only the steps that always apply', () => {
    for (const id of Object.keys(outcomes)) {
      expect(stepsOf(id, undefined)).toEqual(always(id));
      expect(always(id).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('“not you”: the withdrawn-offer step only after a withdrawn offer, the unfair step only with unfair treatment', () => {
    const withdrawnStep = conditioned('not-you', /An offer was withdrawn/)[0]!;
    const unfairStep = conditioned('not-you', /may have been unfair/)[0]!;
    for (const offer of ['withdrawn', 'withdrawn-reason', 'after-checks']) {
      expect(stepsOf('not-you', answersFor({ stage: ['offer'], offer: [offer] }))).toContain(withdrawnStep);
    }
    for (const offer of ['silence', 'terms']) {
      expect(stepsOf('not-you', answersFor({ stage: ['offer'], offer: [offer] }))).not.toContain(withdrawnStep);
    }
    expect(stepsOf('not-you', answersFor({ told: ['role-changed'] }))).not.toContain(withdrawnStep);
    expect(stepsOf('not-you', answersFor({ told: ['role-changed'] }))).not.toContain(unfairStep);
    // Unfair treatment first: advice comes before any reply.
    expect(stepsOf('not-you', answersFor({ unfair: ['hostile'] }))[0]).toBe(unfairStep);
  });

  it('“not you”: the reminder that a frozen role comes back, only when the role was cancelled, frozen or cut', () => {
    const reminder = conditioned('not-you', /frozen or cancelled role/)[0]!;
    for (const changes of [
      { told: ['role-changed'] },
      { stage: ['offer'], offer: ['withdrawn-reason'] },
      { since: ['freeze-announced'] },
      { since: ['inside-cut'] },
    ]) {
      expect(stepsOf('not-you', answersFor(changes)), JSON.stringify(changes)).toContain(reminder);
    }
    for (const changes of [{ told: ['someone-internal'] }, { told: ['practical-fit'] }, { stage: ['offer'], offer: ['terms'] }]) {
      expect(stepsOf('not-you', answersFor(changes)), JSON.stringify(changes)).not.toContain(reminder);
    }
  });

  it('“too early”: after an offer followed by silence, asks where the offer stands, never for feedback or for what to correct', () => {
    const answers = answersFor({ stage: ['offer'], offer: ['silence'] });
    const steps = stepsOf('too-early', answers);
    expect(steps.some((step) => /where things stand with the offer/.test(step))).toBe(true);
    expect(steps.some((step) => asksForFeedback.test(step))).toBe(false);
    const findOut = check.questions.find((q) => q.id === 'offer')?.findOut;
    for (const text of [...steps, findOut?.text ?? '']) expect(text).not.toMatch(/correct anything/);
  });

  it('asks for feedback only when none was given, asked for or refused', () => {
    expect(stepsOf('too-early', answersFor({})).some((step) => asksForFeedback.test(step))).toBe(true);
    for (const changes of [
      { 'asked-feedback': ['waiting'] },
      { 'asked-feedback': ['refused'] },
      { told: ['feedback'], feedback: ['vague'] },
    ]) {
      expect(stepsOf('too-early', answersFor(changes)).some((step) => asksForFeedback.test(step))).toBe(false);
    }
  });

  it('fit the answers of every result: three to six steps, never a feedback request or an innocent explanation after unfair treatment (fast-check)', () => {
    const unfair = answersArbitrary(check).map((answers) => keepShown(check, { ...answers, unfair: ['adjustments'] }));
    fc.assert(
      fc.property(fc.oneof(answersArbitrary(check), unfair), (answers) => {
        const result = scoreCheck(check, answers);
        const steps = stepsOf(result.outcome, answers);
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(steps.length).toBeLessThanOrEqual(6);
        expect(new Set(steps).size).toBe(steps.length);
        if (result.care) {
          expect(
            steps.some((step) => asksForFeedback.test(step)),
            steps.join('\n'),
          ).toBe(false);
          expect(steps.some((step) => /company’s news/.test(step))).toBe(false);
          expect(steps.some((step) => /may have been unfair/.test(step)) || result.outcome === 'learn-from-it').toBe(true);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('learn from it: a mistake in their own documents gets a check of the documents, not practice out loud', () => {
    const steps = stepsOf('learn-from-it', answersFor({ stage: ['offer'], offer: ['checks-mistake'] }));
    expect(steps.some((step) => /document and certificate/.test(step))).toBe(true);
    expect(steps.some((step) => /out loud/.test(step))).toBe(false);
    const pattern = stepsOf('learn-from-it', answersFor({ earlier: ['many'], 'same-stage': ['same'], differently: ['results'] }));
    expect(pattern.filter((step) => /out loud/.test(step))).toHaveLength(1);
    expect(pattern.some((step) => /same stage/.test(step))).toBe(true);
  });
});
