import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { outcomeTitles, plans, seedFinishedCheck, type Story } from './check-helpers';
import { checksum } from '../../src/lib/share-link';

/**
 * Opens the result page of a check finished in this browser (put in storage as the check page
 * leaves it: check.spec.ts takes the check itself) and returns its address, details and all.
 */
async function finishCheck(page: Page, story: Story) {
  await page.goto(await seedFinishedCheck(page, story));
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(page).toHaveURL(/#v=3&/);
  return page.url();
}

/** What the reasons say, as text, to compare two views of one result. */
const reasonsOf = (page: Page) => page.locator('.reasons').allInnerTexts();

test('opens with the person’s own result: the summary, the reasons with their answers, then Save, then Share', async ({
  page,
}) => {
  await finishCheck(page, plans.both);
  await expect(page.getByText('From what you told the check, part of this was out of your hands')).toBeVisible();
  await expect(page.getByText(/need JavaScript, which is off/)).toBeHidden();
  await expect(page.getByText('Your answer: “Find ways to handle nerves: I froze or went blank”')).toBeVisible();
  const order = await page
    .locator('main')
    .evaluate((main) =>
      ['.yours', '.breakdown', '[data-save]', '#share-title', '.next-steps'].map((selector) =>
        main.innerHTML.indexOf(main.querySelector(selector)?.outerHTML ?? '@'),
      ),
    );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // Two leanings in words, never percentages.
  await expect(page.getByText('a clear lean').first()).toBeVisible();
  await expect(page.getByText(/out of 100|%/)).toHaveCount(0);
});

test('shares its link by copying it; the link opens the same reasons for someone else, who is offered the check, not a save', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  const url = await finishCheck(page, plans.both);
  expect(url).toMatch(/\/results\/both\/#v=3&o=both&rn=told:role-changed&rl=differently:nerves&u=[a-z,-]*&c=[0-9a-f]{6}$/);
  await expect(page.locator('#share-reveals')).toHaveText(
    /^The link shows the outcome and the reasons behind it. It never holds/,
    {
      useInnerText: true,
    },
  );
  await page.getByRole('button', { name: 'Share or copy the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const mine = await reasonsOf(page);

  const fresh = await browser.newContext();
  const theirs = await fresh.newPage();
  const errors: string[] = [];
  theirs.on('pageerror', (error) => errors.push(error.message));
  await theirs.goto(url);
  await expect(theirs.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles.both);
  await expect(theirs.getByText('This is a result someone shared with you')).toBeVisible();
  // The same reasons, worded for a friend: about "them", never "you", and without the person's own answers.
  const friends = await reasonsOf(theirs);
  expect(friends).toHaveLength(mine.length);
  expect(friends[0]).toContain('The employer told them the role was cancelled, frozen, changed or lost its funding.');
  for (const text of friends) expect(text).not.toMatch(/\byou(r|rs)?\b|Your answer/i);
  await expect(theirs.getByRole('link', { name: 'Save to my journal' })).toHaveCount(0);
  await expect(theirs.getByRole('link', { name: 'Take the check yourself' })).toBeVisible();
  // A friend is told how to help, in place of the sender's own next steps and emails.
  await expect(theirs.getByRole('heading', { name: 'How to help them' })).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'What to do next' })).toBeHidden();
  await expect(theirs.getByRole('heading', { name: 'Your follow-up kit' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'How to help them' })).toHaveCount(0);
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

test('answers go into the shared link only when the person chooses it, after seeing the result', async ({ page, browser }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await finishCheck(page, plans['not-you']);
  await page.getByRole('checkbox', { name: 'Include my answers to each question' }).check();
  await expect(
    page.getByText('The link shows the outcome, the reasons behind it, and your answer to each question.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Share or copy the link' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url!);
  expect(shared).toContain('&a=stage:final-round,');

  const fresh = await browser.newContext();
  const theirs = await fresh.newPage();
  await theirs.goto(shared);
  await expect(theirs.getByText('Their answer: “The role was cancelled, frozen, changed or lost its funding”')).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'About their situation' })).toBeVisible();
  await fresh.close();
});

test('unfair treatment is never something to learn: the result points to where to get advice', async ({ page }) => {
  await finishCheck(page, { unfair: ['personal-questions'], differently: ['nothing'] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
  const care = page.getByRole('region', { name: 'If it may have been unfair' });
  await expect(care).toContainText('note down what was said and done, with dates');
  await expect(care).toContainText('Acas');
  await expect(care).toContainText('Time limit:');
  await care.getByRole('link', { name: 'What counts, what to note down and where to get advice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('If it may have been unfair');
});

test('beside a decisive reason, one small thing is "one thing to sharpen"; an answer another explains is not counted, and why', async ({
  page,
}) => {
  await finishCheck(page, { told: ['role-changed'], differently: ['questions'] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
  await expect(page.getByRole('heading', { name: 'One thing to sharpen anyway' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pointing to things you can practise' })).toHaveCount(0);

  await finishCheck(page, { unfair: ['adjustments'], differently: ['nerves'] });
  await expect(page.getByRole('heading', { name: 'Not counted, and why' })).toBeVisible();
  await expect(
    page.getByText('The adjustments you asked for were not made, so what happened under that pressure is not yours to practise.'),
  ).toBeVisible();
  await expect(page.getByText(/against you/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'a result with an answer not counted');
});

/** A link body with its real checksum, as the check would write it. */
const signed = (body: string) => `${body}&c=${checksum(body)}`;
const valid = signed('v=3&o=not-you&rn=told:role-changed&rl=&u=since');
const hostile: Record<string, string> = {
  'no fragment': '',
  'an empty fragment': '#',
  'an unknown version': '#v=7&o=not-you&rn=&rl=&u=&c=000000',
  'a 10 kB fragment': `#${valid}&rl=${'a'.repeat(10_000)}`,
  markup: '#<img src=x onerror="window.pwned=1">',
  'a script': '#v=3&o=not-you&rn=<script>window.pwned=1</script>&rl=&u=&c=000000',
  'one character edited': `#${valid.replace('role-changed', 'role-chenged')}`,
  'an outcome its reasons do not give, re-signed': `#${signed('v=3&o=not-you&rn=since:freeze-rumours&rl=&u=')}`,
  'another outcome': `#${signed('v=3&o=learn-from-it&rn=&rl=differently:prepare&u=')}`,
};

test('the valid link these cases are made from shows its details', async ({ page }) => {
  await page.goto(`/results/not-you/#${valid}`);
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(
    page.getByText('The employer told them the role was cancelled, frozen, changed or lost its funding.'),
  ).toBeVisible();
});

test('a link made with version 1 of the check opens with its outcome and a short note, never a broken page', async ({ page }) => {
  const body = 'v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=';
  await page.goto(`/results/not-you/#${body}&c=${checksum(body)}`);
  await expect(page.getByRole('status').filter({ hasText: 'made with an earlier version of the check' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a link made with version 2 of the check opens with its outcome, never a broken page', async ({ page }) => {
  await page.goto(`/results/not-you/#${signed('v=2&o=not-you&rn=told:role-changed&rl=&u=since')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
  await expect(page.getByRole('status').filter({ hasText: /^This link / })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'made with an earlier version of the check' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('hostile and broken links', () => {
  for (const [name, fragment] of Object.entries(hostile)) {
    test(`${name}: the general page with its notice above the heading, no error, no script`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto(`/results/not-you/${fragment}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
      const notice = page.getByRole('status').filter({ hasText: /This link .*, so this page shows only the general guidance/ });
      await expect(notice).toBeVisible();
      const above = await notice.evaluate((element) =>
        Boolean(element.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
      expect(above).toBe(true);
      await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Why this result' })).toHaveCount(0);
      await expect(page.getByText(/you noticed/)).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(page.locator('main img')).toHaveCount(0);
    });
  }
});

for (const [outcome, story] of Object.entries(plans)) {
  test(`axe finds nothing on the "${outcome}" result page with its details`, async ({ page }) => {
    await finishCheck(page, story);
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
  await page.getByLabel('Name of the person who wrote to you').fill('Ms Rivera');
  await page.getByLabel('Your name').fill('Sam <b>bold</b>');
  const feedback = page.locator('#email-text-feedback-request');
  await expect(feedback).toContainText('Dear Ms Rivera,');
  await expect(feedback).toContainText('the Data analyst role. I enjoyed learning about Acme, Ltd.');
  await expect(feedback).toContainText('Sam <b>bold</b>');
  await expect(feedback.locator('b')).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy this email: Feedback request, after a rejection' }).click();
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
  await expect(page.locator('#email-text-status-check')).toContainText('Dear Ms Rivera,');
});

test('the kit keeps what was typed for each result: another rejection starts with no company, and the first one’s comes back', async ({
  page,
}) => {
  const first = await finishCheck(page, plans['not-you']);
  await page.getByLabel('Company').fill('Brightwater Ltd');
  await page.getByLabel('Your name').fill('Sam');
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  // What was typed in the kit labels the journal entry: nothing to type twice.
  await page.getByRole('link', { name: 'See it in your journal' }).click();
  await expect(page.locator('.entries').getByRole('heading', { name: 'Brightwater Ltd' })).toBeVisible();

  await finishCheck(page, plans['learn-from-it']);
  await expect(page.getByLabel('Company')).toHaveValue('');
  await expect(page.getByLabel('Your name')).toHaveValue('Sam');
  await expect(page.locator('#email-text-feedback-request')).toContainText('I enjoyed learning about [company].');
  await expect(page.locator('#email-text-feedback-request')).not.toContainText('Brightwater');
  await page.getByLabel('Company').fill('Cobalt');

  // The first result, saved in the journal, is still the person's own: its details come back.
  await page.goto(first);
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expect(page.getByLabel('Company')).toHaveValue('Brightwater Ltd');
});

test('the kit puts first what fits the outcome, suggests a reminder date, and never shows a button that does nothing', async ({
  page,
}) => {
  await finishCheck(page, plans['not-you']);
  // Retrying assertions: a one-shot read once saw an empty title in CI, under load (cause not found; 12 of 12 passed here).
  await expect(page.locator('.plan__email:visible h3')).toHaveText([
    'Keep in touch, for future roles',
    'Feedback request, after a rejection',
  ]);
  await expect(page.locator('.plan__email:visible').first()).toHaveAttribute('open', '');
  await expect(page.locator('#email-text-thank-you')).toHaveCount(0);
  // About ten weeks out, as the next steps say, and ready to download.
  const suggested = await page.getByLabel('Follow-up date').inputValue();
  const days = Math.round((Date.parse(suggested) - Date.now()) / 86_400_000);
  expect(days).toBeGreaterThanOrEqual(69);
  expect(days).toBeLessThanOrEqual(70);
  await expect(page.getByRole('button', { name: 'Download a calendar reminder (.ics)' })).toBeVisible();

  await finishCheck(page, plans['learn-from-it']);
  await expect(page.locator('.plan__email:visible h3').first()).toHaveText('Feedback request, after a rejection');
});

test('after feedback, or while waiting for it, the kit does not offer to ask for it', async ({ page }) => {
  await finishCheck(page, { told: ['feedback'], feedback: ['gap'], 'feedback-view': ['fixable'] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['learn-from-it']);
  await expect(page.locator('.plan__email:visible h3')).toHaveText(['Keep in touch, for future roles']);
  await expect(page.locator('.next-steps li:visible').first()).toContainText('Thank them for their feedback');
  // Asked for already and waiting: the kit does not ask again.
  await finishCheck(page, { 'asked-feedback': ['waiting'] });
  await expect(page.locator('.plan__email:visible h3')).toHaveText(['Status check, when the decision date has passed']);
});

test('when they stopped replying, the kit asks where things stand, not for feedback after a no that never came', async ({
  page,
}) => {
  await finishCheck(page, { 'how-told': ['no-word'] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['too-early']);
  await expect(page.locator('.plan__email:visible h3')).toHaveText(['Status check, when the decision date has passed']);
  const steps = page.locator('.next-steps li:visible');
  await expect(steps.first()).toContainText('Send one short status check');
  await expect(steps.filter({ hasText: /feedback request/i })).toHaveCount(0);
  // Told no, the same story is offered the feedback request first.
  await finishCheck(page, { 'how-told': ['template'] });
  await expect(page.locator('.plan__email:visible h3').first()).toHaveText('Feedback request, after a rejection');
  await expect(steps.first()).toContainText('Send a short feedback request');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an outcome page is readable: heading, guidance, next steps and email templates', async ({ page }) => {
    await page.goto(
      `/results/learn-from-it/#${signed('v=3&o=learn-from-it&rn=&rl=differently:prepare,differently:caught-out&u=')}`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['learn-from-it']);
    await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    await expect(
      page.getByText('The details of a result (its reasons, and the answers behind them) need JavaScript'),
    ).toBeVisible();
    // The steps that always apply to this outcome; those that depend on the answers wait for the script.
    await expect(page.locator('.next-steps li:visible')).toHaveCount(3);
    await expect(page.locator('.next-steps')).not.toContainText('[object Object]');
    await expect(page.locator('#email-text-feedback-request')).toContainText('Dear [their name],');
    await expect(page.getByText('Copy an email below and replace the words in square brackets')).toBeVisible();
    // No button that does nothing without JavaScript: the copy buttons and the reminder stay hidden.
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    await expect(page.getByLabel('Follow-up date')).toBeHidden();
  });
});

test.describe('share as a picture, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Records what the page shares; `canShare` answers `files` as given. */
  const stubShare = (page: Page, canShareFiles: boolean) =>
    page.addInitScript((can) => {
      const record = window as unknown as { shares: ShareData[] };
      record.shares = [];
      Object.defineProperty(navigator, 'canShare', { value: (data?: ShareData) => (data?.files ? can : true) });
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          record.shares.push(data);
        },
      });
    }, canShareFiles);

  /** The width and height in a PNG's header (its IHDR chunk), or undefined when it is not a PNG. */
  const pngSize = (bytes: Buffer) =>
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) &&
    bytes.subarray(12, 16).toString('latin1') === 'IHDR'
      ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
      : undefined;

  test('shares one PNG of 1080x1350 made on the device, with the result’s title; axe finds nothing', async ({ page }) => {
    await stubShare(page, true);
    const loaded: string[] = [];
    page.on('request', (request) => void (/result-picture/.test(request.url()) && loaded.push(request.url())));
    await finishCheck(page, plans.both);
    const button = page.getByRole('button', { name: 'Share as a picture' });
    // Loaded when the panel comes near, before the tap, and only once.
    await button.scrollIntoViewIfNeeded();
    await expect.poll(() => loaded.length).toBe(1);
    await expect(button).toHaveAccessibleDescription(
      'The picture shows your result and up to three reasons, never a name or a company.',
    );
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
    expect(loaded).toHaveLength(1);
    const shared = await page.evaluate(async () => {
      const { shares } = window as unknown as { shares: ShareData[] };
      const files = shares.flatMap((share) => share.files ?? []);
      const image = files[0] && (await createImageBitmap(files[0]));
      return {
        shares: shares.length,
        title: shares[0]?.title,
        url: shares[0]?.url,
        files: files.map((file) => [file.name, file.type]),
        size: image && [image.width, image.height],
      };
    });
    expect(shared).toEqual({
      shares: 1,
      title: `${outcomeTitles.both} · Not Never`,
      url: undefined,
      files: [['not-never-result.png', 'image/png']],
      size: [1080, 1350],
    });
    await expectNoAxeViolations(page);
  });

  test('closing the share sheet says nothing alarming', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'canShare', { value: () => true });
      Object.defineProperty(navigator, 'share', {
        value: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
      });
    });
    await finishCheck(page, plans['not-you']);
    await page.getByRole('button', { name: 'Share as a picture' }).click();
    await expect(page.locator('[data-share-status]')).toHaveText('');
  });

  test('where files cannot be shared, the picture downloads as a PNG of 1080x1350', async ({ page }) => {
    await stubShare(page, false);
    await finishCheck(page, plans['learn-from-it']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Share as a picture' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('not-never-result.png');
    expect(pngSize(await readFile(await file.path()))).toEqual([1080, 1350]);
    await expect(page.getByRole('status').filter({ hasText: 'The picture is in your downloads.' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { shares: ShareData[] }).shares)).toEqual([]);
  });

  test('in an app installed on iOS, where a download would trap the person, it says how to save the picture instead', async ({
    page,
  }) => {
    await stubShare(page, false);
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await finishCheck(page, plans['not-you']);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Share as a picture' }).click();
    await expect(page.getByRole('region', { name: 'Share this result' }).getByRole('status')).toHaveText(
      'The picture cannot be saved from the installed app. To save it, open this page in Safari and choose “Share as a picture” there.',
    );
    expect(downloads).toBe(0);
  });

  test('a friend who opens a shared link is not offered a picture of the friend’s result', async ({ page, browser }) => {
    const url = await finishCheck(page, plans.both);
    await expect(page.getByRole('button', { name: 'Share as a picture' })).toBeVisible();
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const theirs = await fresh.newPage();
    await theirs.goto(url);
    await expect(theirs.getByText('This is a result someone shared with you')).toBeVisible();
    await expect(theirs.getByRole('heading', { name: 'Why this result' })).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Share as a picture' })).toHaveCount(0);
    const loaded = await theirs.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('result-picture')),
    );
    expect(loaded).toEqual([]);
    await fresh.close();
  });
});
