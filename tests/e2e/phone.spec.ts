import { test, expect } from './fixtures';
import { knowsLittle } from './check-helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

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
  for (;;) {
    await expect(heading).toBeFocused();
    if ((await heading.innerText()) === 'Check your answers') break;
    const questionId = (await page.locator('form.question input').first().getAttribute('name'))!;
    for (const optionId of story[questionId] ?? []) await tap(page.locator(`label[for="q-${questionId}-${optionId}"]`));
    await tap(page.getByRole('button', { name: 'Continue' }));
  }
  await tap(page.getByRole('button', { name: 'See my result' }));
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  console.log(`Taps from the home page to a result: ${taps}`);
  expect(taps).toBeLessThan(30);
});

test('on a touch screen, number-key hints and their switch are not shown', async ({ page }) => {
  await page.goto('/check/');
  await page.getByRole('button', { name: 'Start the check' }).tap();
  await expect(page.locator('.key').first()).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /Number keys choose an answer/ })).toBeHidden();
});
