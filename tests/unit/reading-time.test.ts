import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('readingMinutes', () => {
  it('is at least one minute, even for an empty chapter', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('counts 200 words a minute, rounding up', () => {
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });

  it('does not count frontmatter, imports or markup as words', () => {
    const source = `---\ntitle: ${words(300)}\n---\nimport X from './x.astro';\n<Component prop="${words(300)}" />\n## ${words(150)}`;
    expect(readingMinutes(source)).toBe(1);
  });
});
