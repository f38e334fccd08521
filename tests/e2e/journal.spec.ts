import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { answerByClicking, plans, seedFinishedCheck, startNewCheck, type Story } from './check-helpers';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { JOURNAL_KEY, journalText, savedEntry } from './journal-entries';

/** Saves a finished check to the journal from its result page (`take`: taking the check first), then labels the entry from the journal's confirmation, on the entry's own page. */
async function saveCheck(page: Page, story: Story, company: string, stage: string, take = false): Promise<string> {
  if (take) {
    await page.goto('/check/');
    await startNewCheck(page);
    await answerByClicking(page, story);
    await page.getByRole('button', { name: 'See my result' }).click();
  } else {
    // A check finished in this browser, put in storage as the check page leaves it (most tests here are about the journal).
    await page.goto(await seedFinishedCheck(page, story));
  }
  await expect(page.getByRole('heading', { name: 'Why this result' })).toBeVisible();
  const resultUrl = page.url();
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  await page.getByRole('link', { name: 'See it in your journal' }).click();
  await expect(page.getByRole('heading', { name: 'Saved to your journal' })).toBeFocused();
  await page.getByRole('link', { name: 'Add the company and role' }).click();
  await expect(page.getByRole('textbox', { name: /^Company/ })).toBeFocused();
  await page.getByRole('textbox', { name: /^Company/ }).fill(company);
  await page.getByLabel(/^Role/).fill('Analyst');
  await page.getByLabel(/^Stage reached/).selectOption({ label: stage });
  await page.getByRole('button', { name: 'Save the label' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Label saved: Analyst at ${company}.` })).toBeFocused();
  await page.getByRole('link', { name: 'Back to your journal' }).last().click();
  await expect(page.locator('.entries').getByRole('heading', { name: `Analyst at ${company}` })).toBeVisible();
  return resultUrl;
}

const entryHeadings = (page: Page) => page.locator('.entries .card h3');

test('two saved checks show in the journal with their pattern, and a STAR answer can be drafted from one', async ({
  page,
  context,
}) => {
  const notYou = await saveCheck(page, plans['not-you'], 'Acme', 'Later round, a panel or an assessment centre', true);
  await saveCheck(page, plans['learn-from-it'], 'Beta', 'Later round, a panel or an assessment centre');
  await expect(entryHeadings(page)).toHaveCount(2);
  await expect(
    page.getByText(
      'Both of your rejections came after a later round, a panel or an assessment centre: that stage is the place to practise first.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Results by outcome' })).toContainText('It looks like it was not you');
  await expectNoAxeViolations(page, 'journal with entries');

  // The same check is not saved twice: its result page says it is in the journal.
  await page.goto(notYou);
  await expect(page.getByText('This result is in your journal.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to my journal' })).toHaveCount(0);

  // Open: the entry's own result, with the person's own answers.
  await page.goto('/journal/');
  await page.getByRole('link', { name: 'Open Analyst at Acme' }).click();
  await expect(page).toHaveURL(/\/results\/not-you\/#v=3&o=not-you&/);
  await expect(page.getByText('Your answer: “The role was cancelled, frozen, changed or lost its funding”')).toBeVisible();
  await expect(page.getByText('This result is in your journal.')).toBeVisible();

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/journal/');
  await page.locator('.card', { hasText: 'Analyst at Beta' }).getByRole('link', { name: 'Draft an interview answer' }).click();
  await expect(page.getByLabel('Situation')).toHaveValue(/I reached the final round for the Analyst role at Beta/);
  await expect(page.getByLabel('Action')).toHaveValue(
    /I saw that I could prepare better and practise the kind of question that had caught me out/,
  );
  await expect(page.getByLabel('Action')).not.toHaveValue(/asked them for feedback/);
  await expectNoAxeViolations(page, 'STAR builder');
  await page.getByRole('button', { name: 'Copy my answer' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Situation: .*Beta/);
});

test('the journal exports to a file that imports into a fresh browser; bad files are refused with the journal intact', async ({
  page,
  browser,
}, testInfo) => {
  await saveCheck(page, plans.both, 'Acme', 'Final round');
  await saveCheck(page, plans['too-early'], 'Beta', 'First interview');
  await page.goto('/journal/data/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my journal' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'not-never-journal', version: 1 });
  expect(exported.entries).toHaveLength(2);
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toHaveText(
    /^Exported 2 entries as not-never-journal-\d{4}-\d{2}-\d{2}\.json: look for it in your downloads\.$/,
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const imported = other.getByRole('region', { name: 'Import a journal' }).getByRole('status');
  await other.goto('/journal/data/');
  const input = other.getByLabel('Choose a file exported from Not Never');

  const bad: Record<string, { contents: string | Buffer; message: RegExp }> = {
    'notes.txt': { contents: 'just some notes', message: /not JSON/ },
    'other.json': { contents: '{"name":"my-app"}', message: /not a Not Never journal export/ },
    'newer.json': { contents: JSON.stringify({ ...exported, version: 9 }), message: /made by a newer version/ },
    'hostile.json': {
      contents: JSON.stringify({
        ...exported,
        entries: [{ ...exported.entries[0], label: { company: '<img src=x onerror=alert(1)>'.repeat(20) } }],
      }),
      message: /Entry 1 in this file cannot be used: its company or role is not text of up to 100 characters/,
    },
    'huge.json': { contents: Buffer.alloc(1_100_000, 32), message: /too large/ },
  };
  for (const [name, { contents, message }] of Object.entries(bad)) {
    const path = testInfo.outputPath(name);
    await writeFile(path, contents);
    await input.setInputFiles(path);
    await expect(imported).toContainText(message);
    await expect(imported).toContainText('Nothing was changed.');
  }
  await other.goto('/journal/');
  await expect(other.getByText('None yet.')).toBeVisible();

  await other.goto('/journal/data/');
  await input.setInputFiles(file);
  const preview = other.getByRole('group', { name: 'Ready to import' });
  await expect(preview).toContainText('This file holds 2 entries: 2 will be added.');
  await expectNoAxeViolations(other, 'import preview');
  await preview.getByRole('button', { name: 'Add the new entries' }).click();
  await expect(imported).toContainText('Added 2 entries to your journal.');
  await other.goto('/journal/');
  await expect(entryHeadings(other)).toHaveText(['Analyst at Beta', 'Analyst at Acme']);
  await fresh.close();
});

test('clearing the journal asks first, then leaves nothing', async ({ page }) => {
  await page.clock.install();
  await saveCheck(page, plans['not-you'], 'Acme', 'Screening call');
  await page.goto('/journal/data/');
  await page.getByRole('button', { name: 'Delete my whole journal' }).click();
  await expect(page.getByRole('alert')).toContainText('Delete all 1 entry from this browser?');
  await expectNoAxeViolations(page, 'clear confirmation');
  await page.getByRole('button', { name: 'Yes, delete my journal' }).click();
  // For a minute the journal remembers which entries went (their ids, nothing typed), so that another open tab cannot bring them back.
  const stored = () => page.evaluate(() => localStorage.getItem('notnever:journal:v1'));
  expect(JSON.parse((await stored()) ?? '{}')).toMatchObject({ entries: [] });
  expect(await stored()).not.toContain('Acme');
  await page.clock.runFor(61_000);
  await expect.poll(stored).toBeNull();
  await page.goto('/journal/');
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('shared-computer mode keeps nothing on the device, even after a reload, and nothing once the tab is closed', async ({
  page,
  context,
}) => {
  await saveCheck(page, plans['not-you'], 'Acme', 'Final round');
  await page.goto('/journal/data/');
  // Clicking asks first (the box stays clear until the person confirms), as the journal would leave this device.
  await page.getByRole('checkbox', { name: 'Don’t keep anything on this device' }).click();
  await expect(page.getByRole('alert')).toContainText('This takes your journal (1 entry)');
  await expect(page.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Switch on' }).click();
  await expect(page.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).toBeChecked();

  // A new check in this mode, taken in this tab, is not written to the device either.
  await saveCheck(page, plans['learn-from-it'], 'Beta', 'Final round', true);
  const ours = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('notnever:')));
  expect(await ours()).toEqual([]);

  await page.reload();
  expect(await ours()).toEqual([]);
  await expect(entryHeadings(page)).toHaveText(['Analyst at Beta', 'Analyst at Acme']);
  await page.goto('/journal/data/');
  await expect(page.getByRole('checkbox', { name: 'Don’t keep anything on this device' })).toBeChecked();

  // A new tab is a new session: nothing of the last one is there.
  const next = await context.newPage();
  await next.goto('/journal/');
  await expect(next.getByText('None yet.')).toBeVisible();
  expect(await next.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('notnever:')))).toEqual([]);
});

test('a journal in storage that is not one is kept aside with a notice', async ({ page }) => {
  await page.goto('/privacy/');
  await page.evaluate(() =>
    localStorage.setItem('notnever:journal:v1', '{"format":"not-never-journal","version":9,"entries":[]}'),
  );
  await page.goto('/journal/');
  await expect(page.getByText(/We could not read something this site saved/)).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('notnever:backup:journal:v1:')),
  );
  expect(backups).toHaveLength(1);
});

test('an entry saved with version 2 keeps its reasons in the words of then, and opens its outcome with a note', async ({
  page,
}) => {
  // What version 2 saved: reasons as codes, one of them an answer version 3 retired (its words are in retired.yaml).
  const version2 = {
    format: 'not-never-journal',
    version: 1,
    entries: [
      {
        id: 'mhh2old-def456',
        savedAt: '2026-11-02T09:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
        checkVersion: 2,
        outcome: 'not-you',
        reasons: { notYou: ['unfair:cut-short'], learn: [] },
        answers: { stage: ['final-round'], unfair: ['cut-short'] },
        label: { company: 'Initech', role: 'Planner', date: '2026-10-30', stage: 'final-round' },
      },
    ],
  };
  await page.goto('/privacy/');
  await page.evaluate((text) => localStorage.setItem('notnever:journal:v1', text), JSON.stringify(version2));
  await page.goto('/journal/');
  const card = page.locator('.entries .card', { hasText: 'Planner at Initech' });
  await expect(card).toContainText('It looks like it was not you');
  await expect(card).toContainText('The interview was cut very short, or an interviewer was hostile or dismissive');
  await expect(page.getByText(/We could not read something/)).toHaveCount(0);
  await card.getByRole('link', { name: /^Open/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('It looks like it was not you');
  await expect(page.getByRole('status').filter({ hasText: 'saved with an earlier version of the check' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
});

test('an entry saved with version 1 of the check stays readable, with its outcome and date, and opens its outcome', async ({
  page,
}) => {
  // Exactly what version 1 saved: scores, reasons as question ids, one option per question.
  const version1 = {
    format: 'not-never-journal',
    version: 1,
    entries: [
      {
        id: 'mhh1old-abc123',
        savedAt: '2026-10-02T09:00:00.000Z',
        checkVersion: 1,
        outcome: 'not-you',
        notYou: 67,
        learn: 50,
        evidence: 56,
        reasons: { notYou: ['hiring-freeze'], learn: [] },
        answers: { 'hiring-freeze': 'yes', 'stage-reached': 'final-round' },
        label: { company: 'Acme', role: 'Analyst', date: '2026-09-30', stage: 'final-round' },
      },
    ],
  };
  await page.goto('/privacy/');
  await page.evaluate((text) => localStorage.setItem('notnever:journal:v1', text), JSON.stringify(version1));
  await page.goto('/journal/');
  const card = page.locator('.entries .card', { hasText: 'Analyst at Acme' });
  await expect(card).toContainText('It looks like it was not you');
  await expect(card).toContainText('30 September 2026');
  await expect(card).toContainText('Saved with an earlier version of the check');
  await expect(page.getByText(/We could not read something/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'journal with a version-1 entry');
  await card.getByRole('link', { name: /^Open/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('It looks like it was not you');
  await expect(page.getByRole('status').filter({ hasText: 'saved with an earlier version of the check' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page.goto('/journal/answer/');
  await expect(page.getByLabel('Situation')).toHaveValue(/In September 2026, I interviewed for the Analyst role at Acme/);
});

test('two open tabs of the journal stay in step', async ({ page, context }) => {
  await saveCheck(page, plans['not-you'], 'Acme', 'Final round');
  const other = await context.newPage();
  await other.goto('/journal/data/');
  await expect(page.getByRole('heading', { name: 'Analyst at Acme' })).toBeVisible();
  await other.getByRole('button', { name: 'Delete my whole journal' }).click();
  await other.getByRole('button', { name: 'Yes, delete my journal' }).click();
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('the company and role typed in the follow-up kit after saving label the saved entry too', async ({ page }) => {
  await page.goto(await seedFinishedCheck(page, plans['too-early']));
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
  await page.locator('#plan-company').fill('Acme');
  await page.locator('#plan-role').fill('Analyst');
  await page.goto('/journal/');
  await expect(entryHeadings(page)).toHaveText(['Analyst at Acme']);
});

test('an empty journal appears without moving itself or anything above it', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { moved: string[] }).moved = moved;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as unknown as { sources: { node?: Node | null }[] }[]) {
        for (const { node } of shift.sources)
          moved.push(node instanceof Element ? node.id || node.getAttribute('aria-labelledby') || node.tagName : String(node));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/journal/');
  await expect(page.getByRole('heading', { name: 'Your saved checks' })).toBeVisible();
  // Two frames after it appeared, so that a shift it caused has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const moved = await page.evaluate(() => (window as unknown as { moved: string[] }).moved);
  // Only what follows the journal may move (the data section, coming into view under an empty journal).
  expect(moved.filter((name) => name !== 'data-title')).toEqual([]);
});

test('after Back to the interview-answer builder, the rejection shown is the one copied and edited', async ({
  playwright,
  baseURL,
}) => {
  // Without the back/forward cache, Back loads the page again, and the browser puts back what its fields held.
  const browser = await playwright.chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, '--disable-back-forward-cache'],
  });
  const context = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  const journal = journalText([
    savedEntry('a1', 'Acme', 'Analyst', '2026-09-01'),
    savedEntry('b2', 'Beta', 'Analyst', '2026-10-01'),
  ]);
  await page.goto('/privacy/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [JOURNAL_KEY, journal]);
  await page.goto('/journal/answer/');
  const situation = page.getByLabel('Situation');
  await expect(situation).toHaveValue(/role at Beta/);
  await page.getByLabel('Which rejection is your answer about?').selectOption({ label: 'Analyst at Acme' });
  await expect(situation).toHaveValue(/role at Acme/);
  await page.goto('/privacy/');
  await page.goBack();
  await expect(page.getByLabel('Which rejection is your answer about?')).toHaveValue('a1');
  await expect(situation).toHaveValue(/role at Acme/);
  await page.getByRole('button', { name: 'Copy my answer' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Situation: .*role at Acme/);
  await situation.fill('At Acme, after Back.');
  const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), JOURNAL_KEY);
  expect(kept.entries.find((e: { id: string }) => e.id === 'a1').star.situation).toBe('At Acme, after Back.');
  expect(kept.entries.find((e: { id: string }) => e.id === 'b2').star).toBeUndefined();
  expect(errors).toEqual([]);
  await browser.close();
});
