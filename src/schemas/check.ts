import { z } from 'astro/zod';

/** Content ids are stable, readable slugs: share links and saved checks refer to them. */
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens, such as "hiring-freeze"');

const weight = (axis: string) =>
  z
    .number({ error: `every option needs a "${axis}" weight` })
    .min(-2, `option weights must be between -2 and 2 (${axis})`)
    .max(2, `option weights must be between -2 and 2 (${axis})`);

/** One answer a person can pick, and how it moves the two axes and the evidence. */
export const optionSchema = z
  .object({
    /** Stable id, stored in saved checks: `yes`, `partly`, `no`, `dont-know` and the like. */
    id: slug,
    /** What the person reads beside the radio button. */
    label: z.string().trim().min(1, 'every option needs a label'),
    /** Toward "not you": a cause on the company's side. */
    notYou: weight('notYou'),
    /** Toward "learn from it": a cause the candidate can fix. */
    learn: weight('learn'),
    /** How much this answer tells us, 0 (nothing, as "don't know") to 2 (a clear fact). */
    evidence: z.number().min(0, 'evidence must be between 0 and 2').max(2, 'evidence must be between 0 and 2'),
  })
  .refine((option) => option.id !== 'dont-know' || (option.notYou === 0 && option.learn === 0 && option.evidence === 0), {
    message: '"dont-know" options must move nothing: notYou, learn and evidence all 0',
  });

/** One evidence question, shown one per step. */
export const questionSchema = z
  .object({
    id: slug,
    /** The group's id, from `groups`. */
    group: slug,
    /** The question, as the step's heading. Ask about what happened, not about feelings. */
    text: z.string().trim().min(10, 'every question needs its text'),
    /** An optional line under the question that says how to find the answer. */
    hint: z.string().trim().min(1).optional(),
    /** The sign, in a few plain words, that completes "… because …" in the result's explanation. */
    signal: z.string().trim().min(5, 'every question needs a signal: a few words for the explanation'),
    options: z
      .array(optionSchema)
      .min(2, 'a question needs at least two options')
      .max(6, 'keep a question to six options or fewer'),
  })
  .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, {
    message: 'option ids must be unique within a question',
  });

/** Where the lines between the outcomes fall. Kept as data so a change is visible and versioned. */
export const thresholdsSchema = z.object({
  /** Below this evidence level (0-100) the outcome is "too early to tell". */
  minEvidence: z.number().min(0).max(100),
  /** An axis at or above its threshold (0-100, midpoint 50) points that way. */
  notYou: z.number().gt(50, 'a threshold must be above the midpoint, 50').max(100),
  learn: z.number().gt(50, 'a threshold must be above the midpoint, 50').max(100),
  /** The summed weight at which an axis reaches 100 (and its negative, 0). */
  fullScale: z.number().positive('fullScale must be above 0'),
});

/** The whole check (`src/content/check/check.yaml`). */
export const checkSchema = z
  .object({
    /** Bump on any change to questions, options, weights or thresholds. */
    version: z.number().int().positive('version starts at 1'),
    thresholds: thresholdsSchema,
    groups: z.array(z.object({ id: slug, title: z.string().trim().min(1) })).min(1),
    questions: z.array(questionSchema).min(14, 'the check needs at least 14 questions'),
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    const groups = new Set(check.groups.map((group) => group.id));
    for (const question of check.questions) {
      if (seen.has(question.id))
        ctx.addIssue({ code: 'custom', message: `two questions have the id "${question.id}"; ids must be unique` });
      seen.add(question.id);
      if (!groups.has(question.group)) {
        ctx.addIssue({
          code: 'custom',
          message: `question "${question.id}" names group "${question.group}", which is not in groups`,
        });
      }
    }
  });

export type CheckOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Check = z.infer<typeof checkSchema>;
