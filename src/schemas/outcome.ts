import { z } from 'astro/zod';
import { OUTCOME_IDS, type OutcomeId } from '../lib/rules';

/** The four outcomes of the check (the list lives in `lib/rules.ts`, with every other stored-data rule). */
export const outcomeIds = OUTCOME_IDS;
export type { OutcomeId };

/**
 * When a next step applies, from the person's answers (evaluated by `stepsFor` in lib/next-steps.ts):
 * - `{ question, anyOf }`: one of these answers to that question was given;
 * - `{ notAnswered: { question, anyOf } }`: none of them was (including when the question was not asked);
 * - `{ care }`: an answer described treatment that may be unfair (`true`), or none did (`false`);
 * - `{ any: [...] }` and `{ all: [...] }`: one of, or every one of, several conditions.
 * Question and option ids must be the check's own (tests/unit/next-steps.test.ts checks them).
 */
export type StepCondition =
  | { question: string; anyOf: string[] }
  | { notAnswered: { question: string; anyOf: string[] } }
  | { care: boolean }
  | { any: StepCondition[] }
  | { all: StepCondition[] };

const answered = z.object({ question: z.string(), anyOf: z.array(z.string()).min(1) }).strict();

export const stepConditionSchema: z.ZodType<StepCondition> = z.lazy(() =>
  z.union([
    answered,
    z.object({ notAnswered: answered }).strict(),
    z.object({ care: z.boolean() }).strict(),
    z.object({ any: z.array(stepConditionSchema).min(2) }).strict(),
    z.object({ all: z.array(stepConditionSchema).min(2) }).strict(),
  ]),
);

/** A next step: its text alone when it always applies, or with `when` it applies. */
const stepSchema = z.union([
  z.string().trim().min(5),
  z.object({ text: z.string().trim().min(5), when: stepConditionSchema }).strict(),
]);
export type NextStep = z.infer<typeof stepSchema>;

/** One outcome's texts (`src/content/outcomes/<id>.yaml`). */
export const outcomeSchema = z.object({
  /** The outcome as a short phrase: "It looks like it was not you". */
  title: z.string().trim().min(5),
  /** One sentence for link previews and the page's first line, worded for anyone who opens the link (never "you noticed"). */
  summary: z.string().trim().min(20).max(200, 'keep the summary under 200 characters for link previews'),
  /** The first sentence of a person's own result, speaking to them. */
  yours: z.string().trim().min(20),
  /** A short paragraph that says what the outcome means, kindly and without a verdict. */
  meaning: z.string().trim().min(20),
  /**
   * What to do next, in order: concrete steps, each either always true of this outcome or with
   * `when` it applies, so that a result lists only the steps that fit the answers. At least three
   * always apply (all that a page without the answers shows); no set of answers should get more
   * than six (tests/unit/next-steps.test.ts checks it).
   */
  nextSteps: z
    .array(stepSchema)
    .max(10, 'keep to ten next steps in all')
    .refine((steps) => steps.filter((step) => typeof step === 'string').length >= 3, {
      message: 'give at least three next steps that always apply (without `when`)',
    }),
  /** Guide chapters (their ids) that help with this outcome. */
  chapters: z.array(z.string()).min(1, 'link at least one guide chapter'),
  /**
   * The follow-up kit's emails for this outcome (ids in src/content/emails/emails.yaml), the first to
   * send first: an id alone when it always fits, or `{ id, when }` (a feedback request only when no
   * feedback came, say). At least one always fits.
   */
  emails: z
    .array(z.union([z.string(), z.object({ id: z.string(), when: stepConditionSchema }).strict()]))
    .refine((emails) => emails.some((email) => typeof email === 'string'), {
      message: 'list at least one email for the follow-up kit that always fits (without `when`)',
    }),
  /** When the follow-up reminder falls by default, in days from the result. */
  reminderDays: z.number().int().min(1).max(365),
  /** Colour of the outcome's accent on its preview card, as #rrggbb. */
  accent: z.string().regex(/^#[0-9a-f]{6}$/i, 'accent must be a colour like #1f6f4a'),
  /** For "too early to tell": why, when what leans rests on hints, and when nothing points either way (speaking to the person). */
  becauseHintsOnly: z.string().trim().min(20).optional(),
  becauseNoLean: z.string().trim().min(20).optional(),
});

export type Outcome = z.infer<typeof outcomeSchema>;
