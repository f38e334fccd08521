import { z } from 'astro/zod';
import { stepConditionSchema } from './outcome';

const placeholders = ['company', 'role', 'interviewer', 'name'];

/** Text with {placeholders}; only the ones the action plan asks for are allowed. */
const templateText = z
  .string()
  .trim()
  .min(1)
  .refine((text) => [...text.matchAll(/\{([^}]*)\}/g)].every(([, name]) => placeholders.includes(name ?? '')), {
    message: `placeholders must be one of ${placeholders.map((name) => `{${name}}`).join(', ')}`,
  });

/** One follow-up email on the action plan (`src/content/emails/emails.yaml`). */
export const emailSchema = z.object({
  /** Stable id: thank-you, status-check, feedback-request. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Position on the action plan, in the order a person would send them. */
  order: z.number().int().positive(),
  /** What the email is for, as its heading. */
  title: z.string().trim().min(5),
  subject: templateText,
  body: templateText,
  /**
   * When the email fits, from the person's answers (as a next step's `when`), wherever it is
   * offered: a feedback request only when no feedback came, say. Without it, it always fits.
   */
  when: stepConditionSchema.optional(),
});

export type EmailTemplate = z.infer<typeof emailSchema>;
