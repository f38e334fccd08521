import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/page-weight.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = listPages(dist);

/** Elements that sit inside a line of text, so that the space around them is part of the text. */
const inline = 'a|abbr|b|code|em|i|kbd|mark|small|span|strong|time';
/**
 * A word or a sentence's end glued to an inline element: "clear in<strong>0</strong>" reads "clear in0",
 * to a person and to the search index. Astro drops a line break between text and a tag in a
 * component, so a space there has to be written as {' '}.
 */
const glued = [
  new RegExp(`[\\p{L}\\p{N},;:.!?)](?=<(?:${inline})[\\s>])`, 'u'),
  new RegExp(`[^\\s>](?:</(?:${inline})>)(?=[\\p{L}\\p{N}(])`, 'u'),
];

describe('text in dist/', () => {
  it.each(pages)('%s has no words glued to the markup around them', (page) => {
    const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
    const html = readFileSync(file, 'utf8');
    const found = glued.flatMap((pattern) =>
      [...html.matchAll(new RegExp(pattern, 'gu'))].map((match) => html.slice(Math.max(0, match.index - 30), match.index + 30)),
    );
    expect(found).toEqual([]);
  });
});
