/**
 * The printable worksheet (/check/worksheet/) carries what version 3's rules need to score by hand:
 * each answer's mark for how sure it is, and beside it whether it is the company's own reason,
 * seen looking back, the same fact as another answer, or counts for nothing beside another.
 * Read from the built page and checked against check.yaml.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadCheck } from '../unit/content';

const html = readFileSync(fileURLToPath(new URL('../../dist/check/worksheet/index.html', import.meta.url)), 'utf8');
const { document } = new JSDOM(html).window;
const check = loadCheck();
const marks = { 'first-hand': '★', inside: '◆', definite: '●', hint: '○' } as Record<string, string | undefined>;

/** Each counted answer's row on the worksheet: its words (with its notes) and its two point cells. */
const rows = [...document.querySelectorAll('.worksheet-question tbody tr')].map((row) => ({
  answer: row.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  points: [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
}));
const rowOf = (label: string) => rows.find((row) => row.answer.startsWith(`☐ ${label}`));

describe('the worksheet over dist/', () => {
  const counted = check.questions.filter((question) => !question.context);

  it('has a row for every answer that counts, with its points and mark', () => {
    expect(rows.length).toBe(counted.reduce((sum, question) => sum + question.options.length, 0));
    for (const question of counted)
      for (const option of question.options) {
        const row = rowOf(option.label);
        expect(row, option.label).toBeDefined();
        const mark = marks[option.evidence] ?? '';
        expect(row?.points, option.label).toEqual([
          option.notYou > 0 ? `${option.notYou} ${mark}` : '',
          option.learn > 0 ? `${option.learn} ${mark}` : '',
        ]);
      }
    expect(
      rows.some((row) => row.points.some((cell) => cell.endsWith('◆'))),
      'answers from someone inside',
    ).toBe(true);
  });

  it("says beside each answer what the rules need: the company's own reason, looking back, the same fact, counted for nothing", () => {
    const notes = { decisive: 0, hindsight: 0, fact: 0, discounted: 0 };
    for (const question of counted)
      for (const option of question.options) {
        const answer = rowOf(option.label)?.answer ?? '';
        expect(answer.includes('their own reason'), `${option.label}: their own reason`).toBe(option.decisive);
        expect(answer.includes('looking back'), `${option.label}: looking back`).toBe(option.hindsight);
        const sameFact = check.questions.some((other) =>
          other.options.some((candidate) => candidate !== option && option.fact !== undefined && candidate.fact === option.fact),
        );
        expect(answer.includes('same fact as in question'), `${option.label}: same fact`).toBe(sameFact);
        const discountedBy = check.questions.flatMap((other) =>
          other.options.filter((candidate) =>
            candidate.discounts?.some((rule) => rule.question === question.id && rule.options.includes(option.id)),
          ),
        );
        for (const by of discountedBy) expect(answer, option.label).toContain(`counts for nothing beside “${by.label}”`);
        if (!discountedBy.length) expect(answer, option.label).not.toContain('counts for nothing');
        notes.decisive += Number(option.decisive);
        notes.hindsight += Number(option.hindsight);
        notes.fact += Number(sameFact);
        notes.discounted += discountedBy.length;
      }
    // The rules are all in use in this version of the check, so each note is really checked.
    expect(
      Object.values(notes).every((count) => count > 0),
      JSON.stringify(notes),
    ).toBe(true);
  });

  it('explains the rules in its guide: ◆ counts, nothing counted twice, one thing to sharpen', () => {
    const guide = document.querySelector('.worksheet-scoring')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(guide).toContain('marked ★, ◆ or ●');
    expect(guide).toContain('counts for nothing');
    expect(guide).toContain('a thing to sharpen anyway, not a cause');
    expect(guide).toContain(`come to ${check.thresholds.lean} or more`);
  });
});
