// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { excerptNodes } from '../../src/lib/search';

/** The excerpt as a person reads it, and the words that are highlighted. */
const read = (excerpt: string) => {
  const nodes = excerptNodes(excerpt);
  return {
    text: nodes.map((node) => node.textContent).join(''),
    marked: nodes.filter((node) => node.nodeName === 'MARK').map((node) => node.textContent),
  };
};

describe('search excerpts', () => {
  it('keeps the spaces between highlighted words and the text around them', () => {
    // Pagefind's excerpt for "hiring freeze" in "It might not be you".
    const { text, marked } = read('company-side reasons. A <mark>hiring</mark> <mark>freeze.</mark> After a round of interviews');
    expect(text).toBe('company-side reasons. A hiring freeze. After a round of interviews');
    expect(marked).toEqual(['hiring', 'freeze.']);
  });

  it('decodes escaped characters as text, never as markup', () => {
    const { text, marked } = read('a &lt;script&gt;alert(1)&lt;/script&gt; and <mark>&amp;</mark> &quot;quoted&quot;');
    expect(text).toBe('a <script>alert(1)</script> and & "quoted"');
    expect(marked).toEqual(['&']);
    const nodes = excerptNodes('<img src=x onerror="alert(1)"><b>bold</b> <mark>word</mark>');
    expect(nodes.map((node) => node.nodeName)).toEqual(['#text', '#text', '#text', 'MARK']);
    expect(nodes.map((node) => node.textContent).join('')).toBe('bold word');
  });
});
