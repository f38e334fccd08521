import type { APIRoute } from 'astro';
import { iconSvg } from '../lib/web-app';

/** The favicon: the same drawing as the app's icons. */
export const GET: APIRoute = () => new Response(iconSvg('any'), { headers: { 'Content-Type': 'image/svg+xml' } });
