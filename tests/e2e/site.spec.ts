import { test, expect, expectNoAxeViolations, sitemapPaths } from './fixtures';

const paths = sitemapPaths();

test('the sitemap lists the home page, the guide and every chapter', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/guide/');
  expect(paths.filter((path) => /^\/guide\/.+\/$/.test(path)).length).toBeGreaterThanOrEqual(7);
});

for (const path of paths) {
  // One page per worker for all of them (see `reusedPage` in fixtures.ts); each test opens its own address.
  test(`${path} loads cleanly, stays on the site and passes axe`, async ({ reusedPage: page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Not Never/);
    await expectNoAxeViolations(page);
  });
}

test('chapters pass axe in the dark colour scheme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/guide/follow-up-well/');
  await expectNoAxeViolations(page, 'dark scheme');
  await page.goto('/');
  await expectNoAxeViolations(page, 'dark scheme, home');
});

test.describe('an unknown address', () => {
  // Chromium logs its own console line for any document served with status 404.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('shows a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
    await expect(page.getByRole('link', { name: 'The guide', exact: true })).toHaveAttribute('href', '/guide/');
    await expectNoAxeViolations(page);
  });
});

test('a chapter prints as a clean handout', async ({ page }) => {
  await page.goto('/guide/plan-your-comeback/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

test("the guide ships no JavaScript but the service worker's registration, and the region's help where a page has a help card", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  for (const path of ['/guide/', '/guide/it-might-not-be-you/', '/privacy/', '/help/united-states/']) {
    await page.goto(path);
    const script = page.locator('script');
    await expect(script).toHaveCount(1);
    // Inline, so it costs no request: it registers /sw.js and does nothing else on these pages.
    await expect(script).not.toHaveAttribute('src');
    expect(await script.textContent()).toContain('/sw.js');
  }
  expect(scripts).toEqual([]);
  // With a help card: the region's help, and nothing else (its bytes are budgeted in tests/build/budgets.test.ts).
  await page.goto('/guide/pause-then-analyse/');
  await expect(page.locator('script')).toHaveCount(2);
  expect(scripts.every((path) => path.startsWith('/_astro/'))).toBe(true);
  expect(await page.evaluate(() => customElements.get('region-help') !== undefined)).toBe(true);
});
