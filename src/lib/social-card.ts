import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** What one preview card says. */
export interface SocialCard {
  /** Small line above the title, such as the site's name or "Result". */
  eyebrow: string;
  title: string;
  text: string;
  /** Colour of the band on the left, as a hex value. */
  accent: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(fontFile(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** A 1200x630 PNG preview card, rendered at build time, for Open Graph and Twitter tags. */
export async function renderSocialCard(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const node = {
    type: 'div',
    props: {
      style: {
        width: '1200px',
        height: '630px',
        display: 'flex',
        background: '#f7f4ee',
        color: '#1f2328',
        fontFamily: 'Inter',
      },
      children: [
        { type: 'div', props: { style: { width: '36px', height: '630px', background: card.accent } } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '70px 90px', flex: 1 },
            children: [
              { type: 'div', props: { style: { fontSize: '34px', color: '#4f5661' }, children: card.eyebrow } },
              {
                type: 'div',
                props: { style: { fontSize: '76px', fontWeight: 700, lineHeight: 1.1, marginTop: '20px' }, children: card.title },
              },
              {
                type: 'div',
                props: {
                  style: { fontSize: '36px', lineHeight: 1.35, marginTop: '30px', color: '#30363d' },
                  children: card.text,
                },
              },
              {
                type: 'div',
                props: {
                  style: { fontSize: '28px', marginTop: 'auto', color: card.accent, fontWeight: 700 },
                  children: 'Not Never',
                },
              },
            ],
          },
        },
      ],
    },
  };
  const svg = await satori(node, { width: 1200, height: 630, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng());
}
