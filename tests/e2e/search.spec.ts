import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Searches from the search page's own box and waits for the results. */
async function search(page: Page, query: string) {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByText(/found for|No chapters mention/)).toBeVisible();
  return page.locator('.search-results li');
}

test('an excerpt keeps the spaces between words, highlighted or not', async ({ page }) => {
  const results = await search(page, 'hiring freeze');
  const excerpt = results.filter({ has: page.getByRole('link', { name: 'It might not be you' }) }).locator('p');
  await expect(excerpt.locator('mark')).toHaveText(['hiring', 'freeze.', 'hiring:']);
  // A heading and the paragraph after it, each word apart: never "hiringfreeze.After".
  await expect(excerpt).toContainText('A hiring freeze. After a round of interviews, the company stops all hiring: a poor');
  for (const text of await results.locator('p').allTextContents()) {
    expect(text).not.toMatch(/\p{Ll}[.,:;]\p{Lu}|\p{Ll}\p{Lu}\p{Ll}/u);
  }
});

test('an excerpt from a component in a chapter keeps its spaces too', async ({ page }) => {
  // The calibration figures are written by a component, where a line break before <strong> used to vanish ("clear in0").
  const results = await search(page, 'failing was clear');
  const excerpt = results.filter({ has: page.getByRole('link', { name: 'How the check decides' }) }).locator('p');
  await expect(excerpt).toContainText(/control in \d+ stories, and “not you” where the person’s own failing was clear in \d+\./);
});

for (const word of ['sad', 'anxious', 'anxiety', 'depressed', 'depression', 'stress', 'discrimination', 'suicidal']) {
  test(`searching for "${word}" finds the chapter with the "If you’re struggling" panel`, async ({ page }) => {
    const results = await search(page, word);
    const first = results.filter({ has: page.getByRole('link', { name: 'Pause, then analyse' }) });
    await expect(first).toHaveCount(1);
    await expect(first.locator('mark').first()).toBeVisible();
  });
}
