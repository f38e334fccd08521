import type { APIRoute } from 'astro';
import { webAppManifest } from '../lib/web-app';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest()), { headers: { 'Content-Type': 'application/manifest+json' } });
