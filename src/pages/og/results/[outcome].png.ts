import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSocialCard } from '../../../lib/social-card';
import { getOutcomes } from '../../../lib/check-content';
import { outcomeIds, type OutcomeId } from '../../../schemas/outcome';

export const getStaticPaths = (() => outcomeIds.map((outcome) => ({ params: { outcome } }))) satisfies GetStaticPaths;

/** Each outcome's preview card, so a shared result unfurls with its own title and colour. */
export const GET: APIRoute = async ({ params }) => {
  const outcome = (await getOutcomes())[params.outcome as OutcomeId];
  const png = await renderSocialCard({
    eyebrow: 'A result from the Not Never check',
    title: outcome.title,
    text: outcome.summary,
    accent: outcome.accent,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
