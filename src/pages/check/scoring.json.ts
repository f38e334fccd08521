import type { APIRoute } from 'astro';
import { getCheck } from '../../lib/check-content';
import { scoringPart } from '../../lib/scoring';

/**
 * The part of the check that result pages need to read a link: versions, thresholds, reasons and
 * answer labels. Served as one cacheable file shared by all four result pages, rather than repeated
 * in each page's HTML.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(scoringPart(await getCheck())), { headers: { 'Content-Type': 'application/json' } });
