import { z } from 'astro/zod';
import { STAGES } from '../lib/rules';

/** A short practice plan for one stage (`src/content/practice/practice.yaml`): the journal offers it when rejections cluster there. */
export const practiceSchema = z.object({
  /** The stage's id, as the check's stage question and the journal's labels have it. */
  id: z.enum(Object.keys(STAGES) as [keyof typeof STAGES, ...(keyof typeof STAGES)[]]),
  title: z.string().trim().min(10),
  steps: z.array(z.string().trim().min(20)).min(2).max(4),
  /** The guide section that says more: a chapter path, with its section's anchor. */
  guide: z.object({ href: z.string().regex(/^\/guide\/[a-z0-9-]+\/#[a-z0-9-]+$/), text: z.string().trim().min(3) }),
});

export type PracticePlan = z.infer<typeof practiceSchema>;
