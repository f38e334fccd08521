import { test, expect, expectNoAxeViolations } from './fixtures';
import { answerByClicking, answerByKeyboard, outcomeTitles, plans, startByKeyboard, tabTo, TOTAL } from './check-helpers';

const KEY = 'notnever:check:v1';

for (const [outcome, positions] of Object.entries(plans)) {
  test(`by keyboard alone, a full run reaches "${outcome}" and explains why`, async ({ page }) => {
    await startByKeyboard(page);
    await answerByKeyboard(page, positions);
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'See my result' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/results/${outcome}/#v=1&`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles[outcome as keyof typeof outcomeTitles]);
    await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Not you: \d+ out of 100/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Learn from it: \d+ out of 100/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    if (outcome === 'too-early') await expect(page.getByText(/Many of your answers were "don't know"/)).toBeVisible();
    if (outcome === 'not-you' || outcome === 'both')
      await expect(page.getByText('The company froze hiring or cut costs')).toBeVisible();
  });
}

test('axe finds nothing at the first step, an error, check your answers and the result', async ({ page }) => {
  await page.goto('/check/');
  await expectNoAxeViolations(page, 'start');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expectNoAxeViolations(page, 'first question');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectNoAxeViolations(page, 'error state');
  await answerByClicking(page, plans.both);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page, 'check your answers');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  await expectNoAxeViolations(page, 'result');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'result, dark');
});

test('a reload mid-way offers to resume, and resumes where the person left off', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, [1, 2, 3]);
  await page.reload();
  const panel = page.getByRole('group', { name: 'You have a check in progress' });
  await expect(panel).toContainText(`You answered 3 of ${TOTAL} questions`);
  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText(`Question 4 of ${TOTAL}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'No, it is unchanged or was filled' })).toBeChecked();

  await page.reload();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByText(`Question 1 of ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test("the browser's Back button goes to the previous step", async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, [1, 2]);
  await expect(page.getByText(`Question 3 of ${TOTAL}`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(`Question 2 of ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'There were signs of it' })).toBeChecked();
  await page.goBack();
  await expect(page.getByText(`Question 1 of ${TOTAL}`, { exact: true })).toBeVisible();
  await page.goForward();
  await expect(page.getByText(`Question 2 of ${TOTAL}`, { exact: true })).toBeVisible();
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/check/');
  await second.goto('/check/');
  await first.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(first, [1, 1]);
  await expect(second.getByText(`Question 3 of ${TOTAL}`, { exact: true })).toBeVisible();
  await second.getByRole('button', { name: 'Back' }).click();
  await expect(first.getByText(`Question 2 of ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(first.getByRole('radio', { name: 'Yes, they told me so' })).toBeChecked();
});

test('number-key shortcuts can be switched off, and stay off', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('checkbox', { name: /Number keys choose an answer/ }).uncheck();
  await page.reload();
  await expect(page.getByText(`Question 1 of ${TOTAL}`, { exact: true })).toBeVisible();
  await page.locator('body').press('3');
  await expect(page.getByRole('radio').nth(2)).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Number keys choose an answer/ })).not.toBeChecked();
});

test.describe('stored data that cannot be read', () => {
  const cases = {
    'not JSON': '{"checkVersion":1,',
    'another shape': '{"theme":"dark"}',
    'a newer version': JSON.stringify({ checkVersion: 99, answers: {}, step: 3, reviewing: false }),
    'foreign answers': JSON.stringify({
      checkVersion: 1,
      answers: { 'hiring-freeze': '<script>alert(1)</script>' },
      step: 1,
      reviewing: false,
    }),
    'a bare number': '42',
  };
  for (const [name, raw] of Object.entries(cases)) {
    test(`${name}: the page works, says so, and keeps the data aside`, async ({ page }) => {
      // Written from a page without scripts, so that nothing reads it before the check page loads.
      await page.goto('/privacy/');
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
      await page.goto('/check/');
      await expect(page.getByText(/We could not read something this site saved/)).toBeVisible();
      const backups = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('notnever:backup:check:v1:'))
          .map((key) => localStorage.getItem(key)),
      );
      expect(backups).toEqual([raw]);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await answerByClicking(page, [1]);
      await expect(page.getByText(`Question 2 of ${TOTAL}`, { exact: true })).toBeVisible();
    });
  }
});

test('with storage that throws on every write (full), the check still works and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function (key: string) {
      if (key.startsWith('notnever:check')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByText(/storage is full, so your answers will be lost/)).toBeVisible();
  await answerByClicking(page, plans['not-you']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['not-you']);
});

test('with storage disabled, the check still works and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/check/');
  await expect(page.getByText(/not letting this site save anything/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await answerByClicking(page, plans['learn-from-it']);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitles['learn-from-it']);
  await expect(page.getByText(/not keeping what you type on this site/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the check page points to the worksheet, which has every question and a scoring guide', async ({ page }) => {
    await page.goto('/check/');
    await expect(page.getByText(/JavaScript may be off/)).toBeVisible();
    await page.getByRole('link', { name: 'Print the worksheet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The check, as a worksheet');
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(TOTAL);
    await expect(page.getByRole('heading', { name: /^1\. Has the company announced a hiring freeze/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Scoring it by hand' })).toBeVisible();
    await expect(page.getByText(/too early to tell/).first()).toBeVisible();
  });
});
