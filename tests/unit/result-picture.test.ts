/**
 * The picture of a result (src/lib/result-picture.ts): made from a real result's summary, as the
 * result page makes it, and drawn here with resvg to check that it is a well-formed 1080x1350 SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { keepShown } from '../../src/lib/answers';
import { pictureContent, resultSvg, wrap } from '../../src/lib/result-picture';
import { summariseResult } from '../../src/lib/result-summary';
import { toSharedResult } from '../../src/lib/share-link-encoder';
import { loadCheck, loadOutcomes } from './content';
import { neutralAnswers } from './fixtures';

const check = loadCheck();
const outcomes = loadOutcomes();
const summaryOf = (changes: Record<string, string[]>) => {
  const answers = keepShown(check, { ...neutralAnswers, ...changes });
  const result = toSharedResult(check, answers, false);
  return { outcome: result.outcome, summary: summariseResult(check, result, answers, 'own') };
};
// Five reasons in all, on both sides: more than the picture has room for.
const many = summaryOf({
  told: ['role-changed'],
  process: ['moved', 'quiet', 'role-shifted'],
  differently: ['prepare', 'caught-out', 'structure'],
});
const [notYou, learn] = many.summary.reasons.map((side) => side.items.map((item) => item.text));
/** The reasons as the picture takes them: the first of each side, then the second of each, and so on. */
const reasonTexts = [notYou![0], learn![0], notYou![1], learn![1], notYou![2], learn![2]] as string[];
const title = outcomes[many.outcome]!.title;
const svg = resultSvg(pictureContent(title, many.summary));
/** The text the picture shows, its lines joined with spaces. */
const shown = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text).join(' ');

describe('the picture of a result', () => {
  it('is an SVG of 1080x1350 that draws, with shapes and text only', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1080" height="1350" /);
    expect(svg).not.toMatch(/foreignObject/i);
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map(([, tag]) => tag));
    expect([...tags].sort()).toEqual(['line', 'rect', 'svg', 'text']);
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect([drawn.width, drawn.height]).toEqual([1080, 1350]);
  });

  it('shows the outcome, both leanings in the page’s words, and the site’s name', () => {
    expect(many.summary.leans).toHaveLength(2);
    expect(shown).toContain(title);
    for (const lean of many.summary.leans) {
      expect(shown).toContain(`${lean.title} ${lean.words}`);
    }
    expect(shown).toContain('Not Never');
  });

  it('shows three reasons, from each side in turn, in the words the page shows them in, and no more', () => {
    expect(many.summary.reasons.map((side) => [side.axis, side.items.length])).toEqual([
      ['notYou', 3],
      ['learn', 3],
    ]);
    const words = (text: string) => text.split(/\s+/).slice(0, 4).join(' ');
    for (const reason of reasonTexts.slice(0, 3)) expect(shown).toContain(words(reason));
    for (const reason of reasonTexts.slice(3)) expect(shown).not.toContain(words(reason));
    expect(pictureContent(title, many.summary).reasons).toEqual(reasonTexts);
  });

  it('shows no leaning for "too early to tell", where the page shows none either', () => {
    const early = summaryOf({ since: ['freeze-rumours'] });
    expect(early.outcome).toBe('too-early');
    const picture = resultSvg(pictureContent(outcomes['too-early']!.title, early.summary));
    expect(picture).toContain('Too early to tell');
    expect(picture).not.toContain('lean');
  });

  it('escapes what it is given, so that no text can become markup', () => {
    const hostile = resultSvg({
      title: 'A <script> & "quotes"',
      leans: [{ title: '<foreignObject>', words: 'a "clear" lean' }],
      reasons: ['</text><foreignObject/> & more'],
    });
    expect(hostile).not.toMatch(/<script|<foreignObject|<\/text><f/);
    expect(hostile).toContain('&#60;script> &#38; &#34;quotes&#34;');
    expect(() => new Resvg(hostile, { font: { loadSystemFonts: false } }).render()).not.toThrow();
  });
});

describe('wrapping a line of text', () => {
  it('keeps whole words on lines of at most the given length', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 14, 10);
    expect(lines).toEqual(['one two three', 'four five six', 'seven eight', 'nine ten']);
  });

  it('ends the last line it has room for with an ellipsis, and cuts a word longer than a line', () => {
    expect(wrap('one two three four five six seven eight nine ten', 14, 2)).toEqual(['one two three', 'four five six…']);
    expect(wrap('supercalifragilistic', 10, 2)).toEqual(['supercali…']);
    expect(wrap('anything at all', 10, 0)).toEqual([]);
  });
});
