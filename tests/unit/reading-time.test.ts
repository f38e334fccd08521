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

  it('leaves out only frontmatter at the very start and import lines that start a line', () => {
    expect(readingMinutes(`${words(150)}\n---\n${words(100)}\n---`)).toBe(2);
    expect(readingMinutes(`${words(150)} import ${words(100)}`)).toBe(2);
    expect(readingMinutes(`import { ${words(250)} } from 'x';\n${words(10)}`)).toBe(1);
  });

  it('keeps the words apart where markup or punctuation stood between them, and counts no token without a letter', () => {
    expect(readingMinutes('x<br>'.repeat(250))).toBe(2);
    expect(readingMinutes('x-'.repeat(250))).toBe(2);
    expect(readingMinutes('— '.repeat(250))).toBe(1);
  });
});
