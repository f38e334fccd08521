import { test, expect, expectNoAxeViolations } from './fixtures';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { seedFinishedCheck } from './check-helpers';

const outcomes = ['not-you', 'learn-from-it', 'both', 'too-early'];
const withPanel = [
  '/',
  '/guide/pause-then-analyse/',
  '/guide/if-it-was-unfair/',
  ...outcomes.map((outcome) => `/results/${outcome}/`),
];
const withoutPanel = ['/guide/learn-from-it/', '/privacy/'];

/** Each service by its link's name, and where the link goes: England and Wales, what a device in London is shown. */
const links: [string, string][] = [
  ['Samaritans', 'https://www.samaritans.org/'],
  ['116 123', 'tel:116123'],
  ['Shout', 'https://giveusashout.org/'],
  ['Text SHOUT to 85258', 'sms:85258'],
  ['NHS 111 (mental health option)', 'https://111.nhs.uk/'],
  ['111', 'tel:111'],
  ['999', 'tel:999'],
  ['if it may have been unfair', '/guide/if-it-was-unfair/'],
];

for (const path of withPanel) {
  test(`${path} has the "If you’re struggling" panel with named services for the region`, async ({ page }) => {
    await page.goto(path);
    const panel = page.getByRole('region', { name: 'If you’re struggling' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'If you’re struggling' })).toBeVisible();
    for (const [name, href] of links) {
      await expect(panel.getByRole('link', { name, exact: true }), name).toHaveAttribute('href', href);
    }
    await expect(panel.getByRole('combobox', { name: 'Help shown for:' })).toHaveValue('england-and-wales');
    await expect(panel).toContainText('In Scotland or Northern Ireland? Some services are different there');
    await expect(panel).toContainText('nothing is sent');
    await expect(panel).toContainText('Call 999 now if your life is at risk');
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

// The light scheme is the default, which site.spec.ts checks with axe on every page: here, the dark one.
test('the panel passes axe in the dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // One page of each kind (the result pages are checked by axe in results.spec.ts and phone.spec.ts too).
  for (const path of ['/', '/guide/if-it-was-unfair/', '/results/too-early/']) {
    await page.goto(path);
    const band = await page
      .getByRole('heading', { name: 'If you’re struggling' })
      .evaluate((heading) => getComputedStyle(heading).backgroundColor);
    // The scheme really changed: the heading band is the dark scheme's accent colour (the light one's is rgb(31, 95, 139)).
    expect(band, path).toBe('rgb(140, 196, 238)');
    await expectNoAxeViolations(page, `${path}, dark`);
  }
});

test.describe('help where the person is', () => {
  test.use({ timezoneId: 'America/Chicago', locale: 'en-US' });

  test('a person in Chicago sees 988 and the EEOC, never a UK number, on the home page and the unfair chapter', async ({
    page,
  }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'If you’re struggling' });
    await expect(panel.getByRole('combobox', { name: 'Help shown for:' })).toHaveValue('united-states');
    await expect(panel.getByRole('link', { name: '988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(panel.getByRole('link', { name: '911', exact: true })).toHaveAttribute('href', 'tel:911');
    await expect(panel).toContainText('For Spanish, press 2');
    await expect(panel.locator('a[href="tel:116123"], a[href="tel:999"], a[href="tel:111"]')).toHaveCount(0);

    await page.goto('/guide/if-it-was-unfair/');
    await expect(page.getByRole('link', { name: /Equal Employment Opportunity Commission/ }).first()).toBeVisible();
    await expect(page.getByText(/180 calendar days/)).toBeVisible();
    await expect(page.locator('a[href^="tel:"]', { hasText: /^(116 123|999|0300)/ })).toHaveCount(0);
    await expect(page.getByText(/Acas/)).toHaveCount(0);
  });

  test('changing the region updates every card on the page, and holds across a reload and a new tab', async ({
    page,
    context,
  }) => {
    await page.goto('/guide/if-it-was-unfair/');
    const lists = page.getByRole('combobox', { name: 'Help shown for:' });
    await expect(lists).toHaveCount(2);
    await lists.first().selectOption({ label: 'Northern Ireland' });
    await expect(lists.nth(0)).toHaveValue('northern-ireland');
    await expect(lists.nth(1)).toHaveValue('northern-ireland');
    await expect(page.getByRole('link', { name: /Equality Commission for Northern Ireland/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '0808 808 8000' })).toHaveAttribute('href', 'tel:08088088000');
    await page.reload();
    // Both cards again (each fetches the region's page), before axe reads the page.
    await expect(page.getByRole('link', { name: /Equality Commission for Northern Ireland/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '0808 808 8000' })).toBeVisible();
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.getByRole('combobox', { name: 'Help shown for:' })).toHaveValue('northern-ireland');
    await expect(other.getByRole('link', { name: '0808 808 8000' })).toBeVisible();
    await expectNoAxeViolations(page, 'unfair chapter for Northern Ireland');
  });

  test('a region chosen while the one before is still loading is the one shown, whichever page comes first', async ({ page }) => {
    // Both regions' pages are held, then the first choice's comes back first.
    const release: Record<string, () => void> = {};
    for (const id of ['northern-ireland', 'scotland']) {
      const held = new Promise<void>((resolve) => (release[id] = resolve));
      await page.route(`**/help/${id}/`, async (route) => {
        await held;
        await route.continue();
      });
    }
    await page.goto('/guide/pause-then-analyse/');
    const list = page.getByRole('combobox', { name: 'Help shown for:' });
    await list.selectOption({ label: 'Northern Ireland' });
    await list.selectOption({ label: 'Scotland' });
    for (const id of ['northern-ireland', 'scotland']) {
      const back = page.waitForResponse(`**/help/${id}/`);
      release[id]!();
      await back;
    }
    await expect(page.getByRole('link', { name: /Breathing Space/ })).toBeVisible();
    await expect(list).toHaveValue('scotland');
    await expect(page.getByRole('link', { name: /Lifeline/ })).toHaveCount(0);
  });

  test('a result after unfair treatment leads with advice for Chicago: notes with dates, the EEOC and its time limit', async ({
    page,
  }) => {
    await page.goto(await seedFinishedCheck(page, { unfair: ['personal-questions'], told: ['role-changed'] }));
    const panel = page.getByRole('region', { name: 'If it may have been unfair' });
    await expect(panel).toContainText('note down what was said and done, with dates');
    await expect(panel.getByRole('link', { name: /Equal Employment Opportunity Commission/ }).first()).toBeVisible();
    await expect(panel.getByText(/180 calendar days/)).toBeVisible();
    await expect(panel.getByText(/Acas/)).toHaveCount(0);
    // The panel comes before the reasons, and the first next step is advice, never a gracious reply.
    const order = await page
      .locator('.care, .breakdown')
      .evaluateAll((parts) => parts.map((part) => (part.classList.contains('care') ? 'care' : 'reasons')));
    expect(order).toEqual(['care', 'reasons']);
    const steps = page.locator('.next-steps li:visible');
    await expect(steps.first()).toContainText('Before you reply, note down what was said and done, with dates');
    // Never a gracious reply or a reminder that a frozen role may come back, after unfair treatment.
    await expect(steps.filter({ hasText: /ten weeks|gracious/ })).toHaveCount(0);
    await expect(page.locator('.next-steps')).not.toContainText('[object Object]');
    // The follow-up kit offers the letter asking for the reasons and one's records, in place of a gracious reply or a feedback request.
    const emails = page.locator('.plan__email:visible h3');
    await expect(emails).toHaveText(['Asking for the reason, and your notes, after treatment that seemed unfair']);
    // Its calendar reminder is to get advice before the region's time limit, named in the region's words.
    await expect(page.getByRole('heading', { name: 'A reminder to get advice in time' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A reminder to follow up' })).toBeHidden();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a calendar reminder (.ics)' }).click();
    const reminder = await readFile(await (await download).path(), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(reminder)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toMatch(/^Get advice/);
    expect(event.description).toContain('where you are: 180 days');
    await expectNoAxeViolations(page, 'result after unfair treatment, Chicago');
  });

  test('a choice that is not a region falls back to the guess', async ({ page }) => {
    await page.goto('/privacy/');
    await page.evaluate(() => localStorage.setItem('notnever:region:v1', 'atlantis'));
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Help shown for:' })).toHaveValue('united-states');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/Chicago' });

  test('the card shows the default region and links to the list of regions', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'If you’re struggling' });
    await expect(panel).toContainText('Help shown for: England and Wales');
    await expect(panel.getByRole('link', { name: 'Change the region' })).toHaveAttribute('href', '/help/');
    await page.goto('/help/');
    await page.getByRole('link', { name: 'United States' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help in the United States');
    await expect(page.getByRole('link', { name: '988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});
