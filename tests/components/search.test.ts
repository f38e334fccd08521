import { afterEach, describe, expect, it, vi } from 'vitest';

const search = vi.fn();
vi.mock('/pagefind/pagefind.js', () => ({ search, options: async () => undefined }));

afterEach(() => {
  search.mockReset();
  vi.resetModules();
});

const result = (url: string, title: string | undefined, excerpt: string) => ({
  data: async () => ({ url, excerpt, meta: title === undefined ? {} : { title } }),
});

async function run(query: string) {
  const { runSearch } = await import('../../src/lib/search');
  const status = document.createElement('p');
  const list = document.createElement('ol');
  await runSearch(query, { status, list });
  return { status, list };
}

describe('search over the guide', () => {
  it('lists the chapters found, with their excerpts as text and marks, never as markup', async () => {
    search.mockResolvedValue({
      results: [
        result(
          '/guide/it-might-not-be-you/',
          'It might not be you',
          'a <mark>hiring</mark> freeze &lt;img src=x onerror=alert(1)&gt;',
        ),
        result('/guide/other/', undefined, 'no marks'),
      ],
    });
    const { status, list } = await run('hiring');
    expect(status).toHaveTextContent('2 chapters found for “hiring”.');
    const items = list.querySelectorAll('li');
    expect(items[0]!.querySelector('a')).toHaveAttribute('href', '/guide/it-might-not-be-you/');
    expect(items[0]!.querySelector('mark')).toHaveTextContent('hiring');
    expect(items[0]!.querySelector('img')).toBeNull();
    expect(items[0]).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(items[1]!.querySelector('a')).toHaveTextContent('/guide/other/');
  });

  it('says so when nothing matches, or one chapter does', async () => {
    search.mockResolvedValue({ results: [] });
    expect((await run('qqzzqq')).status).toHaveTextContent('No chapters mention “qqzzqq”.');
    search.mockResolvedValue({ results: [result('/guide/a/', 'A', 'x')] });
    expect((await run('a')).status).toHaveTextContent('1 chapter found for “a”.');
  });

  it('clears the list for an empty query, and says when search cannot load', async () => {
    expect((await run('')).status).toHaveTextContent('');
    expect(search).not.toHaveBeenCalled();
    search.mockRejectedValue(new Error('offline'));
    expect((await run('freeze')).status).toHaveTextContent('Search could not load.');
  });
});
