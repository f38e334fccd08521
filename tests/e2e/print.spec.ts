import { test, expect } from './fixtures';

/** Pages in a PDF file: one `/Type /Page` object each (`/Type /Pages` is the tree that holds them). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

// Three pages since version 3's rules are on it (which answers are the company's own reason, seen looking back, the same
// fact as another, or count for nothing beside another): two pages held version 2's.
test('the printable worksheet fits on three A4 pages, with the scoring guide whole', async ({ page }) => {
  await page.goto('/check/worksheet/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeLessThanOrEqual(3);

  // Printed, every question is still there with every answer, and the guide is on one page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(14);
  await expect(page.getByRole('heading', { name: 'Working out the result by hand' })).toBeVisible();
  const guide = page.locator('.worksheet-scoring');
  await expect(guide.getByRole('listitem')).toHaveCount(4);
  await expect(guide).toHaveCSS('break-inside', 'avoid');
});

test('a PDF with more pages is counted as more', async ({ page }) => {
  // The counter itself: a long chapter prints on several pages.
  await page.goto('/guide/how-the-check-decides/');
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
});
