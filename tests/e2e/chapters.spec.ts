import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

const guideDir = new URL('../../src/content/guide/', import.meta.url);

/** Every chapter's id and the frontmatter it opens with. */
const chapters = readdirSync(guideDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const source = readFileSync(new URL(name, guideDir), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { inShort: string[]; reviewed: string };
    return { id: name.replace(/\.mdx$/, ''), ...data };
  });

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const chapter of chapters) {
    test(`${chapter.id} opens with "In short" and says when it was last reviewed`, async ({ page }) => {
      await page.goto(`/guide/${chapter.id}/`);
      const article = page.getByRole('article');
      // "In short" is the first section after the title: before the contents and the chapter itself.
      await expect(article.getByRole('heading', { level: 2 }).first()).toHaveText('In short');
      const lines = article.locator('.in-short li');
      await expect(lines).toHaveText(chapter.inShort);

      const [year, month, day] = chapter.reviewed.split('-').map(Number);
      const words = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      await expect(article.getByText(`Last reviewed ${words}`)).toBeVisible();
      await expect(article.locator('time')).toHaveAttribute('datetime', chapter.reviewed);
      await expect(article.locator('time')).toHaveText(words);
    });
  }
});

test('the review date reads as a date', async ({ page }) => {
  await page.goto('/guide/pause-then-analyse/');
  await expect(page.getByRole('article').locator('time')).toHaveText(
    /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
  );
});
