import { z } from 'astro/zod';
import { REASON_CODE } from '../lib/rules';

/** Reasons for each axis an answer moved, in the result's words, as they were. */
const reasonTexts = z
  .object({ notYou: z.string().trim().min(10).optional(), learn: z.string().trim().min(10).optional() })
  .strict();

/**
 * The words of an answer of an earlier version of the check that no longer exists, or whose code
 * now means something else (`src/content/check/retired.yaml`): journal entries saved with that
 * version keep their reasons, so their words are kept with them.
 */
export const retiredOptionSchema = z
  .object({
    /** The answer, as `question:option`. */
    code: z.string().regex(REASON_CODE, 'code is question:option, such as "unfair:cut-short"'),
    /** The last version of the check that had these words. */
    version: z.number().int().positive(),
    /** What the person read beside the answer then. */
    label: z.string().trim().min(1),
    /** Its reasons then, for each axis it moved. */
    because: reasonTexts.default({}),
    /** Why it was retired, for whoever edits the check next. */
    why: z.string().trim().min(10),
  })
  .strict();

export const retiredSchema = z
  .object({ options: z.array(retiredOptionSchema).min(1) })
  .strict()
  .refine((retired) => new Set(retired.options.map((option) => option.code)).size === retired.options.length, {
    message: 'each retired answer is listed once',
  });

export type RetiredOption = z.infer<typeof retiredOptionSchema>;
export type Retired = z.infer<typeof retiredSchema>;
