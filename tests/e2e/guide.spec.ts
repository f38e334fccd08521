import { test, expect } from './fixtures';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter is fully readable', async ({ page }) => {
    await page.goto('/guide/follow-up-well/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow up well');
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link')).toHaveCount(await page.locator('article h2[id]:not(#toc-title), article h3[id]').count());
    for (const heading of [
      'Thank-you note, after an interview',
      'Status check, when the date has passed',
      'Feedback request, after a rejection',
      'Keep in touch, for future roles',
      'Asking for the reasons and your records, after treatment that seemed unfair',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.locator('pre')).toHaveCount(5);
    await expect(page.locator('pre').first()).toContainText('Subject: Thank you');
    await toc.getByRole('link', { name: 'What a reply tells you' }).click();
    await expect(page).toHaveURL(/#what-a-reply-tells-you$/);
    await expect(page.getByRole('link', { name: /Next chapter/ })).toHaveAttribute('href', '/guide/learn-from-it/');
    await expect(page.getByRole('link', { name: /Previous chapter/ })).toHaveAttribute('href', '/guide/if-it-was-unfair/');
    await expect(page.getByRole('link', { name: 'Take the check' })).toHaveAttribute('href', '/check/');
  });

  test('the search page explains that search needs JavaScript and points to the index', async ({ page }) => {
    await page.goto('/search/#q=freeze');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    // Without a script to keep it on the page, there is no search box to send a query with.
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('link', { name: 'guide’s index' })).toHaveAttribute('href', '/guide/');
  });
});

test('search for "hiring freeze" finds the chapter on company-side reasons, and sends the words nowhere', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('hiring freeze');
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=hiring%20freeze$/);
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link')).toHaveText('It might not be you');
  await expect(results.first().locator('mark').first()).toContainText(/hiring|freeze/i);
  await expect(page.getByText(/chapters? found for “hiring freeze”/)).toBeVisible();
  await results.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('It might not be you');
  expect(requests.filter((url) => /hiring|freeze/i.test(decodeURIComponent(url)))).toEqual([]);
});

test('an older search link with ?q= still searches, and moves its words after the #', async ({ page }) => {
  await page.goto('/search/?q=freeze');
  await expect(page).toHaveURL(/\/search\/#q=freeze$/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('with JavaScript on, the search page hides the no-JavaScript notice', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search/#q=qqzzqq');
  await expect(page.getByText('No chapters mention “qqzzqq”')).toBeVisible();
});

test('the site can be used by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the main content, the first link is the call to take the check, the next the guide.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Take the five-minute check' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Read the guide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/$/);

  // Tab to the first chapter and open it.
  const firstChapter = page.getByRole('link', { name: /^1\. Pause, then analyse/ });
  for (let i = 0; i < 20 && !(await firstChapter.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstChapter).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pause, then analyse');

  // Focus is visible: the focused link draws an outline.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
