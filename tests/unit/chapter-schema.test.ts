import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterSchema, guideSchema } from '../../src/schemas/chapter';

const guideDir = new URL('../../src/content/guide/', import.meta.url);

/** The real chapters, read from disk as Astro's loader would: id from the file name, data from the frontmatter. */
const realChapters = readdirSync(guideDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const source = readFileSync(new URL(name, guideDir), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    return { id: name.replace(/\.mdx$/, ''), data: parse(frontmatter) as unknown };
  });

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('chapter schema', () => {
  it('accepts every real chapter, and the guide as a whole', () => {
    expect(realChapters.length).toBeGreaterThanOrEqual(7);
    for (const chapter of realChapters) {
      expect(messages(chapterSchema.safeParse(chapter.data)), chapter.id).toEqual([]);
    }
    expect(guideSchema.safeParse(realChapters).success).toBe(true);
  });

  it('rejects a chapter without a title, saying so', () => {
    const result = chapterSchema.safeParse({ description: 'A description that is long enough.', order: 1 });
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('every chapter needs a title');
  });

  it('rejects a blank title too', () => {
    const result = chapterSchema.safeParse({ title: '   ', description: 'A description that is long enough.', order: 1 });
    expect(messages(result)).toContain('every chapter needs a title');
  });

  it('rejects an order that is not a positive whole number', () => {
    expect(
      messages(chapterSchema.safeParse({ title: 'T', description: 'A description that is long enough.', order: 1.5 })),
    ).toContain('order must be a whole number');
    expect(
      messages(chapterSchema.safeParse({ title: 'T', description: 'A description that is long enough.', order: 0 })),
    ).toContain('order starts at 1');
  });

  it('rejects two chapters with the same order, naming both', () => {
    const [first, second] = realChapters;
    const clash = [
      first!,
      { id: second!.id, data: { ...(second!.data as object), order: (first!.data as { order: number }).order } },
    ];
    const result = guideSchema.safeParse(clash);
    expect(result.success).toBe(false);
    expect(messages(result).join()).toMatch(new RegExp(`"${first!.id}" and "${second!.id}" both have order`));
  });
});
