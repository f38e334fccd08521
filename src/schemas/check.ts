import { z } from 'astro/zod';

/**
 * The check's content (`src/content/check/check.yaml`): questions, what each answer tells, and the
 * lines between the outcomes. Answers carry their own reason text (to the person, and to a friend
 * who opens their link) and a kind of evidence; questions can be "tick any"; skip rules, answers that
 * discount others and facts told two ways are data (version 3).
 */

/** Content ids are stable, readable slugs: share links and saved checks refer to them. */
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens, such as "role-changed"');

/**
 * How sure the person can be of what an answer says, and so how much a lean can rest on it:
 * - `first-hand`: the company said or did it, to the person (a reason given, feedback they accept, an offer);
 * - `inside`: someone inside told them (a contact, a former colleague, a recruiter off the record):
 *   more than a rumour, less than an announcement;
 * - `definite`: the person knows it happened (their own interview, a fact they have checked);
 * - `hint`: a suspicion, a rumour or a sign;
 * - `known`: a plain fact that points neither way (including "this does not apply");
 * - `unknown`: the person does not know yet; finding out could settle the result.
 */
export const evidenceKinds = ['first-hand', 'inside', 'definite', 'hint', 'known', 'unknown'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** The kinds that can move an axis. */
export const causeKinds: readonly EvidenceKind[] = ['first-hand', 'inside', 'definite', 'hint'];

const weight = (axis: string) =>
  z
    .number()
    .int(`weights are whole numbers from 0 to 3 (${axis})`)
    .min(0, `weights are whole numbers from 0 to 3 (${axis})`)
    .max(3, `weights are whole numbers from 0 to 3 (${axis})`)
    .default(0);

/** Reasons for each axis an answer moves, in the result's words. */
const reasonTexts = z
  .object({ notYou: z.string().trim().min(10).optional(), learn: z.string().trim().min(10).optional() })
  .strict()
  .optional();

/** A skip rule: a question is asked (showIf) or not asked (hideIf) when an earlier one has one of these answers. */
const ruleSchema = z.object({ question: slug, anyOf: z.array(slug).min(1) });

/**
 * An answer that takes another's weight away when both are given, because it may have caused it:
 * adjustments refused, then running out of time on the task. The discounted answer is shown, with
 * `because`, but counts for nothing.
 */
const discountSchema = z.object({
  question: slug,
  options: z.array(slug).min(1),
  /** Why, to the person: shown in place of the discounted answer's reason. */
  because: z.string().trim().min(10),
  /** The same, to a friend who opens their link. */
  theirs: z.string().trim().min(10),
});

/** One answer a person can pick, what it tells, and why it moves an axis. */
export const optionSchema = z.object({
  /** Stable id, stored in saved checks and links: `role-changed`, `not-sure` and the like. */
  id: slug,
  /** What the person reads beside the radio button or checkbox. */
  label: z.string().trim().min(1, 'every option needs a label'),
  /** Toward "not you": a cause outside how the person did (the company's side, or a matter of fit). */
  notYou: weight('notYou'),
  /** Toward "learn from it": something in how the person prepared or interviewed that they can change. */
  learn: weight('learn'),
  /** How sure the person can be of it; see `evidenceKinds`. */
  evidence: z.enum(evidenceKinds, { error: `evidence must be one of: ${evidenceKinds.join(', ')}` }),
  /**
   * The reason, in the result's words, for each axis this answer moves: worded at the strength of
   * the answer ("You suspect an internal candidate got the job", not "An internal candidate got it").
   */
  because: reasonTexts,
  /** The same reasons, about the person, for a friend who opens their link: "They were told …", never "you". */
  theirs: reasonTexts,
  /**
   * What the answer says happened (`role-gone`, `chosen-known`): answers that tell one fact, such as
   * an announced freeze and being told the role was frozen, count once, by the strongest of them.
   */
  fact: slug.optional(),
  /** The company's own statement of a reason that explains the no on its own (the role cancelled, a close call). */
  decisive: z.boolean().default(false),
  /** Something the person would do differently looking back: on its own, beside a decisive reason, one thing to sharpen, not a cause. */
  hindsight: z.boolean().default(false),
  /** Answers this one discounts when both are given. */
  discounts: z.array(discountSchema).optional(),
  /**
   * Words for the person's interview answer ("How have you dealt with a rejection?"), used only
   * for what the answer says as a fact: for the stage, what completes "I …" ("reached the final
   * round"); for a thing to practise, what completes "I saw that I could …"; for a cause on the
   * company's side, a neutral clause that completes "They told me that …" or "I later found out that …". Hints and unfair
   * treatment have none: an interview answer states facts, and never blames.
   */
  star: z.string().trim().min(5).optional(),
  /** A line that says what the answer means for the next steps (context questions, and answers that are not causes). */
  context: z.string().trim().min(10).optional(),
  /** The same line, about the person, for a friend who opens their link. */
  contextTheirs: z.string().trim().min(10).optional(),
  /** For "tick any" questions: this answer cannot be ticked with others ("None of these", "I'm not sure"). */
  exclusive: z.boolean().default(false),
  /** `unfair`: the answer describes treatment that may be unfair or unlawful; the result shows where to get advice. */
  care: z.literal('unfair').optional(),
});

/** How to find something out, named in the result when a question's answer is unknown. */
const findOutSchema = z.object({
  /** A short instruction: "Ask for feedback: one or two sentences back change the picture." */
  text: z.string().trim().min(10),
  /** The same, about the person, for a friend who opens their link: "They could ask for feedback …", never "you". */
  theirs: z.string().trim().min(10),
  /** Where the help is: a guide section or the follow-up kit, as a path on this site. */
  href: z
    .string()
    .regex(/^\/[a-z0-9/#-]*$/, 'findOut.href is a path on this site, such as /guide/follow-up-well/#asking-for-feedback'),
  /** The link's words. */
  link: z.string().trim().min(3),
});

/** One question, shown one per step. */
export const questionSchema = z.object({
  id: slug,
  /** The group's id, from `groups`. */
  group: slug,
  /** The question, as the step's heading. Ask about what happened, not about feelings. */
  text: z.string().trim().min(10, 'every question needs its text'),
  /** A few words for the question in lists: "What they told you". */
  short: z.string().trim().min(3, 'every question needs a short name for lists'),
  /** An optional line under the question that says how to answer it. */
  hint: z.string().trim().min(1).optional(),
  /** `one`: choose one answer (radio buttons); `many`: tick any that apply (checkboxes). */
  type: z.enum(['one', 'many']).default('one'),
  /**
   * A context question (the stage reached, follow-up, the pattern so far) never moves an axis: its
   * answers shape the next steps and are shown apart from the reasons.
   */
  context: z.boolean().default(false),
  /** Ask this question only when an earlier question was answered with one of these options. */
  showIf: ruleSchema.optional(),
  /** Do not ask this question when an earlier question was answered with one of these options. */
  hideIf: ruleSchema.optional(),
  /** How to find out, when the answer is unknown. */
  findOut: findOutSchema.optional(),
  options: z
    .array(optionSchema)
    .min(2, 'a question needs at least two options')
    .max(12, 'keep a question to twelve options or fewer'),
});

/** Where the lines between the outcomes fall. Kept as data so a change is visible and versioned. */
export const thresholdsSchema = z.object({
  /** The summed weight on one side at which the answers lean that way. */
  lean: z.number().int().positive('lean must be a whole number above 0'),
});

/** The whole check. */
export const checkSchema = z
  .object({
    /** Bump on any change to ids, options, weights, evidence kinds, skip rules or thresholds (a test enforces it). */
    version: z.number().int().positive('version starts at 1'),
    thresholds: thresholdsSchema,
    groups: z.array(z.object({ id: slug, title: z.string().trim().min(1) })).min(1),
    questions: z.array(questionSchema).min(8, 'the check needs at least 8 questions'),
  })
  .superRefine((check, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const groups = new Set(check.groups.map((group) => group.id));
    const earlier = new Map<string, Set<string>>();
    for (const question of check.questions) {
      const where = `question "${question.id}"`;
      if (earlier.has(question.id)) issue(`two questions have the id "${question.id}"; ids must be unique`);
      if (!groups.has(question.group)) issue(`${where} names group "${question.group}", which is not in groups`);
      const optionIds = question.options.map((option) => option.id);
      if (new Set(optionIds).size !== optionIds.length) issue(`${where} has two options with the same id`);
      for (const [name, rule] of [
        ['showIf', question.showIf],
        ['hideIf', question.hideIf],
      ] as const) {
        if (!rule) continue;
        const options = earlier.get(rule.question);
        if (!options) issue(`${where}: ${name} names "${rule.question}", which must be an earlier question`);
        for (const id of rule.anyOf) {
          if (options && !options.has(id))
            issue(`${where}: ${name} names "${rule.question}: ${id}", which is not one of its options`);
        }
      }
      if (/\byou(r|rs|rself)?\b/i.test(question.findOut?.theirs ?? ''))
        issue(`${where}: findOut.theirs is read by a friend, so it speaks of "they", never "you"`);
      if (question.options.some((option) => option.evidence === 'unknown') && !question.findOut) {
        issue(`${where} has an "unknown" answer, so it needs findOut: how the person can find out`);
      }
      for (const option of question.options) {
        const at = `option "${question.id}: ${option.id}"`;
        for (const axis of ['notYou', 'learn'] as const) {
          for (const field of ['because', 'theirs'] as const) {
            const text = option[field]?.[axis];
            if (option[axis] > 0 && !text) {
              issue(`${at} moves "${axis}" but has no reason for it: add ${field}.${axis}, worded at the strength of the answer`);
            }
            if (option[axis] === 0 && text)
              issue(`${at} has a reason for "${axis}" but does not move it: remove ${field}.${axis} or give a weight`);
          }
          if (/\byou(r|rs|rself)?\b/i.test(option.theirs?.[axis] ?? ''))
            issue(`${at}: theirs.${axis} is read by a friend, so it speaks of "they", never "you"`);
        }
        if (option.context && !option.contextTheirs) issue(`${at} has a context line, so it needs contextTheirs for a friend`);
        if (/\byou(r|rs|rself)?\b/i.test(option.contextTheirs ?? ''))
          issue(`${at}: contextTheirs is read by a friend, so it speaks of "they", never "you"`);
        if (option.decisive && !(option.evidence === 'first-hand' && option.notYou > 0))
          issue(`${at} is decisive, which only something the company said that points to its side can be`);
        if (option.hindsight && !(option.learn > 0 && option.notYou === 0))
          issue(`${at} is hindsight, which only a thing to practise can be`);
        // A mistake the company named is a clear failing of the person's own, never a small thing to sharpen.
        if (option.hindsight && option.evidence === 'first-hand')
          issue(`${at} is hindsight, which is the person's own view looking back: it cannot be first-hand`);
        for (const discount of option.discounts ?? []) {
          const target = check.questions.find((q) => q.id === discount.question);
          if (!target) issue(`${at} discounts "${discount.question}", which is not a question`);
          for (const id of discount.options) {
            const discounted = target?.options.find((o) => o.id === id);
            if (target && !discounted) issue(`${at} discounts "${discount.question}: ${id}", which is not one of its options`);
            if (discounted && discounted.learn === 0 && discounted.notYou === 0)
              issue(`${at} discounts "${discount.question}: ${id}", which moves nothing`);
          }
          if (/\byou(r|rs|rself)?\b/i.test(discount.theirs)) issue(`${at}: a discount's theirs speaks of "they", never "you"`);
        }
        const moves = option.notYou > 0 || option.learn > 0;
        if (moves && !causeKinds.includes(option.evidence)) {
          issue(`${at} moves an axis, so its evidence must be first-hand, inside, definite or hint (not ${option.evidence})`);
        }
        if (!moves && causeKinds.includes(option.evidence)) {
          issue(`${at} moves nothing, so its evidence must be "known" or "unknown" (not ${option.evidence})`);
        }
        if (question.context && moves) issue(`${at} is in a context question, which never moves an axis`);
        if (option.care && option.learn > 0)
          issue(`${at} describes unfair treatment, which is never something to learn: set learn to 0`);
        if (option.exclusive && question.type !== 'many') issue(`${at} is exclusive, which only "tick any" questions can have`);
        if (option.star && (option.evidence === 'hint' || option.evidence === 'inside' || option.care)) {
          issue(`${at} is a hint, word from inside or unfair treatment, which an interview answer should not state: remove star`);
        }
      }
      earlier.set(question.id, new Set(optionIds));
    }
  });

export type CheckOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Check = z.infer<typeof checkSchema>;
