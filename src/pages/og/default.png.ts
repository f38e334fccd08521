import type { APIRoute } from 'astro';
import { renderSocialCard } from '../../lib/social-card';

/** The preview card for every page that has no card of its own. */
export const GET: APIRoute = async () => {
  const png = await renderSocialCard({
    eyebrow: 'After a job rejection',
    title: 'A few noes are not “never”.',
    text: 'A calm guide and a private check that shows whether it was them, something to learn, or too early to tell.',
    accent: '#1f5f8b',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
