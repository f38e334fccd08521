import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { answerByClicking, outcomeTitles, plans } from './check-helpers';
import { checksum } from '../../src/lib/share-link';

/** Takes the check to the result page and returns the result's address. */
async function finishCheck(page: import('@playwright/test').Page, plan: readonly number[], includeAnswers = false) {
  await page.goto('/check/');
  // A browser that finished a check before is offered a new one.
  await page.getByRole('button', { name: /^(Start the check|Start a new check)$/ }).click();
  await answerByClicking(page, plan);
  if (includeAnswers) await page.getByRole('checkbox', { name: /Put my answers in the result’s link/ }).check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  return page.url();
}

/** What the breakdown shows, as text, to compare two views of one result. */
const breakdownOf = (page: import('@playwright/test').Page) => page.locator('.breakdown').innerText();

test('a finished check is shared by copying its link, and the link opens the same result in a fresh browser', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  const url = await finishCheck(page, plans.both);
  expect(url).toMatch(/\/results\/both\/#v=1&n=\d+&l=\d+&e=\d+&rn=[a-z,-]*&rl=[a-z,-]*&c=[0-9a-f]{6}$/);
  await expect(page.getByText(/The link shows the outcome, the two scores/)).toBeVisible();
  await page.getByRole('button', { name: 'Share or copy the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const mine = await breakdownOf(page);

  const fresh = await browser.newContext();
  const theirs = await fresh.newPage();
  const errors: string[] = [];
  theirs.on('pageerror', (error) => errors.push(error.message));
  await theirs.goto(url);
  await expect(theirs.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles.both);
  await expect(theirs.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  expect(await breakdownOf(theirs)).toBe(mine);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('the Web Share API is used where the browser has it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  const url = await finishCheck(page, plans['not-you']);
  await page.getByRole('button', { name: 'Share or copy the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(url);
});

test('answers go into the link only when the person opts in, and then show on the result', async ({ page }) => {
  const without = await finishCheck(page, plans['not-you']);
  expect(without).not.toContain('&a=');
  await expect(page.getByText(/\(answer:/)).toHaveCount(0);

  const withAnswers = await finishCheck(page, plans['not-you'], true);
  expect(withAnswers).toContain('&a=hiring-freeze:yes,');
  await expect(page.getByText('The company froze hiring or cut costs (answer: “Yes, publicly”)')).toBeVisible();
  await expect(page.getByText(/and the answer to each question/)).toBeVisible();
});

/** A link body with its real checksum, as the check would write it. */
const signed = (body: string) => `${body}&c=${checksum(body)}`;
const valid = signed('v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=');
const hostile: Record<string, string> = {
  'no fragment': '',
  'an empty fragment': '#',
  'an unknown version': '#v=7&n=67&l=50&e=56&rn=hiring-freeze&rl=&c=000000',
  'a score of 999': '#v=1&n=999&l=50&e=56&rn=&rl=&c=000000',
  'a negative score': '#v=1&n=-4&l=50&e=56&rn=&rl=&c=000000',
  'a 10 kB fragment': `#${valid}&rl=${'a'.repeat(10_000)}`,
  markup: '#<img src=x onerror="window.pwned=1">',
  'a script': '#v=1&n=67&l=50&e=56&rn=<script>window.pwned=1</script>&rl=&c=000000',
  'one character edited': `#${valid.replace('n=67', 'n=68')}`,
  'another outcome': `#${signed('v=1&n=50&l=67&e=56&rn=&rl=could-not-answer')}`,
};

test('the valid link these cases are made from shows its details', async ({ page }) => {
  await page.goto(`/results/not-you/#${valid}`);
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Not you: 67 out of 100, where 50 is the midpoint' })).toBeVisible();
});

test.describe('hostile and broken links', () => {
  for (const [name, fragment] of Object.entries(hostile)) {
    test(`${name}: the general page with a notice, no error, no script`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto(`/results/not-you/${fragment}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
      await expect(
        page.getByRole('status').filter({ hasText: /This link .*, so this page shows only the general guidance/ }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Why this result' })).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(page.locator('main img')).toHaveCount(0);
    });
  }
});

for (const [outcome, plan] of Object.entries(plans)) {
  test(`axe finds nothing on the "${outcome}" result page with its details`, async ({ page }) => {
    await finishCheck(page, plan);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles[outcome as keyof typeof outcomeTitles]);
    await expectNoAxeViolations(page);
  });
}

test('the follow-up kit fills its emails in, copies them, keeps the details, and gives a valid calendar reminder', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishCheck(page, plans['too-early']);
  await page.getByLabel('Company').fill('Acme, Ltd');
  await page.getByLabel('Role').fill('Data analyst');
  await page.getByLabel('Interviewer’s name').fill('Ms Rivera');
  await page.getByLabel('Your name').fill('Sam <b>bold</b>');
  const feedback = page.locator('#email-text-feedback-request');
  await expect(feedback).toContainText('Dear Ms Rivera,');
  await expect(feedback).toContainText('the Data analyst role. I enjoyed learning about Acme, Ltd.');
  await expect(feedback).toContainText('Sam <b>bold</b>');
  await expect(feedback.locator('b')).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy the feedback request, after a rejection' }).click();
  await expect(page.getByText('Copied. Paste it into your email.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('Subject: Thank you, and a short request\n\nDear Ms Rivera,')).toBe(true);

  await page.getByLabel('Follow-up date').fill('2026-12-08');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a calendar reminder (.ics)' }).click();
  const file = await (await download).path();
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await readFile(file, 'utf8'))).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Follow up: Data analyst at Acme, Ltd');
  expect(event.startDate.toString()).toBe('2026-12-08');

  await page.reload();
  await expect(page.getByLabel('Company')).toHaveValue('Acme, Ltd');
  await expect(page.locator('#email-text-thank-you')).toContainText('Dear Ms Rivera,');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an outcome page is readable: guidance, next steps and email templates', async ({ page }) => {
    await page.goto('/results/learn-from-it/#v=1&n=50&l=67&e=56&rn=&rl=could-not-answer&c=000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['learn-from-it']);
    await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    await expect(page.locator('.next-steps li')).toHaveCount(5);
    await expect(page.locator('#email-text-thank-you')).toContainText('Dear [interviewer’s name],');
    await expect(page.getByText('Copy an email below and replace the words in square brackets')).toBeVisible();
  });
});
