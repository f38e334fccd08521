import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import { outcomeIds } from '../../src/schemas/outcome';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

/** Reads a built page's preview tags with a real Open Graph parser, as a chat app's unfurler would. */
async function previewOf(path: string) {
  const html = readFileSync(`${dist}${path}index.html`, 'utf8');
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  return result;
}

function expectCard(imageUrl: string | undefined) {
  expect(imageUrl).toMatch(new RegExp(`^${site}/og/`));
  const file = `${dist}${new URL(imageUrl!).pathname.slice(1)}`;
  const { width, height, type } = imageSize(readFileSync(file));
  expect({ width, height, type }).toEqual({ width: 1200, height: 630, type: 'png' });
}

describe('preview cards (Open Graph and Twitter) over dist/', () => {
  it.each(outcomeIds)('/results/%s/ unfurls with its own title, text and 1200x630 picture', async (outcome) => {
    const preview = await previewOf(`results/${outcome}/`);
    const source = readFileSync(fileURLToPath(new URL(`../../src/content/outcomes/${outcome}.yaml`, import.meta.url)), 'utf8');
    expect(source).toContain(`title: ${preview.ogTitle}`);
    expect(preview.ogDescription?.length).toBeGreaterThan(20);
    expect(preview.twitterCard).toBe('summary_large_image');
    expect(preview.ogUrl).toBe(`${site}/results/${outcome}/`);
    expect(preview.ogImage?.[0]?.url).toBe(`${site}/og/results/${outcome}.png`);
    expectCard(preview.ogImage?.[0]?.url);
  });

  it('gives each outcome a different picture and title', async () => {
    const previews = await Promise.all(outcomeIds.map((outcome) => previewOf(`results/${outcome}/`)));
    expect(new Set(previews.map((p) => p.ogImage?.[0]?.url)).size).toBe(outcomeIds.length);
    expect(new Set(previews.map((p) => p.ogTitle)).size).toBe(outcomeIds.length);
  });

  it.each(['', 'guide/', 'guide/it-might-not-be-you/', 'check/', 'privacy/'])('/%s has the default card', async (path) => {
    const preview = await previewOf(path);
    expect(preview.ogTitle).toBeTruthy();
    expect(preview.twitterCard).toBe('summary_large_image');
    expectCard(preview.ogImage?.[0]?.url);
  });
});
