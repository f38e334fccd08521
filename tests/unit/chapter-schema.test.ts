import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { IN_SHORT_MAX, chapterSchema, guideSchema } from '../../src/schemas/chapter';

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

  describe('"In short" and the reviewed date', () => {
    const valid = {
      title: 'A chapter',
      description: 'A description that is long enough.',
      order: 1,
      inShort: ['One thing to know.', 'Another thing to know.', 'A third thing, with “quotes”.'],
      reviewed: '2026-11-28',
    };
    const check = (change: Record<string, unknown>) => messages(chapterSchema.safeParse({ ...valid, ...change }));

    it('accepts three sentences and a real date in the past', () => {
      expect(check({})).toEqual([]);
      expect(check({ inShort: ['“Never” is a big word.', 'Is it really?', 'Yes!'] })).toEqual([]);
    });

    it('needs exactly three lines', () => {
      expect(check({ inShort: valid.inShort.slice(0, 2) })).toEqual(['the "In short" list has exactly three sentences']);
      expect(check({ inShort: [...valid.inShort, 'A fourth.'] })).toEqual(['the "In short" list has exactly three sentences']);
      expect(check({ inShort: undefined })).toEqual(['every chapter needs an "In short" list of three sentences']);
    });

    it('needs each line to be one short sentence', () => {
      expect(check({ inShort: ['no capital letter.', ...valid.inShort.slice(1)] })).toEqual([
        'each "In short" line starts like a sentence, with a capital letter',
      ]);
      expect(check({ inShort: ['No full stop', ...valid.inShort.slice(1)] })).toEqual([
        'each "In short" line ends like a sentence, with a full stop, ? or !',
      ]);
      expect(check({ inShort: ['One sentence. And another.', ...valid.inShort.slice(1)] })).toEqual([
        'each "In short" line is one sentence, not two',
      ]);
      expect(check({ inShort: [`${'A long line '.repeat(12)}end.`, ...valid.inShort.slice(1)] })).toEqual([
        `keep each "In short" line to ${IN_SHORT_MAX} characters or fewer`,
      ]);
    });

    it('needs a reviewed date that is real, written in quotes, and not in the future', () => {
      expect(check({ reviewed: undefined })).toEqual(["every chapter needs a reviewed date, such as reviewed: '2026-11-28'"]);
      // What the frontmatter reader makes of an unquoted date: 2026-02-30 would arrive as 2 March.
      expect(check({ reviewed: new Date('2026-03-02T00:00:00Z') })).toEqual([
        "write the reviewed date in quotes, such as reviewed: '2026-11-28', so that it can be checked",
      ]);
      for (const reviewed of ['2026-02-30', '2026-13-01', '28 November 2026', '2026-11-28T10:00:00Z']) {
        expect(check({ reviewed }), reviewed).toEqual([
          "reviewed must be a real date written 'YYYY-MM-DD', such as '2026-11-28'",
        ]);
      }
      expect(check({ reviewed: '2999-01-01' })).toEqual(['the reviewed date cannot be in the future']);
    });

    it('every real chapter has its own three lines', () => {
      const lines = realChapters.flatMap((chapter) => (chapter.data as { inShort: string[] }).inShort);
      expect(lines).toHaveLength(3 * realChapters.length);
      expect(new Set(lines).size).toBe(lines.length);
    });
  });
});
