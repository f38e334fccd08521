import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { fallbacks, templateParts } from '../../src/lib/email-template';

/** The follow-up kit's emails, as the result pages and the follow-up chapter show them. */
const emails = parse(readFileSync(new URL('../../src/content/emails/emails.yaml', import.meta.url), 'utf8')) as {
  title: string;
  subject: string;
  body: string;
}[];

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

test('search finds every email of the follow-up kit, in the follow-up chapter', async ({ page }) => {
  expect(emails.length).toBeGreaterThan(0);
  const withBlanks = (text: string) =>
    templateParts(text)
      .map((part) => ('field' in part ? fallbacks[part.field] : part.text))
      .join('');
  await page.goto('/guide/follow-up-well/');
  const shown = await page.locator('article pre').allTextContents();
  for (const email of emails) {
    expect(shown, email.title).toContain(`Subject: ${withBlanks(email.subject)}\n\n${withBlanks(email.body)}`);
  }
  for (const email of emails) {
    // Words from the email's longest line, without its blanks: what a person might remember of it.
    const line = email.body.split('\n').reduce((longest, next) => (next.length > longest.length ? next : longest));
    const words = line
      .replace(/\{\w+\}/g, ' ')
      .split(/\s+/)
      .slice(0, 8)
      .join(' ');
    const results = await search(page, words);
    const chapter = results.filter({ has: page.getByRole('link', { name: 'Follow up well' }) });
    await expect(chapter, `${email.title}: "${words}"`).toHaveCount(1);
    await expect(chapter.locator('mark').first()).toBeVisible();
  }
});

for (const [words, section] of [
  ['ghosted', 'Why have they gone quiet after the final round?'],
  ['second choice', 'What does “you were our second choice” mean?'],
  ['reapply', 'Can I reapply, and when?'],
  ['overqualified', 'What does “you’re overqualified” actually mean?'],
  ['tell my family', 'How do I tell my family and friends?'],
] as const) {
  test(`searching for "${words}" finds the answer in "Questions people ask after a no"`, async ({ page }) => {
    const results = await search(page, words);
    await expect(results.filter({ has: page.getByRole('link', { name: 'Questions people ask after a no' }) })).toHaveCount(1);
    await page.getByRole('link', { name: 'Questions people ask after a no' }).click();
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  });
}
