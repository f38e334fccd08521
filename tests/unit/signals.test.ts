import fc from 'fast-check';
import { runs } from './runs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScoringCheck, readScoringCheck } from '../../src/lib/signals';
import { loadCheck } from './content';

const real = loadCheck();

/** The page names the file it was built with in a `<link data-scoring>` (BaseLayout.astro). */
const built = '/check/scoring.0123456789ab.json';
beforeEach(() =>
  vi.stubGlobal('document', {
    querySelector: (selector: string) => (selector === 'link[data-scoring]' ? { href: built } : null),
  }),
);
afterEach(() => vi.unstubAllGlobals());

describe('the check’s content, as loaded by the result pages', () => {
  it('reads the file the page names, which the build writes', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(real));
    });
    expect(await loadScoringCheck()).toEqual(real);
    expect(asked).toEqual([built]);
  });

  it.each([
    ['another shape', { version: 1, questions: { not: 'a list' } }],
    ['no thresholds', { ...real, thresholds: undefined }],
    ['a threshold that is not a number', { ...real, thresholds: { lean: '2' } }],
    ['a question without its text', { ...real, questions: [{ ...real.questions[0], text: undefined }] }],
    ['a question of an unknown type', { ...real, questions: [{ ...real.questions[0], type: 'some' }] }],
    ['an option without its weights', { ...real, questions: [{ ...real.questions[0], options: [{ id: 'yes', label: 'Yes' }] }] }],
    ['a list', [real]],
  ])('gives nothing (for a notice) for %s', async (_, data) => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(data)));
    expect(await loadScoringCheck()).toBeUndefined();
  });

  it('gives nothing when the file is missing, not JSON, or the network fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    expect(await loadScoringCheck()).toBeUndefined();
    vi.stubGlobal('fetch', async () => new Response('<html>'));
    expect(await loadScoringCheck()).toBeUndefined();
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('offline')));
    expect(await loadScoringCheck()).toBeUndefined();
  });

  it('never throws, whatever the data (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expect(['object', 'undefined']).toContain(typeof readScoringCheck(data));
      }),
      { numRuns: runs(100) },
    );
  });
});
