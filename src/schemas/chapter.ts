import { z } from 'astro/zod';

/** The frontmatter of one guide chapter (`src/content/guide/*.mdx`). */
export const chapterSchema = z.object({
  /** The chapter's title, shown as its heading and in the browser tab. */
  title: z.string({ error: 'every chapter needs a title' }).trim().min(1, 'every chapter needs a title'),
  /** One or two sentences for the guide index, search results and link previews. */
  description: z
    .string({ error: 'every chapter needs a description' })
    .trim()
    .min(20, 'the description should be a full sentence of at least 20 characters')
    .max(200, 'keep the description under 200 characters so previews do not cut it off'),
  /** Position in the guide, starting at 1. Each chapter has its own. */
  order: z
    .number({ error: 'every chapter needs an order (1, 2, 3 …)' })
    .int('order must be a whole number')
    .positive('order starts at 1'),
  /** A few words naming the source message the chapter carries, for the guide index. */
  summary: z.string().trim().min(1).optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;

/**
 * The guide as a whole: rules across chapters that one chapter's schema cannot see.
 * Each item pairs the chapter's id (its file name) with its frontmatter.
 */
export const guideSchema = z
  .array(z.object({ id: z.string(), data: chapterSchema }))
  .min(1, 'the guide needs at least one chapter')
  .superRefine((chapters, ctx) => {
    const seen = new Map<number, string>();
    for (const chapter of chapters) {
      const other = seen.get(chapter.data.order);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `chapters "${other}" and "${chapter.id}" both have order ${chapter.data.order}; give each chapter its own`,
        });
      }
      seen.set(chapter.data.order, chapter.id);
    }
  });
