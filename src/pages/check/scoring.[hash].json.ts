import type { APIRoute } from 'astro';
import { getScoringData } from '../../lib/check-content';

/**
 * The check's content, for the pages that read results rather than ask questions (results, the
 * journal's data page): weights and evidence kinds to check a link, and the texts of reasons,
 * answers and next steps. Named by its content (`/check/scoring.<hash>.json`, see
 * `getScoringData`), so a page always gets the content it was built with: a service worker that
 * kept an older copy (served kept-copy-first) cannot hand an old check to a new page.
 */
export async function getStaticPaths() {
  const { hash } = await getScoringData();
  return [{ params: { hash } }];
}

export const GET: APIRoute = async () =>
  new Response((await getScoringData()).json, { headers: { 'Content-Type': 'application/json' } });
