import type { APIRoute } from 'astro';
import { getCheck } from '../../lib/check-content';

/**
 * The check's content, for the pages that read results rather than ask questions (results, the
 * journal): weights and evidence kinds to check a link, and the texts of reasons, answers and
 * next steps. One cacheable file shared by those pages, rather than repeated in each page's HTML.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCheck()), { headers: { 'Content-Type': 'application/json' } });
