/**
 * The site as an installable app: its name, colours, icons and web app manifest, in one place for
 * the manifest, the page head and the icon files (all made at build time).
 */

export const APP_NAME = 'Not Never';

/** The page background of each colour scheme (`--bg` in global.css), used for the browser's bars and the splash screen. */
export const backgroundColours = { light: '#f7f4ee', dark: '#1b1d21' } as const;

/** The colour of the mark's tile (`--accent` in the light scheme). */
const brand = '#1f5f8b';

/** The tick in a circle, drawn white on a 32 by 32 grid. */
const mark =
  '<circle cx="16" cy="16" r="10" fill="none" stroke="#fff" stroke-width="3"/>' +
  '<path d="M11 16.5l3.5 3.5 6.5-7.5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>';

/**
 * The icon as SVG. `any`: a rounded tile, as the favicon and where the platform shows the icon as
 * drawn. `maskable`: a full square that Android (and iOS, for the home-screen icon) cuts to its own
 * shape, keeping at least the central circle of 80%, so the mark is drawn smaller, well inside it.
 */
export function iconSvg(purpose: 'any' | 'maskable'): string {
  const tile =
    purpose === 'any'
      ? `<rect width="32" height="32" rx="7" fill="${brand}"/>${mark}`
      : `<rect width="32" height="32" fill="${brand}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${mark}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${tile}</svg>`;
}

export interface AppIcon {
  /** File name under `/icons/`, without `.png`. */
  name: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** The PNG icons the manifest lists. */
export const manifestIcons: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, purpose: 'maskable' },
];

/** The iPhone and iPad home-screen icon (`<link rel="apple-touch-icon">`): iOS rounds the corners itself. */
export const appleTouchIcon: AppIcon = { name: 'apple-touch-icon', size: 180, purpose: 'maskable' };

export const iconPath = (icon: AppIcon) => `/icons/${icon.name}.png`;

/**
 * The web app manifest. The installed app opens on the journal, the part a person comes back to;
 * its scope is the whole site, so share links and result links open inside it.
 */
export function webAppManifest() {
  return {
    id: '/',
    name: APP_NAME,
    short_name: APP_NAME,
    description: 'A calm guide for the days after a job rejection, a check that weighs the evidence, and a private journal.',
    lang: 'en-GB',
    dir: 'ltr',
    start_url: '/journal/',
    scope: '/',
    display: 'standalone',
    background_color: backgroundColours.light,
    theme_color: backgroundColours.light,
    icons: manifestIcons.map((icon) => ({
      src: iconPath(icon),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
