import type { Locator } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { knowsLittle, outcomeTitles, plans, seedFinishedCheck } from './check-helpers';

// With motion as most phones have it (the other specs reduce it, see playwright.config.ts).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'no-preference' });

test('on a phone, a typical run from the home page to a result takes fewer than 30 taps', async ({ page }) => {
  let taps = 0;
  const tap = async (locator: import('@playwright/test').Locator) => {
    await locator.tap();
    taps += 1;
  };
  await page.goto('/');
  await tap(page.getByRole('link', { name: 'Take the five-minute check' }));
  await tap(page.getByRole('button', { name: 'Start the check' }));
  const heading = page.getByRole('heading', { level: 1 });
  // A typical story: a final round, a standard email, one thing to practise, nothing looked into yet.
  const story: Record<string, readonly string[]> = { ...knowsLittle, differently: ['caught-out'] };
  const totals: number[] = [];
  for (;;) {
    await expect(heading).toBeFocused();
    if ((await heading.innerText()) === 'Check your answers') break;
    totals.push(Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).split(' of ')[1]));
    const questionId = (await page.locator('form.question input').first().getAttribute('name'))!;
    for (const optionId of story[questionId] ?? []) await tap(page.locator(`label[for="q-${questionId}-${optionId}"]`));
    await tap(page.getByRole('button', { name: 'Continue' }));
  }
  await tap(page.getByRole('button', { name: 'See my result' }));
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  console.log(`Taps from the home page to a result: ${taps}`);
  expect(taps).toBeLessThan(30);
  // The total in "Question 9 of 10" counts down as answers rule questions out; it never jumps up near the end.
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
});

test('on a touch screen, number-key hints and their switch are not shown', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).tap();
  await expect(page.locator('.key').first()).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Number keys choose an answer/ })).toBeHidden();
});

const SCREEN = 844;
/** Where an element's top sits on the page, in screens of this phone (0 is the top of the page). */
const topOnPage = (locator: Locator) =>
  locator.evaluate((element) => (element.getBoundingClientRect().top + window.scrollY) / window.innerHeight);

test('each step of the check names itself in the title, says "Error: " while an error shows, and keeps Back above and progress in view', async ({
  page,
}) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).tap();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(page).toHaveTitle(/^Question 1 of \d+: How far did you get before they said no\? · Not Never$/);
  await expect(page.getByText('Answer a few short questions', { exact: false })).toHaveCount(0);

  await page.getByRole('button', { name: 'Continue' }).tap();
  await expect(page).toHaveTitle(/^Error: Question 1 of \d+: How far did you get before they said no\? · Not Never$/);
  await expectNoAxeViolations(page, 'an error, on a phone');
  await page.locator('label[for="q-stage-final-round"]').tap();
  await page.getByRole('button', { name: 'Continue' }).tap();
  await expect(page).toHaveTitle(/^Question 2 of \d+: .+ · Not Never$/);
  await expect(heading).toBeFocused();

  // Back sits above the question, as GOV.UK's back link does.
  const back = page.getByRole('button', { name: 'Back' });
  expect(await topOnPage(back)).toBeLessThan(await topOnPage(heading));

  // The longest question: scrolled down to Continue, the progress line is still on screen.
  await page.locator('label[for="q-internal-applicant-no"]').tap();
  await page.getByRole('button', { name: 'Continue' }).tap();
  await expect(heading).toHaveText(/what would you do differently/);
  const progress = page.getByText(/^Question 3 of \d+$/);
  await page.getByRole('button', { name: 'Continue' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY), 'the page has scrolled').toBeGreaterThan(0);
  const box = (await progress.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(SCREEN);
  await expectNoAxeViolations(page, 'a "tick any" question, scrolled, on a phone');
});

test('"Start again" is away from Continue and asks first, saying how many answers would be cleared', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).tap();
  await page.locator('label[for="q-stage-later-round"]').tap();
  await page.getByRole('button', { name: 'Continue' }).tap();
  await page.locator('label[for="q-internal-applicant-no"]').tap();
  await page.getByRole('button', { name: 'Continue' }).tap();

  const continueButton = page.getByRole('button', { name: 'Continue' });
  const startAgain = page.getByRole('button', { name: 'Start again' });
  const gap = (await startAgain.boundingBox())!.y - (await continueButton.boundingBox())!.y;
  expect(gap, 'Start again sits well below Continue, not beside it').toBeGreaterThan(80);

  await startAgain.tap();
  const confirm = page.getByRole('group', { name: 'Start again with no answers?' });
  await expect(confirm).toContainText('Your 2 answers will be cleared. This cannot be undone.');
  await expectNoAxeViolations(page, 'start again, asking first, on a phone');
  await confirm.getByRole('button', { name: 'Keep my answers' }).tap();
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();

  await page.getByRole('button', { name: 'Start again' }).tap();
  await page.getByRole('button', { name: 'Clear my answers and start again' }).tap();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

for (const [outcome, story] of Object.entries(plans)) {
  test(`the "${outcome}" result opens with the person’s own outcome, reasons and Save within the first two screens`, async ({
    page,
  }) => {
    await page.goto(await seedFinishedCheck(page, story));
    const why = page.getByRole('heading', { name: 'Why this result' });
    await expect(why).toBeVisible();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(outcomeTitles[outcome as keyof typeof plans]);
    const lastReason = page.locator('.breakdown li').last();
    const save = page.getByRole('button', { name: 'Save to my journal' });
    expect(await topOnPage(heading)).toBeLessThan(1);
    expect(await topOnPage(lastReason)).toBeLessThan(2);
    const saveBottom = await save.evaluate((element) => element.getBoundingClientRect().bottom / window.innerHeight);
    expect(saveBottom, 'the Save button ends within the first two screens').toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page, `own "${outcome}" result, on a phone`);
  });
}

test('after unfair treatment, where to get advice leads the result, and Save is still within three screens', async ({ page }) => {
  // Asked about family plans, and little else known.
  await page.goto(await seedFinishedCheck(page, { unfair: ['personal-questions'] }));
  const advice = page.getByRole('heading', { name: 'If it may have been unfair' });
  const why = page.getByRole('heading', { name: 'Why this result' });
  await expect(why).toBeVisible();
  expect(await topOnPage(advice)).toBeLessThan(await topOnPage(why));
  const saveBottom = await page
    .getByRole('button', { name: 'Save to my journal' })
    .evaluate((element) => element.getBoundingClientRect().bottom / window.innerHeight);
  // Three screens here, not two: the advice comes first and names the region's bodies, where to complain and the time limit.
  expect(saveBottom).toBeLessThanOrEqual(3.25);
  await expect(page.getByRole('region', { name: 'If you’re struggling' })).toBeAttached();
  // Nothing about a freeze the person never mentioned is offered as what could change it.
  await expect(page.getByText('for a freeze or a restructure')).toHaveCount(0);
  await expectNoAxeViolations(page, 'unfair treatment, on a phone');
});

test('after saving on a phone, the journal opens on a confirmation that has focus and is on screen without scrolling', async ({
  page,
}) => {
  await page.goto(await seedFinishedCheck(page, plans.both));
  await page.getByRole('button', { name: 'Save to my journal' }).tap();
  // The button is gone; focus is on what replaced it, not back at the top of the page.
  await expect(page.locator('[data-saved]')).toBeFocused();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in your journal' }).tap();
  const banner = page.getByRole('heading', { name: 'Saved to your journal' });
  await expect(banner).toBeFocused();
  await expect(banner).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('link', { name: 'Add the company and role' })).toBeInViewport();
  await expectNoAxeViolations(page, 'saved banner, on a phone');
  // The banner is shown once: the address no longer asks for it.
  await expect(page).toHaveURL(/\/journal\/$/);

  // Labelling it, on the entry's own page: focus goes to the first field, nothing is wider than the screen, and the label is confirmed.
  await page.getByRole('link', { name: 'Add the company and role' }).tap();
  await expect(page.getByRole('textbox', { name: /^Company/ })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('textbox', { name: /^Company/ }).fill('Brightwater Ltd');
  await page.getByLabel(/^Role/).fill('Data analyst');
  await page.getByRole('button', { name: 'Save the label' }).tap();
  await expect(page.getByText('Label saved: Data analyst at Brightwater Ltd.')).toBeFocused();
  await expectNoAxeViolations(page, 'label saved, on a phone');
  // Back in the journal, the entry has its label and the banner is gone.
  await page.getByRole('link', { name: 'Back to your journal' }).last().tap();
  await expect(page.getByRole('heading', { name: 'Data analyst at Brightwater Ltd' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toHaveCount(0);
});

test('the interview answer claims nothing the answers do not say, and names one reason on their side at most', async ({
  page,
}) => {
  // The role was changed and a freeze announced; they did not ask for feedback and would do nothing differently.
  await page.goto(
    await seedFinishedCheck(page, {
      told: ['role-changed'],
      since: ['freeze-announced'],
      'asked-feedback': ['not-yet'],
      differently: ['nothing'],
    }),
  );
  await page.getByRole('button', { name: 'Save to my journal' }).tap();
  await page.getByRole('link', { name: 'See it in your journal' }).tap();
  await page.getByRole('link', { name: 'Draft an interview answer' }).tap();
  const action = page.getByLabel('Action');
  await expect(action).toHaveValue(/\[What I did next\.\]/);
  const text = await action.inputValue();
  expect(text).not.toMatch(/asked them for feedback|I could /);
  expect(text.match(/outside my control/g) ?? []).toHaveLength(1);
  expect(text).not.toMatch(/freeze/);
  // The box grows with its text: nothing of the draft is hidden behind a scroll bar.
  expect(await action.evaluate((box) => box.scrollHeight <= box.clientHeight + 1)).toBe(true);
  await expectNoAxeViolations(page, 'STAR builder, on a phone');

  // An edit is kept with the entry and survives leaving the page.
  await action.fill(`${text} I wrote to the hiring manager to keep in touch.`);
  await page.goto('/journal/');
  await page.getByRole('link', { name: 'Draft an interview answer' }).tap();
  await expect(page.getByLabel('Action')).toHaveValue(/I wrote to the hiring manager to keep in touch\.$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/check/', '/results/both/', '/journal/', '/journal/answer/']) {
    test(`${path} shows no button that would do nothing`, async ({ page }) => {
      await page.goto(path);
      const visible = await page
        .locator('main button')
        .evaluateAll((buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent !== null).length);
      expect(visible).toBe(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});
