/**
 * The journal as a record of the search, on a phone: "Due now" with its emails, Done and Snooze
 * across a reload and a second tab, company memory, the stages page, and the activity record as a
 * spreadsheet and on A4.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { afterFirstInterview, JOURNAL_KEY as KEY, journalText, savedEntry, type Track } from './journal-entries';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Ten in the morning on 1 March 2027, in London (where the tests run). */
const NOW = new Date('2027-03-01T10:00:00Z');

/** The check's answers of an application still waiting: a first interview, and then "they stopped replying". */
const waiting = { ...afterFirstInterview, 'how-told': ['no-word'] };
/** Four applications: one to reapply to today, one follow-up due, one quiet for 19 days, one waiting a few days with a date still to come. */
const journal = journalText([
  savedEntry('a1', 'Acme Ltd', 'Analyst', '2026-09-01', {
    steps: [
      { step: 'applied', date: '2026-08-01' },
      { step: 'interview', date: '2026-08-20' },
      { step: 'rejected', date: '2026-09-01' },
    ],
    reapply: { date: '2027-03-01' },
  }),
  savedEntry('b2', 'ACME', 'Data analyst', '2027-02-01', {
    steps: [
      { step: 'interview', date: '2027-01-25' },
      { step: 'rejected', date: '2027-02-01' },
    ],
    next: { kind: 'follow-up', date: '2027-02-27' },
  }),
  savedEntry('c3', 'Beta', 'Designer', '2027-02-10', { steps: [{ step: 'interview', date: '2027-02-10' }] }, waiting),
  savedEntry(
    'd4',
    'Gamma',
    'Writer',
    '2027-02-25',
    { steps: [{ step: 'interview', date: '2027-02-25' }], next: { kind: 'hear-back', date: '2027-03-10' } },
    waiting,
  ),
]);

async function openJournal(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/privacy/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, journal]);
  await page.goto('/journal/');
}

const due = (page: Page) => page.getByRole('region', { name: 'Due now' });
const dueTitles = (page: Page) => due(page).getByRole('heading', { level: 3 });

test('"Due now" shows what has come due with its email and reminder; Done and Snooze last across a reload and a second tab', async ({
  page,
  context,
}) => {
  await openJournal(page);
  // Oldest first: no word from Beta since 10 February, the follow-up of 27 February, and Acme's reapply date today. Not Gamma's.
  await expect(dueTitles(page)).toHaveText([
    'No word for 19 days: Designer at Beta',
    'Follow up: Data analyst at ACME',
    'You may apply again: Analyst at Acme Ltd',
  ]);

  // After a no, the follow-up is the feedback request, filled in with the entry's role and company.
  const followUp = due(page).getByRole('listitem').filter({ hasText: 'Follow up: Data analyst at ACME' });
  await followUp.getByText('Feedback request, after a rejection').click();
  await expect(followUp.locator('pre')).toContainText('Subject: Thank you, and a short request');
  await expect(followUp.locator('pre')).toContainText('the process for the Data analyst role. I enjoyed learning about ACME.');
  // Waiting for word, it is the status check, with the day the silence counts from.
  const quiet = due(page).getByRole('listitem').filter({ hasText: 'No word for 19 days' });
  await expect(quiet).toContainText('No reply since 10 February 2027.');
  await quiet.getByText('Status check, when the decision date has passed').click();
  await expect(quiet.locator('pre')).toContainText('the Designer role at Beta');
  await expectNoAxeViolations(page, 'Due now, with its emails open');

  // The calendar reminder is an iCalendar file for today, named for the application, made when asked for.
  const [reminder] = await Promise.all([
    page.waitForEvent('download'),
    followUp.getByRole('button', { name: /^Add to my calendar/ }).click(),
  ]);
  expect(reminder.suggestedFilename()).toBe('follow-up-2027-03-01.ics');
  const ics = readFileSync((await reminder.path()) ?? '', 'utf8');
  // Said beside the button that was tapped, not at the top of the list.
  await expect(followUp.getByRole('status')).toHaveText('The reminder is downloading: open it to add it to your calendar.');
  expect(ics).toContain('SUMMARY:Follow up: Data analyst at ACME');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
  expect(ics.replace(/\r\n /g, '')).toContain('the emails are in your Not Never journal\\, under “Due now”.');

  // Done and Snooze take the item away, so what happened is said under the list's heading.
  const said = due(page).getByRole('status').first();
  await followUp.getByRole('button', { name: 'Done (Data analyst at ACME)' }).click();
  await expect(said).toHaveText('Done: Data analyst at ACME.');
  await quiet.getByRole('button', { name: 'Snooze a week (Designer at Beta)' }).click();
  await expect(said).toHaveText('Snoozed for a week: Designer at Beta.');
  await expect(dueTitles(page)).toHaveText(['You may apply again: Analyst at Acme Ltd']);
  await expect(page.locator('#due-title')).toBeFocused();

  await page.reload();
  await expect(dueTitles(page)).toHaveText(['You may apply again: Analyst at Acme Ltd']);
  const stored = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { entries: { id: string; track: Track }[] },
    KEY,
  );
  expect(stored.entries.find((e) => e.id === 'c3')?.track.next).toEqual({ kind: 'hear-back', date: '2027-03-08' });
  expect(stored.entries.find((e) => e.id === 'b2')?.track.next).toBeUndefined();

  // A second tab shows the same list, and what it does shows in the first.
  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto('/journal/');
  await expect(dueTitles(other)).toHaveText(['You may apply again: Analyst at Acme Ltd']);
  await other.getByRole('button', { name: 'Done (Analyst at Acme Ltd)' }).click();
  await expect(due(page).getByText('Nothing is due today.')).toBeVisible();
  await other.close();

  // A week later, the snoozed application comes back, waiting to hear back.
  await page.clock.setFixedTime(new Date('2027-03-08T10:00:00Z'));
  await page.reload();
  await expect(dueTitles(page)).toHaveText(['Hear back by 8 March 2027: Designer at Beta']);
});

test('an entry at a company already in the journal says so and links to it; its stages are recorded on their own page', async ({
  page,
}) => {
  await openJournal(page);
  const card = page.locator('#entry-b2');
  // The day of the application is its "Applied" stage, never the day of the no or of the save.
  await expect(card.getByText('You applied here before, on 1 August 2026; the outcome was')).toBeVisible();
  await card.getByRole('link', { name: 'See that entry' }).click();
  await expect(page).toHaveURL(/#entry-a1$/);
  await expect(
    page.locator('#entry-a1').getByText('Your journal has another check at this company, of 1 February 2027'),
  ).toBeVisible();
  await expect(page.locator('#entry-c3').locator('.notice')).toHaveCount(0);

  await page.locator('#entry-d4').getByRole('link', { name: 'Label, stages and dates of Writer at Gamma' }).click();
  await expect(page.getByRole('heading', { name: 'Writer at Gamma' })).toBeVisible();
  await expect(page.getByLabel('Stage 1', { exact: true })).toHaveValue('interview');
  // Still waiting for word: there is nothing to reapply after yet.
  await expect(page.getByRole('textbox', { name: /^Reapply after/ })).toHaveValue('');
  await page.getByRole('button', { name: 'Add a stage' }).click();
  await expect(page.getByLabel('Stage 2', { exact: true })).toBeFocused();
  await page.getByLabel('Stage 2', { exact: true }).selectOption('rejected');
  await page.getByLabel('Date of stage 2').fill('2027-03-01');
  // Until the person types one, the reapply date follows the rejection dated in the form.
  await expect(page.getByRole('textbox', { name: /^Reapply after/ })).toHaveValue('2027-09-01');
  await page.getByRole('combobox', { name: /^Next step/ }).selectOption('');
  await page.getByRole('textbox', { name: /^Reapply after/ }).fill('');
  await expectNoAxeViolations(page, 'the stages page');
  // The page's last Save keeps everything on it: a label typed above and not saved is saved with the stages.
  await page.getByRole('textbox', { name: 'Role (optional)' }).fill('Senior writer');
  await page.getByRole('button', { name: 'Save the stages and dates' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Label saved: Senior writer at Gamma.');
  await expect(page.getByRole('heading', { name: 'Senior writer at Gamma' })).toBeVisible();
  // A label date the journal would refuse is not saved, and the status says so.
  await page.getByRole('textbox', { name: 'Role (optional)' }).fill('Writer');
  await page.getByRole('textbox', { name: 'Date (optional)' }).fill('20270-01-01');
  await page.getByRole('button', { name: 'Save the stages and dates' }).click();
  await expect(page.getByRole('status')).toContainText('The label is not saved: see its date.');
  await expect(page.getByRole('heading', { name: 'Senior writer at Gamma' })).toBeVisible();
  // Saving the label keeps what is typed and not yet saved in the stages.
  await page.getByRole('textbox', { name: 'Date (optional)' }).fill('');
  await page.getByLabel('Date of stage 2').fill('2027-03-02');
  await page.getByRole('button', { name: 'Save the label' }).click();
  await expect(page.getByRole('status')).toHaveText('Label saved: Writer at Gamma.');
  await expect(page.getByLabel('Date of stage 2')).toHaveValue('2027-03-02');

  await page.getByRole('link', { name: 'Back to your journal' }).last().click();
  await expect(page.locator('#entry-d4')).toContainText('Interview 25 February 2027 · Rejected 1 March 2027');
  await expect(page.locator('#entry-d4')).not.toContainText('Next:');
  // A real date is asked for: a stage with its date cleared is not saved.
  await page.goto('/journal/stages/?entry=c3');
  await page.getByLabel('Date of stage 1').fill('');
  await page.getByRole('button', { name: 'Save the stages and dates' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Every stage and the next step need a real date/);
  await page.goto('/journal/stages/?entry=gone');
  await expect(page.getByText('This entry is not in your journal in this browser')).toBeVisible();
});

test('the activity record downloads as a spreadsheet of the same rows, and prints on one A4 page with the name given', async ({
  page,
}) => {
  await openJournal(page);
  await page.getByRole('link', { name: 'Print a record of your applications' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A record of job-search activity');
  const rows = page.locator('table.record tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Writer, Gamma');
  await expect(rows.nth(3)).toContainText('Applied 1 August 2026; interview 20 August 2026');
  await expect(rows.nth(3)).toContainText('Rejected, 1 September 2026');
  await expectNoAxeViolations(page, 'the activity record');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('job-search-record-2027-03-01.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const [header, ...lines] = parse(csv, { bom: true }) as string[][];
  expect(header?.slice(0, 3)).toEqual(['Employer', 'Role', 'Applied']);
  expect(lines.map((line) => [line[0], line[1], line[4], line[6], line[8]])).toEqual([
    ['Gamma', 'Writer', '2027-02-25', '', 'Waiting for word'],
    ['Beta', 'Designer', '2027-02-10', '', 'Waiting for word'],
    ['ACME', 'Data analyst', '2027-01-25', '2027-02-01', 'Rejected'],
    ['Acme Ltd', 'Analyst', '2026-08-20', '2026-09-01', 'Rejected'],
  ]);

  await page.getByLabel('Your name').fill('Sam Taylor');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Job-search activity of Sam Taylor. 4 applications')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length).toBe(1);
  // Nothing typed here is kept.
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Sam Taylor');
});
