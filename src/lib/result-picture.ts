/**
 * A picture of the person's own result, made on the device and loaded by the result page on first
 * use: plain SVG shapes in the system's own fonts (no `foreignObject`, which taints the canvas in
 * some browsers, and no font to fetch), drawn to a 1080x1350 canvas and saved as a PNG. It shows
 * the outcome, how far each side leans and up to three reasons, in the page's own words; it is
 * given nothing else, so it can never show a name or a company.
 */
import type { ResultSummary } from './result-summary';

/** What the picture shows: the outcome's title, then the leans and reasons as the page words them. */
export interface PictureContent {
  title: string;
  leans: readonly Pick<ResultSummary['leans'][number], 'title' | 'words'>[];
  reasons: readonly string[];
}

const muted = ' fill="#4f5661"';
const bold = ' font-weight="700"';

const escape = (text: string) => text.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Words in lines of about `chars` characters (the width of a system font is not known here, so
 * the count leaves room), at most `most` lines, the last ending in "…" when text is left over.
 */
export function wrap(text: string, chars: number, most: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word.length > chars ? `${word.slice(0, chars - 1)}…` : word);
  }
  if (lines.length > most) {
    lines.length = Math.max(0, most);
    if (most > 0) lines[most - 1] = `${(lines[most - 1] ?? '').slice(0, chars - 1)}…`;
  }
  return lines;
}

/**
 * What the picture of a result shows, from the summary its page shows: the reasons taken from each
 * side in turn (the picture draws three), so that a result with two sides shows both.
 */
export const pictureContent = (title: string, summary: Pick<ResultSummary, 'leans' | 'reasons'>): PictureContent => ({
  title,
  leans: summary.leans,
  reasons: summary.reasons
    .flatMap((side) => side.items.map((item, rank) => ({ rank, text: item.text })))
    .sort((a, b) => a.rank - b.rank)
    .flatMap((reason) => reason.text || []),
});

/** The picture as an SVG document, 1080x1350. */
export function resultSvg({ title, leans, reasons }: PictureContent): string {
  let y = 90;
  let body = '';
  const write = (text: string, size: number, chars: number, most: number, style = '', x = 90) => {
    for (const line of wrap(text, chars, most))
      body += `<text x="${x}" y="${(y += size * 1.25)}" font-size="${size}"${style}>${escape(line)}</text>`;
  };
  const rule = () => (body += `<line x1="90" x2="990" y1="${(y += 40)}" y2="${y}" stroke="#d0cbc0" stroke-width="3"/>`);
  write('A result from the Not Never check', 32, 50, 1, muted);
  y += 10;
  write(title, 68, 21, 3, bold);
  rule();
  for (const lean of leans) {
    y += 16;
    write(lean.title, 32, 48, 2, muted);
    write(lean.words, 42, 36, 1, bold);
  }
  if (leans.length > 0) rule();
  if (reasons.length > 0) write('Why this result', 32, 50, 1, muted);
  // Each reason with a band beside it, in as many lines as fit above the site's name.
  for (const reason of reasons.slice(0, 3)) {
    const top = (y += 24);
    write(reason, 34, 44, Math.min(4, Math.floor((1170 - y) / 42.5)), '', 126);
    if (y > top) body += `<rect x="90" y="${top + 12}" width="8" height="${y - top}" fill="#1f5f8b"/>`;
  }
  y = 1170;
  rule();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350" font-family='system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' fill="#1f2328">` +
    `<rect width="1080" height="1350" fill="#f7f4ee"/><rect width="24" height="1350" fill="#1f5f8b"/>${body}` +
    `<text x="90" y="1275" font-size="40"${bold} fill="#1f5f8b">Not Never</text></svg>`
  );
}

/** The picture as a PNG file, drawn from the SVG on a canvas in this browser. */
export async function resultPicture(content: PictureContent): Promise<File> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(resultSvg(content))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 1080;
  canvas.height = 1350;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  const png = await new Promise<Blob>((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('no PNG'))), 'image/png'),
  );
  return new File([png], 'not-never-result.png', { type: 'image/png' });
}

/**
 * Makes the picture now, before the tap (Safari lets `navigator.share` run only within the tap
 * itself), and returns what the button does: share the file where the browser can, or else offer it
 * as a download, except in an app installed on iOS, where a download opens a view with no way back.
 * Every outcome is told in `status`; nothing is thrown. Nothing is returned when this browser could
 * not make the picture (the page says so).
 */
export async function preparePicture(
  title: string,
  summary: Pick<ResultSummary, 'leans' | 'reasons'>,
  status: HTMLElement,
): Promise<(() => Promise<void>) | undefined> {
  const say = (text: string) => (status.textContent = text);
  const file = await resultPicture(pictureContent(title, summary)).catch(() => undefined);
  let url = '';
  return (
    file &&
    (async () => {
      say('');
      if (navigator.canShare?.({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: `${title} · Not Never` });
          say('Shared.');
        } catch (error) {
          // Closing the share sheet is a choice, not a failure.
          if ((error as Error).name !== 'AbortError')
            say('The picture could not be shared just now. Try again, or share the link.');
        }
      } else if ((navigator as { standalone?: boolean }).standalone === true)
        say(
          'The picture cannot be saved from the installed app. To save it, open this page in Safari and choose “Share as a picture” there.',
        );
      else {
        const link = document.createElement('a');
        link.download = file.name;
        link.href = url ||= URL.createObjectURL(file);
        link.click();
        say('The picture is in your downloads.');
      }
    })
  );
}
