import { test, expect, expectNoAxeViolations } from './fixtures';

const outcomes = ['not-you', 'learn-from-it', 'both', 'too-early'];
const withPanel = [
  '/',
  '/guide/pause-then-analyse/',
  '/guide/if-it-was-unfair/',
  ...outcomes.map((outcome) => `/results/${outcome}/`),
];
const withoutPanel = ['/guide/learn-from-it/', '/privacy/'];

/** Each service by its link's name, and where the link goes. */
const links: [string, string][] = [
  ['Samaritans', 'https://www.samaritans.org/'],
  ['116 123', 'tel:116123'],
  ['jo@samaritans.org', 'mailto:jo@samaritans.org'],
  ['Shout', 'https://giveusashout.org/'],
  ['85258', 'sms:85258'],
  ['Mind’s Infoline', 'https://www.mind.org.uk/information-support/helplines/'],
  ['0300 123 3393', 'tel:03001233393'],
  ['NHS 111', 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/'],
  ['111', 'tel:111'],
  ['999', 'tel:999'],
  ['Acas', 'https://www.acas.org.uk/'],
  ['Equality Advisory and Support Service', 'https://www.equalityadvisoryservice.com/'],
  ['if it may have been unfair', '/guide/if-it-was-unfair/'],
  ['Find A Helpline', 'https://findahelpline.com/'],
];

for (const path of withPanel) {
  test(`${path} has the "If you’re struggling" panel with named services`, async ({ page }) => {
    await page.goto(path);
    const panel = page.getByRole('region', { name: 'If you’re struggling' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'If you’re struggling' })).toBeVisible();
    for (const [name, href] of links) {
      await expect(panel.getByRole('link', { name, exact: true }), name).toHaveAttribute('href', href);
    }
    await expect(panel).toContainText('text SHOUT to 85258');
    await expect(panel).toContainText('choose option 2 for mental health (in England), or talk to your GP');
    await expect(panel).toContainText('Acas (0300 123 1100)');
    await expect(panel).toContainText('(0808 800 0082)');
    await expect(panel).toContainText('Call 999 or go to A&E now');
  });
}

for (const path of withoutPanel) {
  test(`${path} does not show the panel`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'If you’re struggling' })).toHaveCount(0);
  });
}

test('on every result the panel comes straight after "What to do next"', async ({ page }) => {
  for (const outcome of outcomes) {
    await page.goto(`/results/${outcome}/`);
    const follows = await page.locator('.next-steps').evaluate((list) => list.nextElementSibling?.getAttribute('aria-label'));
    expect(follows, outcome).toBe('If you’re struggling');
  }
});

test('in the first chapter the panel is part of what search indexes', async ({ page }) => {
  await page.goto('/guide/pause-then-analyse/');
  await expect(page.locator('[data-pagefind-body] .care-panel')).toHaveCount(1);
  await expect(page.locator('[data-pagefind-ignore] .care-panel')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the panel passes axe in the ${colorScheme} colour scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // One page of each kind (the result pages are checked by axe in results.spec.ts and phone.spec.ts too).
    for (const path of ['/', '/guide/if-it-was-unfair/', '/results/too-early/']) {
      await page.goto(path);
      const band = await page
        .getByRole('heading', { name: 'If you’re struggling' })
        .evaluate((heading) => getComputedStyle(heading).backgroundColor);
      // The scheme really changed: the heading band is the scheme's accent colour.
      expect(band, path).toBe(colorScheme === 'light' ? 'rgb(31, 95, 139)' : 'rgb(140, 196, 238)');
      await expectNoAxeViolations(page, `${path}, ${colorScheme}`);
    }
  });
}
