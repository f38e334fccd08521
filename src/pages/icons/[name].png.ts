import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { appleTouchIcon, iconSvg, manifestIcons, type AppIcon } from '../../lib/web-app';

/** The app's PNG icons, drawn from the same SVG as the favicon at build time. */
export const getStaticPaths = (() =>
  [...manifestIcons, appleTouchIcon].map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props: { icon } }) => {
  const png = new Resvg(iconSvg(icon.purpose), { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
